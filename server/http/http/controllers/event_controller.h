#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /api/events and /api/events/:id: the cached public list and details, and the admin's writes.
class EventController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
