#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /api/admin/*: dashboard figures, users and roles, the audit log and notifications.
class AdminController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
