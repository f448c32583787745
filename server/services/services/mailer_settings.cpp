#include "mailer_settings.h"

#include <QUrl>

namespace eventbook::services {

QString MailerSettings::idHost() const {
    const QString host = QUrl(publicUrl).host();
    if (!host.isEmpty())
        return host;
    const qsizetype at = from.address.lastIndexOf(QLatin1Char('@'));
    return at >= 0 ? from.address.mid(at + 1) : QStringLiteral("eventbook.invalid");
}

} // namespace eventbook::services
