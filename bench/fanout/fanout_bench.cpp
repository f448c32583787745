// Fan-out benchmark (not a test): N /ws sockets on one server, then bookings and cancellations
// one at a time; for each, the time from sending the request until each socket has its
// SLOT_UPDATE. Reports p50/p99/max over every delivery and the server's RSS idle, with the
// sockets open, and after they left. Starts its own server (SQLite in a temporary directory
// unless --database-url is given) so it knows the process to measure.
//
//   eventbook-bench-fanout [--server PATH] [--sockets 2000] [--rounds 20] [--database-url URL]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

QElapsedTimer g_clock;

void waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

qint64 rssKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression re(QStringLiteral(R"(VmRSS:\s+(\d+) kB)"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void raiseFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

struct Http {
    QNetworkAccessManager nam;
    QJsonObject call(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QByteArray &token,
                     int *status = nullptr) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply =
            nam.sendCustomRequest(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        waitUntil([reply] { return reply->isFinished(); }, 30'000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }
};

double percentile(std::vector<qint64> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return double(v[i]) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    // The client side of 2,000 sockets suffers from glib's socket-notifier lists as the server
    // did; measure the server, not that.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("EventBook /ws fan-out benchmark"));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("server"), QStringLiteral("eventbook-server binary"), QStringLiteral("path"),
                   QCoreApplication::applicationDirPath() + QStringLiteral("/eventbook-server")});
    cli.addOption({QStringLiteral("sockets"), QStringLiteral("connected sockets"), QStringLiteral("n"),
                   QStringLiteral("2000")});
    cli.addOption({QStringLiteral("rounds"), QStringLiteral("bookings/cancellations"), QStringLiteral("n"),
                   QStringLiteral("20")});
    cli.addOption({QStringLiteral("database-url"), QStringLiteral("DATABASE_URL for the server"),
                   QStringLiteral("url")});
    cli.process(app);
    const int sockets = cli.value(QStringLiteral("sockets")).toInt();
    const int rounds = cli.value(QStringLiteral("rounds")).toInt();
    raiseFileLimit(); // the server inherits it
    g_clock.start();

    QTemporaryDir dir;
    const QString password = QStringLiteral("Bench-%1-Aa1!").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("PORT"), QStringLiteral("0"));
    env.insert(QStringLiteral("DATA_DIR"), dir.path());
    env.insert(QStringLiteral("LOG_FORMAT"), QStringLiteral("text"));
    env.insert(QStringLiteral("RATE_LIMITS"), QStringLiteral("off"));
    env.insert(QStringLiteral("EVENTBOOK_ADMIN_EMAIL"), QStringLiteral("bench-admin@example.test"));
    env.insert(QStringLiteral("EVENTBOOK_ADMIN_PASSWORD"), password);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_NO_GLIB")); // the server chooses its dispatcher itself
    if (cli.isSet(QStringLiteral("database-url")))
        env.insert(QStringLiteral("DATABASE_URL"), cli.value(QStringLiteral("database-url")));
    QProcess server;
    server.setProcessEnvironment(env);
    server.setStandardOutputFile(QProcess::nullDevice());
    server.start(cli.value(QStringLiteral("server")), {QStringLiteral("serve")});
    QString log;
    static const QRegularExpression listening(QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))"));
    QRegularExpressionMatch m;
    waitUntil(
        [&] {
            log += QString::fromUtf8(server.readAllStandardError());
            m = listening.match(log);
            return m.hasMatch() || server.state() == QProcess::NotRunning;
        },
        30'000);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "server did not start:\n%s\n", qPrintable(log));
        return 1;
    }
    const quint16 port = quint16(m.captured(1).toUInt());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    // Drain its log as it comes, so a full pipe never blocks it.
    QObject::connect(&server, &QProcess::readyReadStandardError, [&server] { server.readAllStandardError(); });

    Http http;
    int status = 0;
    const QJsonObject login = http.call("POST", QUrl(base + QStringLiteral("/api/auth/login")),
                                        {{QStringLiteral("email"), QStringLiteral("bench-admin@example.test")},
                                         {QStringLiteral("password"), password}},
                                        {}, &status);
    const QByteArray token = login.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString().toLatin1();
    const QJsonObject event = http.call(
        "POST", QUrl(base + QStringLiteral("/api/events")),
        {{QStringLiteral("title"), QStringLiteral("Fan-out")},
         {QStringLiteral("location"), QStringLiteral("Bench")},
         {QStringLiteral("date"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs)},
         {QStringLiteral("totalSlots"), 100}},
        token, &status);
    const qint64 eventId = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger();
    if (token.isEmpty() || eventId <= 0) {
        std::fprintf(stderr, "setup failed (login or event)\n");
        return 1;
    }
    waitUntil([] { return false; }, 1000); // the start-up and login hashes (64 MB each) are done
    const qint64 idleKb = rssKb(server.processId());

    // Connect in batches, as a crowd arrives.
    std::vector<std::unique_ptr<QWebSocket>> clients;
    std::vector<qint64> arrived(size_t(sockets), -1);
    qint64 sentAt = 0;
    int connected = 0;
    int got = 0;
    std::vector<qint64> latencies;
    latencies.reserve(size_t(sockets * rounds));
    for (int i = 0; i < sockets; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::connected, [&connected] { ++connected; });
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, [&, i](const QString &text) {
            if (!text.contains(QLatin1StringView("\"SLOT_UPDATE\"")) || arrived[size_t(i)] >= 0)
                return;
            arrived[size_t(i)] = g_clock.nsecsElapsed();
            latencies.push_back(arrived[size_t(i)] - sentAt);
            ++got;
        });
        ws->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        clients.push_back(std::move(ws));
        if (i % 200 == 199)
            waitUntil([&] { return connected > i - 50; }, 30'000);
    }
    waitUntil([&] { return connected == sockets; }, 60'000);
    if (connected != sockets) {
        std::fprintf(stderr, "only %d of %d sockets connected\n", connected, sockets);
        return 1;
    }
    waitUntil([] { return false; }, 500); // let the server settle before measuring
    const qint64 connectedKb = rssKb(server.processId());

    std::vector<qint64> roundMax;
    for (int r = 0; r < rounds; ++r) {
        std::fill(arrived.begin(), arrived.end(), -1);
        got = 0;
        sentAt = g_clock.nsecsElapsed();
        const QUrl url(base + QStringLiteral("/api/events/%1/book").arg(eventId));
        http.call(r % 2 == 0 ? "POST" : "DELETE", url, {}, token, &status);
        waitUntil([&] { return got == sockets; }, 30'000);
        if (got != sockets) {
            std::fprintf(stderr, "round %d: only %d of %d sockets got the update\n", r, got, sockets);
            return 1;
        }
        roundMax.push_back(*std::max_element(arrived.begin(), arrived.end()) - sentAt);
    }
    const qint64 peakKb = rssKb(server.processId());

    for (auto &ws : clients)
        ws->close();
    waitUntil([&] { return std::all_of(clients.begin(), clients.end(), [](const auto &ws) {
                      return ws->state() == QAbstractSocket::UnconnectedState;
                  }); },
              30'000);
    clients.clear();
    waitUntil([] { return false; }, 1500);
    const qint64 afterKb = rssKb(server.processId());

    server.terminate();
    server.waitForFinished(15'000);

    std::printf("sockets %d, rounds %d, deliveries %zu\n", sockets, rounds, latencies.size());
    std::printf("booking -> SLOT_UPDATE on a socket: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("booking -> last socket has it (per round): median %.1f ms, max %.1f ms\n",
                percentile(roundMax, 0.5), percentile(roundMax, 1.0));
    std::printf("server RSS: idle %.1f MB, %d sockets %.1f MB, after the rounds %.1f MB, after they left %.1f MB\n",
                idleKb / 1024.0, sockets, connectedKb / 1024.0, peakKb / 1024.0, afterKb / 1024.0);
    return 0;
}
