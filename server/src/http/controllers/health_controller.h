#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /healthz (the process is up) and /readyz (the database answers and the schema is current).
class HealthController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
