#pragma once

#include "controller_context.h"

namespace eventbook::http {

// Tickets and the door's key (issue 19): GET /api/checkin/key (public: what a door device verifies
// tickets with) and GET /api/bookings/:id/ticket.
class TicketController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
