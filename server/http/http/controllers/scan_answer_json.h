#pragma once

#include "services/checkin_service.h"

#include <QJsonObject>

namespace eventbook::http {

// A door's answer (API.md "Check-in"): {result, admitted, message, replayed, nonce, deviceId,
// direction, at, eventId, bookingId?, holder?, recordedAt?, previous?, ticket?, occupancy?}.
// The holder's name only for a genuine ticket of the desk's event.
QJsonObject scanAnswerJson(const services::ScanAnswer &answer);
// The sentence a desk shows.
QString scanMessage(const services::ScanAnswer &answer);

} // namespace eventbook::http
