#pragma once

#include "checkin_service.h"
#include "storage/scan_writer.h"

namespace eventbook::services {

// A scan decided on a ticket's state: the answer (not yet recorded: no scan id, no figures) and the
// write that records it.
struct ScanDecision {
    ScanAnswer answer;
    storage::ScanWrite write;
};
ScanDecision decideScan(const checkin::TicketState &before, checkin::Verdict verdict, const ScanInput &input,
                        qint64 recordedBy);
// A scan refused before any ticket was read: nothing of it is recorded.
ScanAnswer refusal(checkin::Verdict verdict, const ScanInput &input);

} // namespace eventbook::services
