#pragma once

#include "controller_context.h"

namespace eventbook::http {

// /healthz (the process is up), /readyz (the database answers and the schema is current) and
// /api/openapi.yaml (the contract, embedded at build time).
class HealthController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
