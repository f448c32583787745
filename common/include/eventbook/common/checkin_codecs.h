#pragma once

#include "eventbook/common/checkin.h"

#include <QJsonObject>

// The check-in wire shapes (API.md "Check-in"), written by the server and read by the desk.
namespace eventbook::codec {

// {bookingId, eventId, holder, status, entries, inside, checkedIn, firstAt, lastAt, lastDeviceId, conflict}
QJsonObject ticketState(const checkin::TicketState &t);
checkin::TicketState ticketStateFromJson(const QJsonObject &o);
// {eventId, tickets, checkedIn, present, conflicts, scans}
QJsonObject occupancy(const checkin::Occupancy &o);
checkin::Occupancy occupancyFromJson(const QJsonObject &o);

} // namespace eventbook::codec
