#pragma once

#include "controller_context.h"

namespace eventbook::http {

// Data export and anonymisation: /api/profile/export, /api/profile/anonymise and the admin's
// /api/admin/users/:id/export and /anonymise.
class PrivacyController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
