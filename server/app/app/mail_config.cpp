#include "mail_config.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace eventbook::app {

namespace {
Error bad(const QString &msg) {
    return Error::make(ErrorCode::BadRequest, msg);
}

// A whole number within [low, high], or the default when the variable is not set.
Result<qint64> number(const QProcessEnvironment &env, const char *var, qint64 low, qint64 high, qint64 fallback) {
    const QString text = env.value(QString::fromLatin1(var)).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < low || n > high)
        return bad(QStringLiteral("%1: expected a whole number from %2 to %3").arg(QLatin1String(var)).arg(low).arg(high));
    return n;
}

Result<bool> flag(const QProcessEnvironment &env, const char *var) {
    const QString text = env.value(QString::fromLatin1(var)).trimmed().toLower();
    if (text.isEmpty() || text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("off"))
        return false;
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("on"))
        return true;
    return bad(QStringLiteral("%1: expected true or false").arg(QLatin1String(var)));
}

// "EventBook <events@example.org>" or "events@example.org".
Result<mail::Mailbox> mailboxOf(const QString &text) {
    static const QRegularExpression shape(QStringLiteral(R"(^\s*(?:(.*?)\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return bad(QStringLiteral("MAIL_FROM: expected an address, e.g. \"EventBook <events@example.org>\""));
    if (!m.captured(3).isEmpty())
        return mail::Mailbox{m.captured(3), {}};
    QString name = m.captured(1);
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    return mail::Mailbox{m.captured(2), name};
}
} // namespace

Result<services::MailerSettings> readMailSettings(const QProcessEnvironment &env) {
    services::MailerSettings s;
    const QString url = env.value(QStringLiteral("SMTP_URL")).trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (parsed.scheme() != QLatin1String("smtp") && parsed.scheme() != QLatin1String("smtps")))
            return bad(QStringLiteral("SMTP_URL: expected smtp://host:port or smtps://host:port"));
        s.enabled = true;
        s.smtp.url = url;
    }
    s.smtp.user = env.value(QStringLiteral("SMTP_USER"));
    s.smtp.password = env.value(QStringLiteral("SMTP_PASSWORD"));
    if (const QString file = env.value(QStringLiteral("SMTP_PASSWORD_FILE")); !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("SMTP_PASSWORD_FILE: cannot read %1").arg(file));
        s.smtp.password = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (!s.smtp.password.isEmpty() && s.smtp.user.isEmpty())
        return bad(QStringLiteral("SMTP_PASSWORD needs SMTP_USER"));
    s.smtp.caFile = env.value(QStringLiteral("SMTP_CA_FILE"));
    if (!s.smtp.caFile.isEmpty() && !QFileInfo(s.smtp.caFile).isReadable())
        return bad(QStringLiteral("SMTP_CA_FILE: cannot read %1").arg(s.smtp.caFile));
    auto tls = flag(env, "SMTP_REQUIRE_TLS");
    if (!tls)
        return tls.error();
    s.smtp.requireTls = *tls;

    const QString from = env.value(QStringLiteral("MAIL_FROM"));
    if (!from.isEmpty()) {
        auto box = mailboxOf(from);
        if (!box)
            return box.error();
        s.from = *box;
    } else if (s.enabled) {
        return bad(QStringLiteral("MAIL_FROM: required with SMTP_URL (the sender's address)"));
    }
    s.publicUrl = env.value(QStringLiteral("PUBLIC_URL")).trimmed();
    while (s.publicUrl.endsWith(QLatin1Char('/')))
        s.publicUrl.chop(1);
    if (!s.publicUrl.isEmpty()) {
        const QUrl parsed(s.publicUrl, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            return bad(QStringLiteral("PUBLIC_URL: expected the server's address as users reach it, e.g. "
                                      "https://events.example.org"));
    }
    if (const QString zone = env.value(QStringLiteral("MAIL_TIME_ZONE")).trimmed(); !zone.isEmpty()) {
        if (!QTimeZone(zone.toUtf8()).isValid())
            return bad(QStringLiteral("MAIL_TIME_ZONE: '%1' is not a time zone (e.g. Europe/Berlin)").arg(zone));
        s.timeZone = zone;
    }
    struct Limit {
        const char *var;
        qint64 low, high;
        qint64 *target;
    };
    qint64 reminderHours = s.reminderWindowMs / 3'600'000, staleHours = s.staleMs / 3'600'000;
    qint64 attempts = s.maxAttempts, poll = s.pollMs, timeout = s.smtp.timeoutMs;
    const Limit limits[] = {
        {"MAIL_REMINDER_HOURS", 0, 24 * 30, &reminderHours},
        {"MAIL_STALE_HOURS", 1, 24 * 365, &staleHours},
        {"MAIL_MAX_ATTEMPTS", 1, 100, &attempts},
        {"MAIL_RETRY_BASE_MS", 10, 3'600'000, &s.retryBaseMs},
        {"MAIL_RETRY_MAX_MS", 10, 24LL * 3'600'000, &s.retryMaxMs},
        {"MAIL_POLL_MS", 10, 60'000, &poll},
        {"SMTP_TIMEOUT_MS", 100, 300'000, &timeout},
    };
    for (const Limit &l : limits) {
        auto n = number(env, l.var, l.low, l.high, *l.target);
        if (!n)
            return n.error();
        *l.target = *n;
    }
    s.reminderWindowMs = reminderHours * 3'600'000;
    s.staleMs = staleHours * 3'600'000;
    s.maxAttempts = int(attempts);
    s.pollMs = int(poll);
    s.smtp.timeoutMs = int(timeout);
    s.leaseMs = std::max<qint64>(s.leaseMs, qint64(s.batch + 1) * s.smtp.timeoutMs);
    if (s.retryMaxMs < s.retryBaseMs)
        return bad(QStringLiteral("MAIL_RETRY_MAX_MS: must not be below MAIL_RETRY_BASE_MS"));
    return s;
}

} // namespace eventbook::app
