#pragma once

#include "eventbook/common/domain.h"

#include <QJsonObject>

// The waiting list's wire shape (API.md "Waiting list"), written by the server and read by the app.
namespace eventbook::codec {

// {id, eventId, position, joinedAt} with userId, name and email for the organisers' queue, and
// the event for "my positions".
QJsonObject waitlistEntry(const WaitlistEntry &w);
WaitlistEntry waitlistEntryFromJson(const QJsonObject &o);

} // namespace eventbook::codec
