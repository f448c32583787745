#include "config.h"

#include "mail_config.h"

#include "services/crypto_random.h"
#include "services/ticket_signer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <functional>

namespace eventbook::app {
namespace {
Error bad(const QString &msg) {
    return Error::make(ErrorCode::BadRequest, msg);
}

// 32 bytes in standard or URL-safe base64 (with or without padding); empty when it is not.
QByteArray ticketSeedFrom(const QByteArray &text) {
    for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == services::TicketSigner::kSeedBytes)
            return decoded.decoded;
    }
    return {};
}

// A secret kept in DATA_DIR when the environment gives none: read when the file is there (and
// `read` accepts its contents), else made once with `make` and written readable by the owner only.
Result<QByteArray> keptSecret(const QString &dataDir, const QString &fileName, const QString &variable,
                              const std::function<QByteArray(const QByteArray &)> &read,
                              const std::function<QByteArray()> &make) {
    if (!QDir().mkpath(dataDir))
        return bad(QStringLiteral("DATA_DIR: cannot create %1").arg(dataDir));
    QFile file(QDir(dataDir).filePath(fileName));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("%1: cannot read %2: %3").arg(variable, file.fileName(), file.errorString()));
        const QByteArray secret = read(file.readAll().trimmed());
        if (secret.isEmpty())
            return bad(QStringLiteral("%1: %2 does not hold a usable secret").arg(variable, file.fileName()));
        return secret;
    }
    const QByteArray text = make();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(text) != text.size())
        return bad(QStringLiteral("%1: cannot write %2: %3").arg(variable, file.fileName(), file.errorString()));
    return read(text);
}

QStringList csv(const QString &value) {
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}
} // namespace

namespace {
// Where a setting comes from: the command line's flag wins over the environment's variable.
struct Source {
    const QProcessEnvironment &env;
    const QCommandLineParser *flags;

    QString value(const char *var, const char *flag) const {
        const QString f = QString::fromLatin1(flag);
        if (flags && flags->isSet(f))
            return flags->value(f);
        return env.value(QString::fromLatin1(var));
    }
};

Result<void> readListen(Config &c, const Source &src) {
    if (const QString host = src.value("HOST", "host"); !host.isEmpty()) {
        if (!c.host.setAddress(host)) {
            if (host == QLatin1StringView("localhost"))
                c.host = QHostAddress::LocalHost;
            else
                return bad(QStringLiteral("HOST: '%1' is not an IP address (use 0.0.0.0, :: or 127.0.0.1)")
                               .arg(host));
        }
    }
    if (const QString port = src.value("PORT", "port"); !port.isEmpty()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p > 65535)
            return bad(QStringLiteral("PORT: '%1' is not a port number (0-65535)").arg(port));
        c.port = quint16(p);
    }
    return {};
}

Result<void> readStorage(Config &c, const Source &src) {
    const QProcessEnvironment &env = src.env;
    c.databaseUrl = src.value("DATABASE_URL", "database-url");
    c.dataDir = src.value("DATA_DIR", "data-dir");
    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (c.dataDir.isEmpty())
        return bad(QStringLiteral("DATA_DIR: no data directory; set DATA_DIR"));

    c.jwtSecret = env.value(QStringLiteral("JWT_SECRET")).toUtf8();
    if (env.contains(QStringLiteral("JWT_SECRET")) && c.jwtSecret.size() < 32)
        return bad(
            QStringLiteral("JWT_SECRET: must be at least 32 characters (got %1)").arg(c.jwtSecret.size()));
    if (env.contains(QStringLiteral("TICKET_SIGNING_KEY"))) {
        c.ticketSeed = ticketSeedFrom(env.value(QStringLiteral("TICKET_SIGNING_KEY")).toLatin1());
        if (c.ticketSeed.isEmpty())
            return bad(QStringLiteral("TICKET_SIGNING_KEY: must be 32 bytes in base64 (make one with "
                                      "`openssl rand -base64 32`)"));
    }
    return {};
}

Result<void> readHttp(Config &c, const QProcessEnvironment &env) {
    c.allowedOrigins = csv(env.value(QStringLiteral("ALLOWED_ORIGINS")));
    c.cspExtraOrigins = csv(env.value(QStringLiteral("CSP_EXTRA_ORIGINS")));
    const auto trust = http::ProxyTrust::parse(env.value(QStringLiteral("TRUST_PROXY")));
    if (!trust)
        return bad(QStringLiteral("TRUST_PROXY: expected false, true (a proxy on this host) or the proxies' "
                                  "addresses and subnets, like 10.0.0.0/8,::1"));
    c.trustedProxies = *trust;
    if (const QString rl = env.value(QStringLiteral("RATE_LIMITS")).trimmed().toLower(); !rl.isEmpty()) {
        if (rl != QLatin1StringView("off") && rl != QLatin1StringView("on"))
            return bad(QStringLiteral("RATE_LIMITS: expected on or off"));
        c.rateLimits = rl == QLatin1StringView("on");
    }
    static const QRegularExpression limitShape(QStringLiteral(R"(^(\d{1,9})/(\d{1,9})$)"));
    static const QStringList scopes{QStringLiteral("API"),     QStringLiteral("AUTH"),
                                    QStringLiteral("BOOKING"), QStringLiteral("PROMOTE"),
                                    QStringLiteral("CHECKIN"), QStringLiteral("DEVICE")};
    for (const QString &key : env.keys()) {
        if (!key.startsWith(QLatin1StringView("RATE_LIMIT_")))
            continue;
        const QString scope = key.mid(11);
        if (!scopes.contains(scope))
            return bad(QStringLiteral("%1: unknown scope (use RATE_LIMIT_API, _AUTH, _BOOKING, _PROMOTE, _CHECKIN or _DEVICE)")
                           .arg(key));
        const auto m = limitShape.match(env.value(key).trimmed());
        if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1)
            return bad(QStringLiteral("%1: expected count/seconds, e.g. 100/900").arg(key));
        c.rateLimitOverrides.insert(scope.toLower(), RateLimit{m.captured(1).toInt(), m.captured(2).toInt()});
    }
    c.metricsToken = env.value(QStringLiteral("METRICS_TOKEN"));
    return {};
}

Result<void> readLogging(Config &c, const Source &src) {
    if (const QString level = src.value("LOG_LEVEL", "log-level").toLower(); !level.isEmpty()) {
        static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"),
                                        QStringLiteral("warn"), QStringLiteral("error")};
        if (!levels.contains(level))
            return bad(QStringLiteral("LOG_LEVEL: expected debug, info, warn or error"));
        c.logLevel = level;
    }
    if (const QString format = src.value("LOG_FORMAT", "log-format").toLower(); !format.isEmpty()) {
        if (format != QLatin1StringView("json") && format != QLatin1StringView("text"))
            return bad(QStringLiteral("LOG_FORMAT: expected json or text"));
        c.logFormat = format;
    }
    return {};
}

Result<void> readAdminAndTls(Config &c, const Source &src) {
    const QProcessEnvironment &env = src.env;
    c.adminEmail = env.value(QStringLiteral("EVENTBOOK_ADMIN_EMAIL"));
    c.adminPassword = env.value(QStringLiteral("EVENTBOOK_ADMIN_PASSWORD"));
    if (c.adminEmail.isEmpty() != c.adminPassword.isEmpty())
        return bad(QStringLiteral("EVENTBOOK_ADMIN_EMAIL and EVENTBOOK_ADMIN_PASSWORD must be set together"));

    c.tlsCert = src.value("TLS_CERT", "tls-cert");
    c.tlsKey = src.value("TLS_KEY", "tls-key");
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        return bad(QStringLiteral("TLS_CERT and TLS_KEY must be set together"));
    for (const QString &file : {c.tlsCert, c.tlsKey}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return bad(QStringLiteral("TLS: cannot read %1").arg(file));
    }
    return {};
}
} // namespace

Result<Config> Config::load(const QProcessEnvironment &env, const QCommandLineParser *flags) {
    Config c;
    const Source src{env, flags};
    EB_TRY(readListen(c, src));
    EB_TRY(readStorage(c, src));
    EB_TRY(readHttp(c, env));
    EB_TRY(readLogging(c, src));
    EB_TRY(readAdminAndTls(c, src));
    auto mail = readMailSettings(env);
    if (!mail)
        return mail.error();
    c.mail = *mail;
    c.hashingThreads = qBound(1, QThread::idealThreadCount(), 2);
    return c;
}

Result<void> Config::resolveJwtSecret() {
    if (!jwtSecret.isEmpty())
        return {};
    auto secret = keptSecret(
        dataDir, QStringLiteral("jwt_secret"), QStringLiteral("JWT_SECRET"),
        [](const QByteArray &text) { return text.size() >= 32 ? text : QByteArray(); },
        [] { return services::randomToken(48).toLatin1(); });
    if (!secret)
        return secret.error();
    jwtSecret = *secret;
    return {};
}

Result<void> Config::resolveTicketSeed() {
    if (!ticketSeed.isEmpty())
        return {};
    auto seed = keptSecret(dataDir, QStringLiteral("ticket_signing_key"), QStringLiteral("TICKET_SIGNING_KEY"),
                           ticketSeedFrom, [] {
                               const QString random = services::randomToken(services::TicketSigner::kSeedBytes);
                               return QByteArray::fromBase64(random.toLatin1(), QByteArray::Base64UrlEncoding)
                                   .toBase64();
                           });
    if (!seed)
        return seed.error();
    ticketSeed = *seed;
    return {};
}

} // namespace eventbook::app
