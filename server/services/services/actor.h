#pragma once

#include "eventbook/common/domain.h"

#include <QString>

namespace eventbook::services {

// Who performs a change, for authorisation decisions and the audit trail.
struct Actor {
    qint64 id = 0; // 0: the system (CLI, first-run bootstrap)
    bool isAdmin = false;
    QString ip; // or the origin, e.g. "cli"
    Role role = Role::Attendee; // Admin when isAdmin; the system (id 0) acts as Admin
};

} // namespace eventbook::services
