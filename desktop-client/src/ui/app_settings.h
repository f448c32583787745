#pragma once

#include <QSettings>
#include <QUrl>

namespace eventbook::ui {

// The app's stored choices (QSettings: per user, per platform). Never holds tokens or passwords.
class AppSettings {
public:
    static QUrl defaultServer() { return QUrl(QStringLiteral("http://127.0.0.1:5000")); }

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    // "" follows the system; otherwise a language code such as "de".
    QString language() const;
    void setLanguage(const QString &code);
    // "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    // This computer's name at the door (made once, "desk-" and eight hex digits), and where its
    // check-in desks keep their copies of the door.
    QString deskDeviceId();
    static QString deskDataDir();

private:
    QSettings m_settings;
};

} // namespace eventbook::ui
