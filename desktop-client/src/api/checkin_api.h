#pragma once

#include "api_client.h"
#include "eventbook/common/checkin.h"
#include "eventbook/common/domain.h"

#include <QJsonArray>
#include <optional>

namespace eventbook::client {

// The server's answer to one scan (API.md "Check-in").
struct ScanReply {
    checkin::Verdict verdict = checkin::Verdict::Invalid;
    bool admitted = false;
    bool replayed = false;
    QString message; // the server's, in English; the desk shows its own words
    QString nonce;
    QString holder;
    qint64 bookingId = 0;
    std::optional<checkin::TicketState> ticket;
    std::optional<QDateTime> previousAt;
    QString previousDevice;
    std::optional<checkin::Occupancy> occupancy;
};

struct ManifestReply {
    QList<checkin::TicketState> tickets;
    QString next;   // another page of this listing
    QString cursor; // complete: ask with this later for changes
    QString publicKey;
};

// A ticket as its holder sees it.
struct TicketReply {
    qint64 bookingId = 0;
    QString secret;
    QString holder;
    QString status;
    std::optional<Event> event;
};

// The door's routes and the holder's ticket, typed, over the app's ApiClient.
class CheckinApi {
public:
    explicit CheckinApi(ApiClient &api)
        : m_api(api) {}

    void redeem(const QJsonObject &scan, ApiClient::Done<ScanReply> done);
    void batch(qint64 eventId, const QString &deviceId, const QJsonArray &scans, ApiClient::Done<QList<ScanReply>> done);
    void manifest(qint64 eventId, const QString &cursor, int limit, ApiClient::Done<ManifestReply> done);
    void occupancy(qint64 eventId, ApiClient::Done<checkin::Occupancy> done);
    void search(qint64 eventId, const QString &name, ApiClient::Done<QList<checkin::TicketState>> done);
    void ticket(qint64 bookingId, ApiClient::Done<TicketReply> done);

    static ScanReply scanReplyFromJson(const QJsonObject &o);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
