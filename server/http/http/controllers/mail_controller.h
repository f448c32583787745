#pragma once

#include "controller_context.h"

namespace eventbook::http {

// Mail settings and the outbox (issue 21): GET/PUT /api/profile/mail, POST
// /api/profile/calendar-feed/reset, the unsubscribe links (GET shows a page with a button, POST
// is RFC 8058's one-click), and GET /api/admin/mail (figures and the latest mails).
class MailController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
