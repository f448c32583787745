#pragma once

#include "controller_context.h"

namespace eventbook::http {

// The waiting list (API.md "Waiting list"): POST/DELETE /api/events/:id/waitlist (join, leave),
// GET /api/waitlist/my, GET /api/events/:id/waitlist (the event's organisers and admins).
class WaitlistController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
