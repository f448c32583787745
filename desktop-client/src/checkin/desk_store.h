#pragma once

#include "eventbook/common/checkin.h"
#include "eventbook/common/result.h"

#include <QString>
#include <optional>

namespace eventbook::client {

// A scan the desk decided and has not yet had recorded by the server.
struct QueuedScan {
    QString nonce;
    QString secret;      // or
    qint64 bookingId = 0; // a ticket found by name
    checkin::Direction direction = checkin::Direction::Entry;
    QDateTime at;
    bool admitted = false; // what the desk did
};

// The desk's own copy of one event's door (issue 19), in a local SQLite file, so it keeps
// deciding when the server is away and survives a restart of the app: the manifest's tickets, the
// delta cursor and the key, and the queue of scans not yet uploaded. One per event and server.
class DeskStore {
public:
    DeskStore() = default;
    ~DeskStore();
    DeskStore(const DeskStore &) = delete;
    DeskStore &operator=(const DeskStore &) = delete;

    Result<void> open(const QString &path);
    bool isOpen() const { return !m_connection.isEmpty(); }

    QString meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    // A manifest page or delta: each ticket replaces the desk's copy.
    Result<void> upsert(const QList<checkin::TicketState> &tickets);
    std::optional<checkin::TicketState> ticket(qint64 bookingId) const;
    // A decision taken here: the ticket's new state and its scan, in one transaction.
    Result<void> record(const checkin::TicketState &ticket, const QueuedScan &scan);
    // The oldest scans not yet uploaded.
    QList<QueuedScan> queued(int limit) const;
    int queuedCount() const;
    Result<void> dequeue(const QStringList &nonces);
    QList<checkin::TicketState> search(const QString &name, int limit) const;
    int ticketCount() const;

private:
    QString m_connection;
};

} // namespace eventbook::client
