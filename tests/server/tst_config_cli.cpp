// Configuration errors and the command line, run as a user would run them.
#include "app/config.h"
#include "eventbook/common/domain.h"
#include "services/token_signer.h"
#include "storage/database.h"
#include "storage/user_repository.h"
#include "http_client.h"
#include "server_process.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace eventbook;

class TestConfigCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QHash<QString, QString> &env = {},
            const QByteArray &stdinData = {}) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DATA_DIR"), m_dir.path());
        e.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warn"));
        e.remove(QStringLiteral("DATABASE_URL"));
        e.remove(QStringLiteral("JWT_SECRET"));
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(EVENTBOOK_SERVER_BINARY), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void badConfiguration_data() {
        QTest::addColumn<QString>("var");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("short secret") << "JWT_SECRET"
                                      << "too-short"
                                      << "JWT_SECRET";
        QTest::newRow("port text") << "PORT"
                                   << "http"
                                   << "PORT";
        QTest::newRow("port range") << "PORT"
                                    << "70000"
                                    << "PORT";
        QTest::newRow("host") << "HOST"
                              << "not a host"
                              << "HOST";
        QTest::newRow("log format") << "LOG_FORMAT"
                                    << "xml"
                                    << "LOG_FORMAT";
        QTest::newRow("log level") << "LOG_LEVEL"
                                   << "loud"
                                   << "LOG_LEVEL";
        QTest::newRow("rate limit shape") << "RATE_LIMIT_AUTH"
                                          << "ten per hour"
                                          << "RATE_LIMIT_AUTH";
        QTest::newRow("rate limit zero") << "RATE_LIMIT_API"
                                         << "0/60"
                                         << "RATE_LIMIT_API";
        QTest::newRow("rate limit scope") << "RATE_LIMIT_NOPE"
                                          << "1/1"
                                          << "RATE_LIMIT_NOPE";
        QTest::newRow("rate limits switch") << "RATE_LIMITS"
                                            << "maybe"
                                            << "RATE_LIMITS";
        QTest::newRow("trust proxy") << "TRUST_PROXY"
                                     << "perhaps"
                                     << "TRUST_PROXY";
        QTest::newRow("admin half") << "EVENTBOOK_ADMIN_EMAIL"
                                    << "a@b.cd"
                                    << "EVENTBOOK_ADMIN";
        QTest::newRow("tls half") << "TLS_CERT"
                                  << "/etc/hostname"
                                  << "TLS";
    }
    void badConfiguration() {
        QFETCH(QString, var);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        QProcessEnvironment env;
        env.insert(QStringLiteral("DATA_DIR"), m_dir.path());
        env.insert(var, value);
        auto loaded = app::Config::load(env, nullptr);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(mentions), qPrintable(loaded.error().message));
        // And the binary says it in one line and exits 2 without serving.
        const Run r = run({QStringLiteral("serve")}, {{var, value}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void goodConfiguration() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("PORT"), QStringLiteral("8080"));
        env.insert(QStringLiteral("RATE_LIMIT_AUTH"), QStringLiteral("5/60"));
        env.insert(QStringLiteral("ALLOWED_ORIGINS"), QStringLiteral("https://a.example, https://b.example"));
        auto c = app::Config::load(env, nullptr);
        QVERIFY(c.ok());
        QCOMPARE(c->port, 8080);
        QCOMPARE(c->rateLimitOverrides.value(QStringLiteral("auth")).count, 5);
        QCOMPARE(c->allowedOrigins.size(), 2);
        QVERIFY(c->resolveJwtSecret().ok());
        QVERIFY(c->jwtSecret.size() >= 32);
        QFile secret(m_dir.filePath(QStringLiteral("jwt_secret")));
        QCOMPARE(secret.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // The secret persists across starts.
        auto again = app::Config::load(env, nullptr);
        QVERIFY(again->resolveJwtSecret().ok());
        QCOMPARE(again->jwtSecret, c->jwtSecret);
    }

    void userCommands() {
        Run r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                     QStringLiteral("Boss@Example.com"), QStringLiteral("--name"), QStringLiteral("Boss"),
                     QStringLiteral("--admin")},
                    {}, "Adm1n!Secure\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("boss@example.com")));
        // Weak password from the environment: refused with exit 2.
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                 QStringLiteral("w@example.com"), QStringLiteral("--name"), QStringLiteral("W")},
                {{QStringLiteral("EVENTBOOK_PASSWORD"), QStringLiteral("password")}});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                 QStringLiteral("u@example.com"), QStringLiteral("--name"), QStringLiteral("U")},
                {{QStringLiteral("EVENTBOOK_PASSWORD"), QStringLiteral("Us3r!Secure")}});
        QCOMPARE(r.exitCode, 0);
        // The last admin cannot be demoted.
        r = run({QStringLiteral("user"), QStringLiteral("demote"), QStringLiteral("boss@example.com")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("last admin")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("promote"), QStringLiteral("u@example.com")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("promote"), QStringLiteral("u@example.com")})
                     .exitCode,
                 0); // idempotent
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("demote"), QStringLiteral("boss@example.com")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("promote"), QStringLiteral("ghost@example.com")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void migrateAndDemoData() {
        Run r = run({QStringLiteral("migrate")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("demo-data")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1StringView("loaded 44 demo events, 24 attendees")), qPrintable(r.out));
        r = run({QStringLiteral("demo-data")});
        QVERIFY2(r.out.contains(QLatin1StringView("loaded 0 demo events, 0 attendees, 0 bookings")),
                 qPrintable(r.out));
    }

    void logsAreOneJsonObjectPerLine() {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DATA_DIR"), m_dir.path());
        e.insert(QStringLiteral("LOG_FORMAT"), QStringLiteral("json"));
        e.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("info"));
        e.remove(QStringLiteral("QT_LOGGING_RULES")); // the test reads the info lines
        e.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
        e.insert(QStringLiteral("PORT"), QStringLiteral("0"));
        e.remove(QStringLiteral("DATABASE_URL"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(EVENTBOOK_SERVER_BINARY), {QStringLiteral("serve")});
        QVERIFY(p.waitForStarted(10000));
        QByteArray err;
        QRegularExpressionMatch listening;
        const QRegularExpression re(QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (listening = re.match(QString::fromUtf8(err += p.readAllStandardError()))).hasMatch(), 20000);
        const QString port = listening.captured(1);

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)));
        request.setRawHeader("X-Request-Id", "trace-me-42");
        QNetworkReply *reply = nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->rawHeader("X-Request-Id"), QByteArray("trace-me-42"));
        delete reply;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("trace-me-42"), 10000);
        p.terminate(); // SIGTERM: a clean stop
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        err += p.readAllStandardError();

        bool sawAccess = false;
        for (const QByteArray &line : err.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError pe{};
            const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            for (const char *key : {"time", "level", "category", "msg"})
                QVERIFY2(o.contains(QLatin1StringView(key)), line.constData());
            if (o.value(QLatin1StringView("requestId")).toString() == QLatin1StringView("trace-me-42")) {
                sawAccess = true;
                QCOMPARE(o.value(QLatin1StringView("method")).toString(), QStringLiteral("GET"));
                QCOMPARE(o.value(QLatin1StringView("route")).toString(), QStringLiteral("/healthz"));
                QCOMPARE(o.value(QLatin1StringView("status")).toInt(), 200);
                QVERIFY(o.value(QLatin1StringView("ms")).isDouble());
            }
        }
        QVERIFY(sawAccess);
    }

    // Passwords, tokens and data URIs travel in requests and answers; none reaches a log line.
    void logsCarryNoSecrets() {
        const QString adminPassword = QStringLiteral("Admin-Secret-Pass-731!");
        QTemporaryDir data;
        test::ServerProcess server(QStringLiteral(EVENTBOOK_SERVER_BINARY),
                                   {{QStringLiteral("DATA_DIR"), data.path()},
                                    {QStringLiteral("LOG_FORMAT"), QStringLiteral("json")},
                                    {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")},
                                    {QStringLiteral("RATE_LIMITS"), QStringLiteral("off")},
                                    {QStringLiteral("EVENTBOOK_ADMIN_EMAIL"), QStringLiteral("root@example.test")},
                                    {QStringLiteral("EVENTBOOK_ADMIN_PASSWORD"), adminPassword}});
        QVERIFY(server.start());
        test::HttpClient http;
        const QString userPassword = QStringLiteral("User-Secret-Pass-913!");
        const test::Reply registered = http.postJson(server.url(QStringLiteral("/api/auth/register")),
                                                     {{QStringLiteral("email"), QStringLiteral("u@example.test")},
                                                      {QStringLiteral("password"), userPassword},
                                                      {QStringLiteral("name"), QStringLiteral("U")}});
        QCOMPARE(registered.status, 201);
        const QByteArray userToken = registered.data().value(QLatin1StringView("token")).toString().toLatin1();
        const QByteArray refresh = registered.data().value(QLatin1StringView("refreshToken")).toString().toLatin1();
        const test::Reply admin = http.postJson(server.url(QStringLiteral("/api/auth/login")),
                                                {{QStringLiteral("email"), QStringLiteral("root@example.test")},
                                                 {QStringLiteral("password"), adminPassword}});
        QCOMPARE(admin.status, 200);
        const QByteArray adminToken = admin.data().value(QLatin1StringView("token")).toString().toLatin1();
        QCOMPARE(http.postJson(server.url(QStringLiteral("/api/auth/login")),
                               {{QStringLiteral("email"), QStringLiteral("u@example.test")},
                                {QStringLiteral("password"), QStringLiteral("Wrong-Secret-Pass-555!")}})
                     .status,
                 401);
        const QString image = QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                                             "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        const test::Reply event = http.postJson(
            server.url(QStringLiteral("/api/events")),
            {{QStringLiteral("title"), QStringLiteral("Logged")},
             {QStringLiteral("location"), QStringLiteral("Here")},
             {QStringLiteral("date"), QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs)},
             {QStringLiteral("totalSlots"), 5},
             {QStringLiteral("image"), image}},
            adminToken);
        QCOMPARE(event.status, 201);
        const qint64 eventId = event.data().value(QLatin1StringView("id")).toInteger();
        QCOMPARE(http.postJson(server.url(QStringLiteral("/api/events/%1/book").arg(eventId)), {}, userToken).status, 201);
        QCOMPARE(http.postJson(server.url(QStringLiteral("/api/auth/refresh")),
                               {{QStringLiteral("refreshToken"), QString::fromLatin1(refresh)}})
                     .status,
                 200);
        // A password inside a body that does not parse, and a token in a query string.
        QCOMPARE(http.send("POST", server.url(QStringLiteral("/api/auth/login")),
                           "{\"password\":\"" + userPassword.toUtf8() + "\"",
                           {{"Content-Type", "application/json"}})
                     .status,
                 400);
        QCOMPARE(http.get(server.url(QStringLiteral("/api/events?search=") + QString::fromLatin1(userToken.left(40))))
                     .status,
                 200);
        QVERIFY(server.stop());

        const QString log = server.log();
        int access = 0;
        for (const QString &line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError pe{};
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(line));
            for (const QString &secret : {adminPassword, userPassword, QStringLiteral("Wrong-Secret-Pass-555!"),
                                          QString::fromLatin1(userToken), QString::fromLatin1(adminToken),
                                          QString::fromLatin1(refresh), QString::fromLatin1(userToken.left(40)),
                                          QStringLiteral("data:image"), QStringLiteral("iVBORw0KGgo")})
                QVERIFY2(!line.contains(secret), qPrintable(line));
            if (o.value(QLatin1StringView("msg")).toString() != QLatin1StringView("request"))
                continue;
            ++access;
            QVERIFY2(!o.value(QLatin1StringView("requestId")).toString().isEmpty(), qPrintable(line));
            QVERIFY2(o.value(QLatin1StringView("route")).toString().startsWith(QLatin1Char('/')), qPrintable(line));
            if (o.value(QLatin1StringView("route")).toString() == QLatin1StringView("/api/events/:id/book"))
                QVERIFY2(o.value(QLatin1StringView("userId")).toInteger() > 0, qPrintable(line));
        }
        QVERIFY(access >= 8);
    }

    // SIGTERM while bookings pour in: the server finishes what it started, exits 0, and every
    // booking a client was told about (201) is in the database, with the seat counts agreeing.
    void sigtermUnderLoadLosesNoBooking() {
        QTemporaryDir data;
        const QByteArray secret = "sigterm-secret-0123456789abcdef0123456789";
        test::ServerProcess server(QStringLiteral(EVENTBOOK_SERVER_BINARY),
                                   {{QStringLiteral("DATA_DIR"), data.path()},
                                    {QStringLiteral("JWT_SECRET"), QString::fromLatin1(secret)},
                                    {QStringLiteral("RATE_LIMITS"), QStringLiteral("off")}});
        QVERIFY(server.start());
        // Accounts straight into the server's SQLite file (no Argon2 per user), tokens signed
        // with its secret.
        auto config = storage::DatabaseConfig::fromUrl({}, data.path());
        QVERIFY(config);
        storage::Database db(*config);
        const services::TokenSigner signer(secret);
        auto add = [&](const QString &name, bool admin) -> std::pair<qint64, QByteArray> {
            User u;
            u.name = name;
            u.email = name + QStringLiteral("@example.test");
            u.isAdmin = admin;
            auto id = db.withRetry([&] { return storage::UserRepository(db).insert(u, "!locked:test"); });
            if (!id)
                return {0, {}};
            return {*id, signer.sign(*id, admin, 0, {})->toLatin1()};
        };
        const auto admin = add(QStringLiteral("admin"), true);
        QVERIFY(admin.first > 0);
        test::HttpClient http;
        const test::Reply event = http.postJson(
            server.url(QStringLiteral("/api/events")),
            {{QStringLiteral("title"), QStringLiteral("Last orders")},
             {QStringLiteral("location"), QStringLiteral("Bar")},
             {QStringLiteral("date"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs)},
             {QStringLiteral("totalSlots"), 1000}},
            admin.second);
        QCOMPARE(event.status, 201);
        const qint64 eventId = event.data().value(QLatin1StringView("id")).toInteger();
        QList<test::Request> requests;
        QList<qint64> users;
        for (int i = 0; i < 400; ++i) {
            const auto user = add(QStringLiteral("guest%1").arg(i), false);
            QVERIFY(user.first > 0);
            users.append(user.first);
            requests.append({"POST", server.url(QStringLiteral("/api/events/%1/book").arg(eventId)), user.second, "{}"});
        }
        // SIGTERM once the first bookings have committed, while the rest are on their way.
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&] {
            auto n = db.scalar(QStringLiteral("SELECT count(*) FROM bookings"));
            if (n && n->toInt() >= 20) {
                server.terminate();
                watch.stop();
            }
        });
        watch.start(2);
        const QList<test::Reply> replies = test::HttpClient::sendAll(requests, 60);
        watch.stop();
        // stop() signals again, as an impatient operator would: still a clean exit.
        QVERIFY2(server.stop(), qPrintable(server.log().right(2000)));

        int told = 0, refused = 0;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const int status = replies.at(i).status;
            QVERIFY2(status == 201 || status == 0 || status == 503, replies.at(i).body.constData());
            if (status != 201) {
                ++refused;
                continue;
            }
            ++told;
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'confirmed' AND "
                                              "user_id = %1 AND event_id = %2")
                                   .arg(users.at(i))
                                   .arg(eventId))
                         ->toInt(),
                     1);
        }
        QVERIFY2(told >= 20, qPrintable(QStringLiteral("%1 bookings answered").arg(told)));
        QVERIFY2(refused > 0, "the signal came after every request was served: the test proved nothing");
        const int confirmed =
            db.scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'confirmed'"))->toInt();
        QVERIFY(confirmed >= told);
        QCOMPARE(db.scalar(QStringLiteral("SELECT available_slots FROM events WHERE id = %1").arg(eventId))->toInt(),
                 1000 - confirmed);
        qInfo("SIGTERM under load: %d booked and answered, %d committed, %d not served", told, confirmed, refused);
    }

    // Type=notify: READY=1 once listening, STOPPING=1 on SIGTERM, through $NOTIFY_SOCKET.
    void notifiesTheServiceManager() {
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("notify.sock")));
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        QByteArray received;
        const auto drain = [&]() {
            char buffer[512];
            for (ssize_t n; (n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0;)
                received += QByteArray(buffer, n) + '|';
            return received;
        };

        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DATA_DIR"), m_dir.filePath(QStringLiteral("notify")));
        e.insert(QStringLiteral("PORT"), QStringLiteral("0"));
        e.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(path));
        e.remove(QStringLiteral("DATABASE_URL"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(EVENTBOOK_SERVER_BINARY), {QStringLiteral("serve")});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(drain().contains("READY=1"), 20000);
        QVERIFY(received.contains("STATUS=Serving on port "));
        QVERIFY(!received.contains("STOPPING=1"));
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(drain().contains("STOPPING=1"), 5000);
        ::close(fd);
    }

    void usageErrors() {
        QCOMPARE(run({QStringLiteral("fly")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--no-such-flag")}).exitCode, 2);
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QLatin1StringView("eventbook-server ")));
        QCOMPARE(
            run({QStringLiteral("serve")}, {{QStringLiteral("DATABASE_URL"), QStringLiteral("mysql://x/y")}})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_config_cli.moc"
