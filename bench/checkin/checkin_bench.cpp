// The door under load (issue 19; docs/benchmarks.md): books N users of the bench data set on a new
// event, fetches their tickets, then `desks` desks redeem them for `seconds` (entry and exit in
// turn, so nearly every scan changes a ticket), and reports redeems/s, latency and errors. Then
// the offline desk: the event's manifest in a DeskStore and the time of each decision as the
// desk takes it without the server (signature, lookup, rule, record in the local file).
//
//   eventbook-bench-checkin --url URL --admin-token T --tokens FILE --event ID [--tickets 2000]
//                           [--desks 8] [--in-flight 8] [--seconds 10]
// Prints one line: redeems_per_s p50_ms p99_ms errors decide_p50_ms decide_p99_ms decide_max_ms
#include "checkin/desk_store.h"
#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/ticket_format.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace eventbook;

namespace {
struct Http {
    QUrl base;
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    int next = 0;

    explicit Http(QUrl url, int connections)
        : base(std::move(url)) {
        for (int i = 0; i < (connections + 5) / 6; ++i)
            nams.push_back(std::make_unique<QNetworkAccessManager>());
    }
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &token,
                        const QByteArray &body = {}) {
        QNetworkRequest r(base.resolved(QUrl(path)));
        r.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkAccessManager &nam = *nams.at(size_t(next++ % int(nams.size())));
        return nam.sendCustomRequest(r, method, body);
    }
};

QJsonObject dataOf(QNetworkReply *reply) {
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1StringView("data")).toObject();
}

// Runs `count` requests, at most `width` at a time, and waits for all.
void runAll(int count, int width, const std::function<QNetworkReply *(int)> &start,
            const std::function<void(int, QNetworkReply *)> &done) {
    QEventLoop loop;
    int started = 0;
    int finished = 0;
    std::function<void()> launch = [&] {
        if (started >= count)
            return;
        const int i = started++;
        QNetworkReply *reply = start(i);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, i, reply] {
            done(i, reply);
            reply->deleteLater();
            if (++finished == count)
                loop.quit();
            else
                launch();
        });
    };
    for (int i = 0; i < width; ++i)
        launch();
    if (count > 0)
        loop.exec();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("url"), QStringLiteral("server"), QStringLiteral("url")},
                  {QStringLiteral("admin-token"), QStringLiteral("admin token"), QStringLiteral("token")},
                  {QStringLiteral("tokens"), QStringLiteral("user tokens file"), QStringLiteral("file")},
                  {QStringLiteral("event"), QStringLiteral("event id"), QStringLiteral("id")},
                  {QStringLiteral("tickets"), QStringLiteral("tickets"), QStringLiteral("n"), QStringLiteral("2000")},
                  {QStringLiteral("desks"), QStringLiteral("desks"), QStringLiteral("n"), QStringLiteral("8")},
                  {QStringLiteral("in-flight"), QStringLiteral("requests in flight per desk"), QStringLiteral("n"),
                   QStringLiteral("8")},
                  {QStringLiteral("seconds"), QStringLiteral("seconds"), QStringLiteral("s"), QStringLiteral("10")}});
    p.process(app);
    const QByteArray admin = p.value(QStringLiteral("admin-token")).toLatin1();
    const qint64 eventId = p.value(QStringLiteral("event")).toLongLong();
    const int tickets = p.value(QStringLiteral("tickets")).toInt();
    const int desks = p.value(QStringLiteral("desks")).toInt();
    const int width = desks * p.value(QStringLiteral("in-flight")).toInt();
    const qint64 durationMs = p.value(QStringLiteral("seconds")).toLongLong() * 1000;
    QFile tokenFile(p.value(QStringLiteral("tokens")));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the tokens\n");
        return 1;
    }
    QList<QByteArray> users = tokenFile.readAll().split('\n');
    users = users.mid(1, tickets); // user 1 is the admin
    Http http(QUrl(p.value(QStringLiteral("url"))), width);

    // The crowd: bookings, then their tickets.
    std::vector<qint64> bookings(size_t(users.size()), 0);
    runAll(int(users.size()), 32,
           [&](int i) { return http.send("POST", QStringLiteral("/api/events/%1/book").arg(eventId), users.at(i), "{}"); },
           [&](int i, QNetworkReply *r) { bookings[size_t(i)] = dataOf(r).value(QLatin1StringView("id")).toInteger(); });
    bookings.erase(std::remove(bookings.begin(), bookings.end(), 0), bookings.end());
    std::vector<QString> secrets(bookings.size());
    runAll(int(bookings.size()), 32,
           [&](int i) { return http.send("GET", QStringLiteral("/api/bookings/%1/ticket").arg(bookings[size_t(i)]), admin); },
           [&](int i, QNetworkReply *r) { secrets[size_t(i)] = dataOf(r).value(QLatin1StringView("ticket")).toString(); });
    if (secrets.empty() || secrets.front().isEmpty()) {
        std::fprintf(stderr, "no tickets (bookings: %zu)\n", bookings.size());
        return 1;
    }

    // The doors: every desk scans, entry and exit in turn per ticket.
    std::vector<int> visits(secrets.size(), 0);
    std::vector<double> latencies;
    int ok = 0;
    int errors = 0;
    int next = 0;
    QElapsedTimer clock;
    clock.start();
    {
        QEventLoop loop;
        int inFlight = 0;
        std::function<void(int)> launch = [&](int desk) {
            if (clock.elapsed() >= durationMs) {
                if (inFlight == 0)
                    loop.quit();
                return;
            }
            const size_t t = size_t(next++) % secrets.size();
            const bool exit = visits[t]++ % 2 == 1;
            const QJsonObject body{{QStringLiteral("secret"), secrets[t]},
                                   {QStringLiteral("nonce"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("deviceId"), QStringLiteral("bench-desk-%1").arg(desk)},
                                   {QStringLiteral("eventId"), eventId},
                                   {QStringLiteral("direction"), exit ? QStringLiteral("exit") : QStringLiteral("entry")}};
            auto started = std::make_shared<QElapsedTimer>();
            started->start();
            ++inFlight;
            QNetworkReply *r = http.send("POST", QStringLiteral("/api/checkin/redeem"), admin,
                                         QJsonDocument(body).toJson(QJsonDocument::Compact));
            QObject::connect(r, &QNetworkReply::finished, &loop, [&, r, desk, started] {
                --inFlight;
                latencies.push_back(double(started->nsecsElapsed()) / 1e6);
                const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QString result = dataOf(r).value(QLatin1StringView("result")).toString();
                (status == 200 && !result.isEmpty() ? ok : errors)++;
                r->deleteLater();
                launch(desk);
            });
        };
        for (int i = 0; i < width; ++i)
            launch(i % desks);
        loop.exec();
    }
    const double seconds = double(clock.elapsed()) / 1000.0;

    // The offline desk: the manifest in a DeskStore, then decisions as CheckInDesk takes them.
    QTemporaryDir dir;
    client::DeskStore store;
    if (!store.open(dir.filePath(QStringLiteral("desk.sqlite")))) {
        std::fprintf(stderr, "cannot open the desk file\n");
        return 1;
    }
    QByteArray publicKey;
    QString cursor;
    for (;;) {
        QNetworkReply *r = http.send("GET", QStringLiteral("/api/events/%1/checkin/manifest?limit=1000%2")
                                                .arg(eventId)
                                                .arg(cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                                     admin);
        QEventLoop wait;
        QObject::connect(r, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        const QJsonObject page = dataOf(r);
        r->deleteLater();
        QList<checkin::TicketState> states;
        for (const QJsonValue &t : page.value(QLatin1StringView("tickets")).toArray())
            states.append(codec::ticketStateFromJson(t.toObject()));
        if (!store.upsert(states))
            return 1;
        publicKey = ticket::publicKeyFromText(page.value(QLatin1StringView("publicKey")).toString());
        if (!page.value(QLatin1StringView("next")).isString())
            break;
        cursor = page.value(QLatin1StringView("next")).toString();
    }
    std::vector<double> decisions;
    for (size_t i = 0; i < secrets.size(); ++i) {
        QElapsedTimer t;
        t.start();
        auto claims = ticket::verify(publicKey, secrets[i]);
        if (!claims)
            return 1;
        const checkin::TicketState before = store.ticket(claims->bookingId).value_or(checkin::TicketState{});
        const auto direction = before.inside ? checkin::Direction::Exit : checkin::Direction::Entry;
        const checkin::Verdict v = checkin::decide(before, eventId, direction);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        client::QueuedScan scan;
        scan.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
        scan.secret = secrets[i];
        scan.direction = direction;
        scan.at = now;
        scan.admitted = checkin::admits(v);
        if (!store.record(checkin::apply(before, v, now, QStringLiteral("bench-desk")), scan))
            return 1;
        decisions.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("%.0f %.2f %.2f %d %.3f %.3f %.3f\n", ok / seconds, percentile(latencies, 0.5),
                percentile(latencies, 0.99), errors, percentile(decisions, 0.5), percentile(decisions, 0.99),
                *std::max_element(decisions.begin(), decisions.end()));
    return 0;
}
