#pragma once

#include "controller_context.h"

namespace eventbook::http {

// The door (issue 19, API.md "Check-in"): POST /api/checkin/redeem and /api/checkin/batch for
// staff, organisers and admins on their events; per event GET …/checkin (occupancy and
// conflicts), …/checkin/manifest (the offline desk's download), …/checkin/search (a ticket left
// at home) and …/checkin/scans.csv (organisers).
class CheckinController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
