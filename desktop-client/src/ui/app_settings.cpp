#include "app_settings.h"

#include <QRandomGenerator>
#include <QStandardPaths>

namespace eventbook::ui {

QUrl AppSettings::serverUrl() const {
    const QUrl url(m_settings.value(QStringLiteral("server/url")).toString());
    return url.isValid() && !url.host().isEmpty() ? url : defaultServer();
}

void AppSettings::setServerUrl(const QUrl &url) {
    m_settings.setValue(QStringLiteral("server/url"), url.toString());
}

QString AppSettings::language() const {
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code) {
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

QString AppSettings::theme() const {
    return m_settings.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
}

void AppSettings::setTheme(const QString &theme) {
    m_settings.setValue(QStringLiteral("ui/theme"), theme);
}

QString AppSettings::deskDeviceId() {
    QString id = m_settings.value(QStringLiteral("checkin/deviceId")).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("desk-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_settings.setValue(QStringLiteral("checkin/deviceId"), id);
    }
    return id;
}

QString AppSettings::deskDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/checkin");
}

} // namespace eventbook::ui
