#include "health_service.h"

#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql_error.h"

namespace eventbook::services {

Readiness HealthService::readiness() {
    using State = Readiness::State;
    if (!m_db.ping())
        return {State::DatabaseDown, 0, {}};
    storage::Migrator migrator(m_db);
    const auto version = migrator.currentVersion();
    const int latest = storage::Migrator::latestVersion(m_db.dialect());
    if (!version || *version != latest)
        return {State::MigrationsPending, version ? *version : 0, {}};
    // Reads working is not enough: after a write was refused (disk full, read-only) or when
    // space runs low, ready means a write goes through.
    if (m_db.storageLow())
        return {State::ReadOnly, latest, QStringLiteral("The data directory has less than 1 MiB free")};
    if (storage::writesRefusedAtMs() != 0) {
        if (auto probe = m_db.probeWrite(); !probe)
            return {State::ReadOnly, latest, probe.error().message};
        storage::clearWritesRefused();
    }
    return {State::Ready, latest, {}};
}

} // namespace eventbook::services
