#include "csv_export.h"

#include "storage/database.h"
#include "eventbook/common/codecs.h"
#include "storage/booking_repository.h"
#include "storage/event_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;

QString CsvExport::neutralise(const QString &cell) {
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray CsvExport::row(const QStringList &cells) {
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString cell = neutralise(cells.at(i));
        const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                           cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                           cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
        if (quote) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += cell.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

Result<void> CsvExport::checkEvent(qint64 eventId) {
    auto found = m_db.withRetry([&] { return EventRepository(m_db).get(eventId); });
    if (!found)
        return found.error();
    return {};
}

Result<void> CsvExport::write(std::optional<qint64> eventId, const Sink &sink) {
    if (!sink(row({QStringLiteral("bookingId"), QStringLiteral("eventId"), QStringLiteral("eventTitle"),
                   QStringLiteral("eventDate"), QStringLiteral("userId"), QStringLiteral("userName"),
                   QStringLiteral("userEmail"), QStringLiteral("status"), QStringLiteral("bookedAt"),
                   QStringLiteral("cancelledAt")})))
        return {};
    qint64 after = 0;
    for (;;) {
        auto page =
            m_db.withRetry([&] { return BookingRepository(m_db).exportPage(eventId, after, kPageRows); });
        if (!page)
            return page.error();
        if (page->isEmpty())
            return {};
        QByteArray chunk;
        for (const BookingExportRow &r : *page) {
            const Booking &b = r.booking;
            chunk += row({QString::number(b.id), QString::number(b.eventId), r.eventTitle,
                          codec::formatTime(r.eventDate), QString::number(b.userId), r.userName, r.userEmail,
                          codec::bookingStatusName(b.status), codec::formatTime(b.createdAt),
                          b.cancelledAt ? codec::formatTime(*b.cancelledAt) : QString()});
        }
        after = page->last().booking.id;
        if (!sink(chunk))
            return {};
        if (page->size() < kPageRows)
            return {};
    }
}

} // namespace eventbook::services
