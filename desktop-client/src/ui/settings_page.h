#pragma once

#include "api/server_check.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class AppSettings;

// Settings: the server to use, language, theme, the keychain's state, and signing out.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(client::ClientSession &session, AppSettings &settings, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QPushButton *signOutButton() const { return m_signOut; }
    QPushButton *connectButton() const { return m_applyServer; }
    // What the server line says (checking, now using, why not), empty when nothing.
    QString serverMessage() const;

Q_SIGNALS:
    void signInRequested();

private:
    QGroupBox *makeServerBox();
    QGroupBox *makeAppearanceBox();
    QGroupBox *makeAccountBox();
    void wire();
    void applyServer();
    void switchTo(const QUrl &url);
    void updateState();

    client::ClientSession &m_session;
    AppSettings &m_settings;
    QLineEdit *m_server;
    QPushButton *m_applyServer;
    QLabel *m_serverMessage;
    client::ServerCheck m_check;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_restartNote;
    QLabel *m_keychain;
    QLabel *m_account;
    QPushButton *m_signOut;
};

} // namespace eventbook::ui
