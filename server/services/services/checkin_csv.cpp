#include "checkin_csv.h"

#include "eventbook/common/codecs.h"
#include "storage/checkin_repository.h"
#include "storage/event_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;

Result<void> CheckinCsv::checkEvent(qint64 eventId) {
    return CsvExport(m_db).checkEvent(eventId);
}

Result<void> CheckinCsv::write(qint64 eventId, const CsvExport::Sink &sink) {
    if (!sink(CsvExport::row({QStringLiteral("scanId"), QStringLiteral("recordedAt"), QStringLiteral("scannedAt"),
                              QStringLiteral("bookingId"), QStringLiteral("holder"), QStringLiteral("direction"),
                              QStringLiteral("result"), QStringLiteral("deviceId"), QStringLiteral("offline"),
                              QStringLiteral("recordedBy")})))
        return {};
    qint64 after = 0;
    for (;;) {
        auto page = m_db.withRetry(
            [&] { return CheckinRepository(m_db).scanPage(eventId, after, CsvExport::kPageRows); });
        if (!page)
            return page.error();
        QByteArray piece;
        for (const checkin::Scan &s : std::as_const(*page)) {
            piece += CsvExport::row({QString::number(s.id), codec::formatTime(s.recordedAt),
                                     codec::formatTime(s.scannedAt), QString::number(s.bookingId), s.holder,
                                     checkin::directionName(s.direction), checkin::verdictName(s.verdict),
                                     s.deviceId, s.offline ? QStringLiteral("yes") : QStringLiteral("no"),
                                     s.recorderName});
            after = s.id;
        }
        if (!piece.isEmpty() && !sink(piece))
            return {};
        if (page->size() < CsvExport::kPageRows)
            return {};
    }
}

} // namespace eventbook::services
