#include "check_in_desk.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/ticket_format.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QUuid>
#include <memory>

namespace eventbook::client {
namespace k = eventbook::keys;
using checkin::Verdict;

namespace {
constexpr int kBatchSize = 500;
constexpr int kPageSize = 1000;
const QString kCursor = QStringLiteral("cursor");
const QString kPublicKey = QStringLiteral("publicKey");

QJsonObject scanJson(const QueuedScan &s) {
    QJsonObject o{{k::nonce, s.nonce},
                  {k::direction, checkin::directionName(s.direction)},
                  {k::at, codec::formatTime(s.at)}};
    if (s.bookingId > 0)
        o.insert(k::bookingId, s.bookingId);
    else
        o.insert(k::secret, s.secret);
    return o;
}

DeskAnswer fromReply(const ScanReply &r) {
    DeskAnswer a;
    a.verdict = r.verdict;
    a.admitted = r.admitted;
    a.holder = r.holder;
    a.bookingId = r.bookingId;
    a.previousAt = r.previousAt;
    a.previousDevice = r.previousDevice;
    return a;
}
} // namespace

CheckInDesk::CheckInDesk(ApiClient &api, QString dataDir, QString deviceId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_checkin(api)
    , m_dataDir(std::move(dataDir))
    , m_deviceId(std::move(deviceId)) {
    connect(&m_syncTimer, &QTimer::timeout, this, &CheckInDesk::sync);
}

void CheckInDesk::setSyncIntervalMs(int online, int offline) {
    m_onlineSyncMs = online;
    m_offlineSyncMs = offline;
    m_syncTimer.setInterval(m_online && queuedCount() == 0 ? m_onlineSyncMs : m_offlineSyncMs);
}

void CheckInDesk::open(qint64 eventId) {
    if (eventId == m_eventId && hasStore())
        return sync();
    m_store = std::make_unique<DeskStore>();
    m_eventId = eventId;
    m_occupancy = {};
    m_occupancy.eventId = eventId;
    // One file per server and event: a desk that serves two servers never mixes their tickets.
    const QByteArray server = QCryptographicHash::hash(m_api.serverUrl().toString().toUtf8(), QCryptographicHash::Sha256);
    QDir().mkpath(m_dataDir);
    const QString path = QDir(m_dataDir).filePath(
        QStringLiteral("event-%1-%2.sqlite").arg(eventId).arg(QString::fromLatin1(server.toHex().left(12))));
    if (auto opened = m_store->open(path); !opened) {
        Q_EMIT problem(opened.error().message);
        return;
    }
    m_online = true;
    m_syncTimer.start(m_onlineSyncMs);
    Q_EMIT stateChanged();
    sync();
}

bool CheckInDesk::canDecideOffline() const {
    return hasStore() && !m_store->meta(kPublicKey).isEmpty() && !m_store->meta(kCursor).isEmpty();
}

int CheckInDesk::queuedCount() const {
    return hasStore() ? m_store->queuedCount() : 0;
}

int CheckInDesk::ticketCount() const {
    return hasStore() ? m_store->ticketCount() : 0;
}

QList<checkin::TicketState> CheckInDesk::search(const QString &name) const {
    if (!hasStore() || name.trimmed().size() < 2)
        return {};
    return m_store->search(name, 20);
}

void CheckInDesk::scan(const QString &text, checkin::Direction direction) {
    const QString secret = text.trimmed();
    if (secret.isEmpty() || !hasStore())
        return;
    // What needs nobody: a ticket that is not genuine, or another event's, is refused here.
    const QByteArray key = ticket::publicKeyFromText(m_store->meta(kPublicKey));
    std::optional<ticket::Claims> claims;
    if (!key.isEmpty()) {
        auto verified = ticket::verify(key, secret);
        if (!verified) {
            DeskAnswer a;
            a.verdict = verified.error().code == ErrorCode::Forbidden ? Verdict::Forged : Verdict::Invalid;
            return answer(a);
        }
        if (verified->eventId != m_eventId) {
            DeskAnswer a;
            a.verdict = Verdict::WrongEvent;
            return answer(a);
        }
        claims = *verified;
    }
    QueuedScan s;
    s.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.secret = secret;
    s.direction = direction;
    s.at = QDateTime::currentDateTimeUtc();
    submit(claims ? claims->bookingId : 0, s);
}

void CheckInDesk::admit(qint64 bookingId, checkin::Direction direction) {
    if (!hasStore() || bookingId <= 0)
        return;
    QueuedScan s;
    s.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.bookingId = bookingId;
    s.direction = direction;
    s.at = QDateTime::currentDateTimeUtc();
    submit(bookingId, s);
}

void CheckInDesk::submit(qint64 bookingId, const QueuedScan &scan) {
    if (!m_online && bookingId > 0)
        return decideHere(bookingId, scan);
    QJsonObject body = scanJson(scan);
    body.insert(k::deviceId, m_deviceId);
    body.insert(k::eventId, m_eventId);
    // Whichever comes first decides: the server's answer, or the timer (then the desk decides and
    // queues the same nonce; if the server did record it, the upload is a replay).
    auto settled = std::make_shared<bool>(false);
    if (bookingId > 0) {
        QTimer::singleShot(m_answerTimeoutMs, this, [this, settled, bookingId, scan] {
            if (*settled)
                return;
            *settled = true;
            setOnline(false);
            decideHere(bookingId, scan);
        });
    }
    m_checkin.redeem(body, {this, [this, settled, bookingId, scan](const Result<ScanReply> &r) {
                                if (r && r->ticket)
                                    stored(m_store->upsert({*r->ticket}));
                                if (*settled)
                                    return;
                                *settled = true;
                                if (!r) {
                                    if (r.error().code == ErrorCode::ServiceUnavailable && bookingId > 0) {
                                        setOnline(false);
                                        return decideHere(bookingId, scan);
                                    }
                                    return Q_EMIT problem(r.error().message);
                                }
                                setOnline(true);
                                if (r->occupancy)
                                    takeOccupancy(*r->occupancy);
                                answer(fromReply(*r));
                            }});
}

void CheckInDesk::decideHere(qint64 bookingId, QueuedScan scan) {
    if (!canDecideOffline())
        return Q_EMIT problem(tr("The server is not answering and this desk has no copy of the door yet: "
                                 "connect once before the doors open."));
    // A genuine ticket the copy does not know was booked after the last download: it counts as
    // valid (the signature proves it was issued).
    checkin::TicketState fresh;
    fresh.bookingId = bookingId;
    fresh.eventId = m_eventId;
    checkin::TicketState t = m_store->ticket(bookingId).value_or(fresh);
    const Verdict v = checkin::decide(t, m_eventId, scan.direction);
    if (v == Verdict::WrongEvent) { // a booking id of another event typed by hand
        DeskAnswer a;
        a.verdict = v;
        return answer(a);
    }
    const checkin::TicketState after = checkin::apply(t, v, scan.at, m_deviceId);
    scan.admitted = checkin::admits(v);
    if (auto recorded = m_store->record(after, scan); !recorded)
        return Q_EMIT problem(recorded.error().message);
    DeskAnswer a;
    a.verdict = v;
    a.admitted = checkin::admits(v);
    a.offline = true;
    a.holder = t.holder;
    a.bookingId = bookingId;
    if (v == Verdict::AlreadyInside) {
        a.previousAt = t.lastAt;
        a.previousDevice = t.lastDevice;
    }
    answer(a);
    Q_EMIT stateChanged();
}

void CheckInDesk::stored(const Result<void> &r) {
    if (!r) // the desk's own file failed (disk full?): say so, the scans go on online
        Q_EMIT problem(r.error().message);
}

void CheckInDesk::answer(const DeskAnswer &a) {
    Q_EMIT answered(a);
}

void CheckInDesk::setOnline(bool online) {
    if (m_online == online)
        return;
    m_online = online;
    m_syncTimer.start(online && queuedCount() == 0 ? m_onlineSyncMs : m_offlineSyncMs);
    Q_EMIT stateChanged();
}

void CheckInDesk::sync() {
    if (m_syncing || !hasStore())
        return;
    m_syncing = true;
    upload();
}

void CheckInDesk::upload() {
    const QList<QueuedScan> batch = m_store->queued(kBatchSize);
    if (batch.isEmpty())
        return pull(m_store->meta(kCursor), !m_store->meta(kCursor).isEmpty());
    QJsonArray scans;
    for (const QueuedScan &s : batch) {
        QJsonObject o = scanJson(s);
        o.insert(k::admitted, s.admitted);
        scans.append(o);
    }
    m_checkin.batch(m_eventId, m_deviceId, scans, {this, [this, batch](const Result<QList<ScanReply>> &r) {
                        if (!r) {
                            m_syncing = false;
                            if (r.error().code == ErrorCode::ServiceUnavailable)
                                return setOnline(false);
                            return Q_EMIT problem(r.error().message);
                        }
                        QStringList done;
                        QList<checkin::TicketState> tickets;
                        for (const QueuedScan &s : batch)
                            done.append(s.nonce);
                        for (const ScanReply &reply : *r) {
                            if (reply.ticket)
                                tickets.append(*reply.ticket);
                            if (reply.occupancy)
                                takeOccupancy(*reply.occupancy);
                        }
                        stored(m_store->upsert(tickets));
                        stored(m_store->dequeue(done));
                        setOnline(true);
                        Q_EMIT stateChanged();
                        upload(); // the next batch, or the other desks' changes
                    }});
}

void CheckInDesk::pull(const QString &cursor, bool delta) {
    m_checkin.manifest(m_eventId, cursor, kPageSize, {this, [this, delta](const Result<ManifestReply> &r) {
                           if (!r) {
                               m_syncing = false;
                               if (r.error().code == ErrorCode::ServiceUnavailable)
                                   return setOnline(false);
                               if (r.error().code == ErrorCode::ValidationError && delta) {
                                   // The server no longer knows the cursor (another database?): start over.
                                   stored(m_store->setMeta(kCursor, {}));
                                   return;
                               }
                               return Q_EMIT problem(r.error().message);
                           }
                           stored(m_store->upsert(r->tickets));
                           stored(m_store->setMeta(kPublicKey, r->publicKey));
                           if (!r->next.isEmpty())
                               return pull(r->next, delta);
                           stored(m_store->setMeta(kCursor, r->cursor));
                           finishSync();
                       }});
}

void CheckInDesk::finishSync() {
    m_syncing = false;
    m_lastSync = QDateTime::currentDateTimeUtc();
    setOnline(true);
    m_syncTimer.start(queuedCount() == 0 ? m_onlineSyncMs : m_offlineSyncMs);
    Q_EMIT stateChanged();
    fetchOccupancy();
}

void CheckInDesk::fetchOccupancy() {
    m_checkin.occupancy(m_eventId, {this, [this](const Result<checkin::Occupancy> &r) {
                            if (r)
                                takeOccupancy(*r);
                        }});
}

void CheckInDesk::takeOccupancy(const checkin::Occupancy &o) {
    if (o.eventId != m_eventId || o.scans < m_occupancy.scans)
        return;
    m_occupancy = o;
    Q_EMIT occupancyChanged(o);
}

void CheckInDesk::takeTicket(const checkin::TicketState &t) {
    if (t.eventId == m_eventId && hasStore())
        stored(m_store->upsert({t}));
}

} // namespace eventbook::client
