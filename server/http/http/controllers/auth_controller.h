#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /api/auth/*: register, login, refresh, logout, me.
class AuthController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
