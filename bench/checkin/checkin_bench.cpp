// The door's benchmark tool (issue 19; bench/run.sh checkin, docs/benchmarks.md), in two halves
// around the load, which wrk drives (bench/lua/redeem.lua: a C client costs the 2-core machine
// far less than a Qt one, so the server gets the CPU):
//
//   --prepare FILE: books N users of the bench data set on the event and writes their tickets,
//                   "bookingId secret" per line;
//   --decide FILE:  the offline desk: the event's manifest into a DeskStore, then each ticket of
//                   FILE decided as the desk does without the server (signature, lookup, rule,
//                   record in the local file); prints the decision time: p50 p99 max (ms).
//
//   eventbook-bench-checkin --url URL --admin-token T --event ID (--prepare FILE --tokens FILE
//                           [--tickets 2000] | --decide FILE)
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

namespace {
// Books the users on the event and fetches their tickets.
int prepare(Http &http, const QByteArray &admin, qint64 eventId, const QString &tokensPath, int tickets,
            const QString &out) {
    QFile tokenFile(tokensPath);
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the tokens\n");
        return 1;
    }
    const QList<QByteArray> users = tokenFile.readAll().split('\n').mid(1, tickets); // user 1 is the admin
    std::vector<qint64> bookings(size_t(users.size()), 0);
    runAll(int(users.size()), 32,
           [&](int i) { return http.send("POST", QStringLiteral("/api/events/%1/book").arg(eventId), users.at(i), "{}"); },
           [&](int i, QNetworkReply *r) { bookings[size_t(i)] = dataOf(r).value(QLatin1StringView("id")).toInteger(); });
    bookings.erase(std::remove(bookings.begin(), bookings.end(), 0), bookings.end());
    std::vector<QString> secrets(bookings.size());
    runAll(int(bookings.size()), 32,
           [&](int i) { return http.send("GET", QStringLiteral("/api/bookings/%1/ticket").arg(bookings[size_t(i)]), admin); },
           [&](int i, QNetworkReply *r) { secrets[size_t(i)] = dataOf(r).value(QLatin1StringView("ticket")).toString(); });
    QFile file(out);
    if (secrets.empty() || !file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "no tickets (bookings: %zu)\n", bookings.size());
        return 1;
    }
    for (size_t i = 0; i < secrets.size(); ++i)
        file.write(QByteArray::number(bookings[i]) + ' ' + secrets[i].toLatin1() + '\n');
    return 0;
}

// The offline desk's decisions, timed.
int decide(Http &http, const QByteArray &admin, qint64 eventId, const QString &ticketsPath) {
    QFile file(ticketsPath);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QStringList secrets;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains(' '))
            secrets.append(QString::fromLatin1(line.mid(line.indexOf(' ') + 1)));
    }
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
    for (const QString &secret : std::as_const(secrets)) {
        QElapsedTimer t;
        t.start();
        auto claims = ticket::verify(publicKey, secret);
        if (!claims) {
            std::fprintf(stderr, "a ticket did not verify\n");
            return 1;
        }
        const checkin::TicketState before = store.ticket(claims->bookingId).value_or(checkin::TicketState{});
        const auto direction = before.inside ? checkin::Direction::Exit : checkin::Direction::Entry;
        const checkin::Verdict v = checkin::decide(before, eventId, direction);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        client::QueuedScan scan;
        scan.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
        scan.secret = secret;
        scan.direction = direction;
        scan.at = now;
        scan.admitted = checkin::admits(v);
        if (!store.record(checkin::apply(before, v, now, QStringLiteral("bench-desk")), scan))
            return 1;
        decisions.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (decisions.empty())
        return 1;
    std::printf("%.3f %.3f %.3f\n", percentile(decisions, 0.5), percentile(decisions, 0.99),
                *std::max_element(decisions.begin(), decisions.end()));
    return 0;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("url"), QStringLiteral("server"), QStringLiteral("url")},
                  {QStringLiteral("admin-token"), QStringLiteral("admin token"), QStringLiteral("token")},
                  {QStringLiteral("event"), QStringLiteral("event id"), QStringLiteral("id")},
                  {QStringLiteral("prepare"), QStringLiteral("write the tickets here"), QStringLiteral("file")},
                  {QStringLiteral("tokens"), QStringLiteral("user tokens file"), QStringLiteral("file")},
                  {QStringLiteral("tickets"), QStringLiteral("tickets"), QStringLiteral("n"), QStringLiteral("2000")},
                  {QStringLiteral("decide"), QStringLiteral("time offline decisions of these tickets"),
                   QStringLiteral("file")}});
    p.process(app);
    const QByteArray admin = p.value(QStringLiteral("admin-token")).toLatin1();
    const qint64 eventId = p.value(QStringLiteral("event")).toLongLong();
    Http http(QUrl(p.value(QStringLiteral("url"))), 32);
    if (p.isSet(QStringLiteral("prepare")))
        return prepare(http, admin, eventId, p.value(QStringLiteral("tokens")), p.value(QStringLiteral("tickets")).toInt(),
                       p.value(QStringLiteral("prepare")));
    if (p.isSet(QStringLiteral("decide")))
        return decide(http, admin, eventId, p.value(QStringLiteral("decide")));
    std::fprintf(stderr, "give --prepare FILE or --decide FILE\n");
    return 2;
}
