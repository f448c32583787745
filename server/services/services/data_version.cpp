#include "data_version.h"

#include "storage/database.h"

namespace eventbook::services {

Result<QByteArray> DataVersion::current() {
    return m_db.withRetry([this] { return m_db.dataVersion(); });
}

std::optional<QByteArray> DataVersion::local() {
    return m_db.localDataVersion();
}

} // namespace eventbook::services
