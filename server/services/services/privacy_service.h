#pragma once

#include "actor.h"
#include "eventbook/common/checkin.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// Everything the server holds about one person (GDPR art. 15 and 20): GET /api/profile/export.
struct DataExport {
    User user; // profile, role and scopes
    QList<Booking> bookings; // every booking, each with its event
    QList<Notification> notifications;
    QList<AuditEntry> audit; // what they did and what was done to their account
    QList<checkin::Scan> checkins; // their tickets' scans at the door
    QDateTime exportedAt;
};

struct Anonymisation {
    qint64 userId = 0;
    int cancelledBookings = 0; // upcoming events: seats returned
    int keptBookings = 0;      // past events: still counted, under the anonymised account
};

// Data export and erasure by anonymisation (GDPR art. 17): the account can no longer sign in, its
// personal fields are replaced, its upcoming bookings are cancelled (seats return, live), its
// bookings of past events stay in the statistics under the same id, now anonymous.
class PrivacyService {
public:
    PrivacyService(storage::Database &db, LiveFeed *live)
        : m_db(db)
        , m_live(live) {}

    Result<DataExport> exportUser(qint64 userId);
    // Audited as USER_ANONYMISE. The last admin cannot be anonymised; neither can an admin
    // anonymise themselves through the admin API (allowSelf=false; the profile passes true).
    Result<Anonymisation> anonymise(qint64 userId, const Actor &actor, bool allowSelf);

private:
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
