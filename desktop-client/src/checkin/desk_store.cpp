#include "desk_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace eventbook::client {
namespace {
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tickets (booking_id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, "
    "holder TEXT NOT NULL, folded TEXT NOT NULL, confirmed INTEGER NOT NULL, entries INTEGER NOT NULL, "
    "inside INTEGER NOT NULL, first_at INTEGER, last_at INTEGER, last_device TEXT, conflict INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS queue (seq INTEGER PRIMARY KEY AUTOINCREMENT, nonce TEXT NOT NULL UNIQUE, "
    "secret TEXT, booking_id INTEGER, direction TEXT NOT NULL, at INTEGER NOT NULL, admitted INTEGER NOT NULL)",
};

Error storeError(const QString &what, const QSqlError &e) {
    return Error::make(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, e.text()));
}

QVariant msOrNull(const std::optional<QDateTime> &t) {
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant();
}

std::optional<QDateTime> timeOrNone(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

checkin::TicketState readTicket(const QSqlQuery &q) {
    checkin::TicketState t;
    t.bookingId = q.value(0).toLongLong();
    t.eventId = q.value(1).toLongLong();
    t.holder = q.value(2).toString();
    t.confirmed = q.value(3).toBool();
    t.entries = q.value(4).toInt();
    t.inside = q.value(5).toBool();
    t.firstAt = timeOrNone(q.value(6));
    t.lastAt = timeOrNone(q.value(7));
    t.lastDevice = q.value(8).toString();
    t.conflict = q.value(9).toBool();
    return t;
}

const QString kTicketColumns = QStringLiteral(
    "booking_id, event_id, holder, confirmed, entries, inside, first_at, last_at, last_device, conflict");

bool saveTicket(QSqlDatabase &db, const checkin::TicketState &t) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tickets (") + kTicketColumns +
              QStringLiteral(", folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.bookingId);
    q.addBindValue(t.eventId);
    q.addBindValue(t.holder);
    q.addBindValue(t.confirmed);
    q.addBindValue(t.entries);
    q.addBindValue(t.inside);
    q.addBindValue(msOrNull(t.firstAt));
    q.addBindValue(msOrNull(t.lastAt));
    q.addBindValue(t.lastDevice);
    q.addBindValue(t.conflict);
    q.addBindValue(t.holder.toCaseFolded());
    return q.exec();
}
} // namespace

DeskStore::~DeskStore() {
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> DeskStore::open(const QString &path) {
    const QString name = QStringLiteral("desk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const Error e = storeError(QStringLiteral("Cannot open the desk's file %1").arg(path), db.lastError());
            db = {};
            QSqlDatabase::removeDatabase(name);
            return e;
        }
        QSqlQuery q(db);
        // WAL without a sync on every commit: a decision costs well under a millisecond, and a
        // power cut loses at most the last scans, which the server has or the desk redoes.
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        for (const char *statement : kSchema) {
            if (!q.exec(QString::fromLatin1(statement)))
                return storeError(QStringLiteral("Cannot prepare the desk's file"), q.lastError());
        }
    }
    m_connection = name;
    return {};
}

QString DeskStore::meta(const QString &key) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> DeskStore::setMeta(const QString &key, const QString &value) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return storeError(QStringLiteral("Cannot save the desk's state"), q.lastError());
    return {};
}

Result<void> DeskStore::upsert(const QList<checkin::TicketState> &tickets) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    for (const checkin::TicketState &t : tickets) {
        if (!saveTicket(db, t)) {
            const Error e = storeError(QStringLiteral("Cannot save the manifest"), db.lastError());
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return storeError(QStringLiteral("Cannot save the manifest"), db.lastError());
    return {};
}

std::optional<checkin::TicketState> DeskStore::ticket(qint64 bookingId) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT ") + kTicketColumns + QStringLiteral(" FROM tickets WHERE booking_id = ?"));
    q.addBindValue(bookingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTicket(q);
}

Result<void> DeskStore::record(const checkin::TicketState &ticket, const QueuedScan &scan) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO queue (nonce, secret, booking_id, direction, at, admitted) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(scan.nonce);
    q.addBindValue(scan.secret.isEmpty() ? QVariant() : QVariant(scan.secret));
    q.addBindValue(scan.bookingId > 0 ? QVariant(scan.bookingId) : QVariant());
    q.addBindValue(checkin::directionName(scan.direction));
    q.addBindValue(scan.at.toMSecsSinceEpoch());
    q.addBindValue(scan.admitted);
    if (!q.exec() || !saveTicket(db, ticket)) {
        const Error e = storeError(QStringLiteral("Cannot record the scan"), q.lastError());
        db.rollback();
        return e;
    }
    if (!db.commit())
        return storeError(QStringLiteral("Cannot record the scan"), db.lastError());
    return {};
}

QList<QueuedScan> DeskStore::queued(int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT nonce, secret, booking_id, direction, at, admitted FROM queue ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    QList<QueuedScan> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        QueuedScan s;
        s.nonce = q.value(0).toString();
        s.secret = q.value(1).toString();
        s.bookingId = q.value(2).toLongLong();
        s.direction = checkin::directionFromName(q.value(3).toString()).value_or(checkin::Direction::Entry);
        s.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        s.admitted = q.value(5).toBool();
        out.append(s);
    }
    return out;
}

int DeskStore::queuedCount() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM queue")) && q.next() ? q.value(0).toInt() : 0;
}

Result<void> DeskStore::dequeue(const QStringList &nonces) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM queue WHERE nonce = ?"));
    for (const QString &n : nonces) {
        q.addBindValue(n);
        if (!q.exec()) {
            const Error e = storeError(QStringLiteral("Cannot update the queue"), q.lastError());
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return storeError(QStringLiteral("Cannot update the queue"), db.lastError());
    return {};
}

QList<checkin::TicketState> DeskStore::search(const QString &name, int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT ") + kTicketColumns +
              QStringLiteral(" FROM tickets WHERE instr(folded, ?) > 0 ORDER BY confirmed DESC, holder LIMIT ?"));
    q.addBindValue(name.trimmed().toCaseFolded());
    q.addBindValue(limit);
    QList<checkin::TicketState> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readTicket(q));
    return out;
}

int DeskStore::ticketCount() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace eventbook::client
