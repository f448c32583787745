#pragma once

#include "http/proxy_trust.h"
#include "services/mailer_settings.h"

#include "eventbook/common/result.h"

#include <QHash>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace eventbook::app {

struct RateLimit {
    int count = 0;
    int seconds = 0;
};

// Everything the server reads from its environment (DESIGN.md "Operations"); CLI flags
// override the matching variables.
struct Config {
    QHostAddress host = QHostAddress::Any;
    quint16 port = 5000;
    QString databaseUrl;
    QString dataDir;
    QByteArray jwtSecret; // empty: generated once and kept in <dataDir>/jwt_secret
    // TICKET_SIGNING_KEY (base64 of the 32-byte Ed25519 seed); empty: generated once and kept in
    // <dataDir>/ticket_signing_key. Instances sharing a database must share it.
    QByteArray ticketSeed;
    QStringList allowedOrigins;
    QStringList cspExtraOrigins;
    http::ProxyTrust trustedProxies; // TRUST_PROXY: whose X-Forwarded-For is believed
    bool rateLimits = true;
    QHash<QString, RateLimit> rateLimitOverrides; // scope (lower case) → limit
    QString metricsToken;
    QString logLevel = QStringLiteral("info");
    QString logFormat = QStringLiteral("json");
    QString adminEmail;
    QString adminPassword;
    QString tlsCert;
    QString tlsKey;
    // Front-door timeouts; not environment settings, tests shorten them.
    int headTimeoutMs = 10'000;
    int idleTimeoutMs = 60'000;
    int bodyGraceMs = 30'000;
    int maxConnectionsPerAddress = 256;
    bool capLoopbackConnections = false; // not an environment setting: tests cap loopback to reach the cap
    int databaseThreads = 4;
    int hashingThreads = 2;
    // Live updates; not environment settings, tests shorten them.
    int wsPingIntervalMs = 30'000;    // server → client ping
    int wsDeadPeerMs = 75'000;        // nothing heard for this long: the peer is gone
    qint64 wsSendQueueBytes = 1 << 20; // unsent bytes before a slow client is dropped (1008)
    int listenCheckMs = 1'000;        // PostgreSQL: how often the LISTEN connection is checked
    // Image proxy; tests shorten the timeout and let their local image server through.
    int imageProxyTimeoutMs = 10'000;
    QList<QHostAddress> imageProxyAllow;
    services::MailerSettings mail; // SMTP_URL and the rest (mail_config.h)

    // Errors name the variable and what is wrong with it; the CLI prints them and exits 2.
    static Result<Config> load(const QProcessEnvironment &env, const QCommandLineParser *flags);
    // Reads or creates the JWT secret file when none was configured.
    Result<void> resolveJwtSecret();
    // Reads or creates the ticket signing key file when none was configured.
    Result<void> resolveTicketSeed();
};

} // namespace eventbook::app
