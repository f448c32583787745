#pragma once

#include "csv_export.h"

namespace eventbook::services {

// An event's scans as CSV, in the order they were recorded, page by page (CsvExport's rules:
// RFC 4180, formula-looking cells neutralised).
class CheckinCsv {
public:
    explicit CheckinCsv(storage::Database &db)
        : m_db(db) {}

    Result<void> checkEvent(qint64 eventId); // NOT_FOUND before the first byte
    Result<void> write(qint64 eventId, const CsvExport::Sink &sink);

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
