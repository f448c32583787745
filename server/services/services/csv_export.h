#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <optional>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// Bookings as CSV (RFC 4180), produced page by page so any number of rows streams in bounded
// memory. Cells a spreadsheet would run as a formula are neutralised.
class CsvExport {
public:
    static constexpr int kPageRows = 500;
    // Receives each piece of the file; returns false to stop (the client went away).
    using Sink = std::function<bool(const QByteArray &)>;

    explicit CsvExport(storage::Database &db)
        : m_db(db) {}

    // NOT_FOUND for an unknown event; call before the first byte is sent.
    Result<void> checkEvent(qint64 eventId);
    // Writes the header and every row. An error after the first piece means a truncated file.
    Result<void> write(std::optional<qint64> eventId, const Sink &sink);

    static QByteArray row(const QStringList &cells);
    // '=', '+', '-', '@', tab and CR at the start of a cell get a leading apostrophe.
    static QString neutralise(const QString &cell);

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
