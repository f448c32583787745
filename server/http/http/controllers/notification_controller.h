#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /api/notifications: the signed-in user's inbox.
class NotificationController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
