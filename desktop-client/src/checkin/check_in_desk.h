#pragma once

#include "api/checkin_api.h"
#include "desk_store.h"
#include "eventbook/common/checkin.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace eventbook::client {

// What the desk shows after a scan. `offline`: decided here, with the desk's copy of the door,
// because the server did not answer; it is queued and uploaded later.
struct DeskAnswer {
    checkin::Verdict verdict = checkin::Verdict::Invalid;
    bool admitted = false;
    bool offline = false;
    QString holder;
    qint64 bookingId = 0;
    std::optional<QDateTime> previousAt;
    QString previousDevice;
};

// A check-in desk (issue 19), for one event at a time: asks the server first and, when it does not
// answer within a moment, decides with its own copy (the ticket's signature with the served key,
// the manifest, its own scans) by the same rule the server uses, and queues the scan. The queue
// is uploaded in batches as soon as the server is back (the nonce makes a scan the server already
// has count once), then the changes of the other desks are pulled with the manifest's cursor.
class CheckInDesk : public QObject {
    Q_OBJECT
public:
    CheckInDesk(ApiClient &api, QString dataDir, QString deviceId, QObject *parent = nullptr);

    // Opens the event's file and brings it up to date (all of the manifest the first time).
    void open(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    bool canDecideOffline() const; // has the key and a manifest
    bool isOnline() const { return m_online; }
    int queuedCount() const;
    int ticketCount() const;
    QString deviceId() const { return m_deviceId; }
    checkin::Occupancy occupancy() const { return m_occupancy; }
    std::optional<QDateTime> lastSync() const { return m_lastSync; }

    void scan(const QString &text, checkin::Direction direction);
    void admit(qint64 bookingId, checkin::Direction direction); // a ticket found by name
    QList<checkin::TicketState> search(const QString &name) const;
    void sync();
    // How long a scan waits for the server before the desk decides itself.
    void setAnswerTimeoutMs(int ms) { m_answerTimeoutMs = ms; }
    void setSyncIntervalMs(int online, int offline);

    // Live messages of the event (OCCUPANCY: the one with most scans wins; CHECKIN: another
    // desk's scan updates the copy at once).
    void takeOccupancy(const checkin::Occupancy &o);
    void takeTicket(const checkin::TicketState &t);

Q_SIGNALS:
    void answered(const eventbook::client::DeskAnswer &answer);
    void stateChanged(); // online or not, queue, manifest
    void occupancyChanged(const eventbook::checkin::Occupancy &o);
    void problem(const QString &message);

private:
    void submit(qint64 bookingId, const QueuedScan &scan);
    void decideHere(qint64 bookingId, QueuedScan scan);
    void setOnline(bool online);
    void upload();
    void pull(const QString &cursor, bool delta);
    void finishSync();
    void fetchOccupancy();
    void answer(const DeskAnswer &a);
    void stored(const Result<void> &r);
    bool hasStore() const { return m_store && m_store->isOpen(); }

    ApiClient &m_api;
    CheckinApi m_checkin;
    QString m_dataDir;
    QString m_deviceId;
    qint64 m_eventId = 0;
    std::unique_ptr<DeskStore> m_store;
    bool m_online = true;
    bool m_syncing = false;
    int m_answerTimeoutMs = 1500;
    int m_onlineSyncMs = 10'000;
    int m_offlineSyncMs = 3'000;
    QTimer m_syncTimer;
    checkin::Occupancy m_occupancy;
    std::optional<QDateTime> m_lastSync;
};

} // namespace eventbook::client
