#pragma once

#include "controller_context.h"

namespace eventbook::http {

// Roles and event teams: PUT /api/admin/users/:id/role, /api/events/:id/team (organisers and
// staff of an event).
class TeamController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
