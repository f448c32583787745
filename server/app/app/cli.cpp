#include "cli.h"

#include "config.h"
#include "logging.h"
#include "realtime/event_bus.h"
#include "server_app.h"
#include "services/auth_service.h"
#include "services/demo_data.h"
#include "services/password_hasher.h"
#include "services/token_signer.h"
#include "services/user_admin_service.h"
#include "shutdown_signals.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlite_preflight.h"
#include "systemd_notify.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <utility>

namespace eventbook::app {
namespace {
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int fail(int code, const QString &message) {
    std::fprintf(stderr, "eventbook-server: %s\n", qPrintable(message));
    return code;
}

QString readPassword() {
    const QString fromEnv = qEnvironmentVariable("EVENTBOOK_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

// The offline commands share storage with a possibly running server; they migrate first so
// they never write to an old schema.
struct Offline {
    std::unique_ptr<storage::Database> db;
    static Result<Offline> open(Config &config) {
        auto dbConfig = storage::DatabaseConfig::fromUrl(config.databaseUrl, config.dataDir);
        if (!dbConfig)
            return dbConfig.error();
        if (dbConfig->dialect == storage::Dialect::Sqlite) {
            EB_TRY(storage::checkSqliteLocation(dbConfig->sqlitePath));
        }
        Offline o{std::make_unique<storage::Database>(*dbConfig)};
        EB_TRY(storage::Migrator(*o.db).migrate());
        return o;
    }
};

int runUser(Config &config, const QCommandLineParser &parser, const QStringList &args) {
    const QString sub = args.value(1);
    auto offline = Offline::open(config);
    if (!offline)
        return fail(kExitFailure, offline.error().message);
    if (sub == QLatin1StringView("add")) {
        const QString email = parser.value(QStringLiteral("email"));
        const QString name = parser.value(QStringLiteral("name"));
        if (email.isEmpty() || name.isEmpty())
            return fail(kExitUsage, QStringLiteral("user add needs --email and --name"));
        if (auto r = config.resolveJwtSecret(); !r)
            return fail(kExitUsage, r.error().message);
        services::PasswordHasher hasher;
        services::TokenSigner signer(config.jwtSecret);
        services::AuthService auth(*offline->db, hasher, signer);
        auto created = auth.createUser({email, readPassword(), name}, parser.isSet(QStringLiteral("admin")),
                                       QStringLiteral("cli"));
        if (!created)
            return fail(created.error().code == ErrorCode::ValidationError ? kExitUsage : kExitFailure,
                        created.error().message);
        std::printf("created user %lld <%s>%s\n", created->id, qPrintable(created->email),
                    created->isAdmin ? " (admin)" : "");
        return 0;
    }
    if (sub == QLatin1StringView("promote") || sub == QLatin1StringView("demote")) {
        const QString email = args.value(2);
        if (email.isEmpty())
            return fail(kExitUsage, QStringLiteral("user %1 needs an EMAIL").arg(sub));
        // On PostgreSQL the change's NOTIFY reaches every running instance, whose sockets of that
        // user re-check at once; on SQLite the server's own token check stops the old tokens.
        realtime::EventBus bus(offline->db->dialect());
        auto r = services::UserAdminService(*offline->db, &bus)
                     .setAdminByEmail(email, sub == QLatin1StringView("promote"),
                                      services::Actor{0, true, QStringLiteral("cli"), Role::Admin});
        if (!r)
            return fail(r.error().code == ErrorCode::NotFound ? kExitUsage : kExitFailure, r.error().message);
        std::printf("%s: %s\n", qPrintable(email),
                    sub == QLatin1StringView("promote") ? "admin" : "not admin");
        return 0;
    }
    return fail(kExitUsage, QStringLiteral("user: expected add, promote or demote"));
}

int runServe(QCoreApplication &app, Config config) {
    ServerApp server(std::move(config));
    auto port = server.start();
    if (!port)
        return fail(port.error().code == ErrorCode::BadRequest ? kExitUsage : kExitFailure,
                    port.error().message);
    ShutdownSignals signals;
    bool stopping = false;
    QObject::connect(&signals, &ShutdownSignals::received, &app, [&server, &app, &stopping] {
        // stop() turns the event loop while it waits; a second signal meanwhile changes nothing.
        if (std::exchange(stopping, true))
            return;
        systemdNotify("STOPPING=1");
        server.stop(10'000);
        app.quit();
    });
    // Migrated and listening: a Type=notify unit (and anything ordered after it) may go on.
    systemdNotify("READY=1\nSTATUS=Serving on port " + QByteArray::number(*port));
    return app.exec();
}
} // namespace

int runCli(QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "EventBook server.\n\nCommands:\n"
        "  serve                      run the HTTP and WebSocket server (default)\n"
        "  migrate                    apply database migrations and exit\n"
        "  user add --email E --name N [--admin]\n"
        "                             create a user; password from EVENTBOOK_PASSWORD or stdin\n"
        "  user promote EMAIL         make a user an admin\n"
        "  user demote EMAIL          take admin rights away (never from the last admin)\n"
        "  demo-data                  load the demo events, attendees and bookings\n\n"
        "Configuration comes from the environment (see README); flags override it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (HOST)."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on (PORT, default 5000)."),
         QStringLiteral("port")},
        {QStringLiteral("database-url"), QStringLiteral("postgres://… or sqlite:///path (DATABASE_URL)."),
         QStringLiteral("url")},
        {QStringLiteral("data-dir"), QStringLiteral("Directory for SQLite and the JWT secret (DATA_DIR)."),
         QStringLiteral("dir")},
        {QStringLiteral("log-level"), QStringLiteral("debug, info, warn or error (LOG_LEVEL)."),
         QStringLiteral("level")},
        {QStringLiteral("log-format"), QStringLiteral("json or text (LOG_FORMAT)."),
         QStringLiteral("format")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS (TLS_CERT)."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS (TLS_KEY)."),
         QStringLiteral("file")},
        {QStringLiteral("email"), QStringLiteral("user add: the email."), QStringLiteral("email")},
        {QStringLiteral("name"), QStringLiteral("user add: the display name."), QStringLiteral("name")},
        {QStringLiteral("admin"), QStringLiteral("user add: make the user an admin.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, migrate, user or demo-data"));
    if (!parser.parse(app.arguments()))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(app.applicationName()), qPrintable(app.applicationVersion()));
        return 0;
    }

    auto config = Config::load(QProcessEnvironment::systemEnvironment(), &parser);
    if (!config)
        return fail(kExitUsage, config.error().message);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    // The server logs JSON for collectors; one-off commands run in a terminal read better as text.
    const bool formatChosen =
        parser.isSet(QStringLiteral("log-format")) || qEnvironmentVariableIsSet("LOG_FORMAT");
    installLogging(command == QLatin1StringView("serve") || formatChosen ? config->logFormat
                                                                         : QStringLiteral("text"),
                   config->logLevel);
    if (command == QLatin1StringView("serve"))
        return runServe(app, std::move(*config));
    if (command == QLatin1StringView("migrate")) {
        auto offline = Offline::open(*config);
        if (!offline)
            return fail(kExitFailure, offline.error().message);
        std::printf("schema at version %d\n", storage::Migrator::latestVersion(offline->db->dialect()));
        return 0;
    }
    if (command == QLatin1StringView("user"))
        return runUser(*config, parser, args);
    if (command == QLatin1StringView("demo-data")) {
        auto offline = Offline::open(*config);
        if (!offline)
            return fail(kExitFailure, offline.error().message);
        auto n = services::DemoData(*offline->db).load();
        if (!n)
            return fail(kExitFailure, n.error().message);
        std::printf("loaded %d demo events, %d attendees, %d bookings\n", n->events, n->users, n->bookings);
        return 0;
    }
    return fail(kExitUsage, QStringLiteral("unknown command '%1' (try --help)").arg(command));
}

} // namespace eventbook::app
