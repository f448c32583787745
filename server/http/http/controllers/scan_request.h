#pragma once

#include "eventbook/common/result.h"
#include "services/checkin_service.h"

#include <QJsonObject>

namespace eventbook::http {

inline constexpr int kMaxBatchScans = 1000;

// A redeem body {secret | bookingId, nonce, deviceId, at?, direction?, eventId?} as a scan; every
// field checked (VALIDATION_ERROR naming the field). `at` defaults to now and may not lie in the
// future (beyond five minutes of clock skew) or more than a year back.
Result<services::ScanInput> readScan(const QJsonObject &body, qint64 nowMs);

// A batch body {deviceId, eventId, scans: [{secret | bookingId, nonce, at, direction?, admitted?}]}:
// `admitted` marks a scan the desk decided offline. Items take the batch's device and event.
Result<QList<services::ScanInput>> readBatch(const QJsonObject &body, qint64 nowMs);

} // namespace eventbook::http
