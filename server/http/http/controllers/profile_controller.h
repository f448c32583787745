#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /api/profile: the signed-in user's own account.
class ProfileController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
