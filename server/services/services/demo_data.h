#pragma once

#include "eventbook/common/result.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

struct DemoSummary {
    int events = 0;
    int users = 0;
    int bookings = 0;
};

// Loads the demo set shipped in resources/demo: events over the coming months (a few past,
// some nearly full) with banner images, attendees and their bookings. Dates are relative to
// today. Existing titles and emails are skipped, so it can run again safely. The attendees
// cannot sign in: their password hash is a locked marker, not a password.
class DemoData {
public:
    explicit DemoData(storage::Database &db)
        : m_db(db) {}
    Result<DemoSummary> load();

private:
    Result<QList<qint64>> ensureUsers(DemoSummary &summary);
    // Two demo attendees run and staff some upcoming events, so the Users page and the team
    // dialog show every role. Given once: an account that already has a role keeps it.
    Result<void> ensureTeams(const QList<qint64> &people, const QList<qint64> &upcoming);
    storage::Database &m_db;
};

} // namespace eventbook::services
