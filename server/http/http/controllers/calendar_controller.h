#pragma once

#include "controller_context.h"

namespace eventbook::http {

// Calendar files (issue 21): GET /api/events/:id/calendar.ics (public), GET
// /api/bookings/:id/calendar.ics (the holder's entry) and GET /api/calendar/feed/<secret>.ics (a
// personal feed for calendar applications; the secret is the only key, revocable from Profile).
class CalendarController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
