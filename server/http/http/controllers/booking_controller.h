#pragma once

#include "controller_context.h"

namespace eventbook::http {

// Booking and cancelling, my bookings, an event's bookings and the CSV export.
class BookingController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
