#pragma once

#include <QString>

namespace eventbook::services {

// Who performs a change, for authorisation decisions and the audit trail.
struct Actor {
    qint64 id = 0; // 0: the system (CLI, first-run bootstrap)
    bool isAdmin = false;
    QString ip; // or the origin, e.g. "cli"
};

} // namespace eventbook::services
