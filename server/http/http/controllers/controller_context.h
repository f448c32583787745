#pragma once

#include "http/executor.h"
#include "http/page_cache.h"
#include "http/server_counters.h"
#include "http/stored_image_cache.h"
#include "http/router.h"
#include "services/auth_service.h"
#include "services/live_feed.h"
#include "services/mailer.h"
#include "services/password_hasher.h"
#include "services/occupancy_gate.h"
#include "services/ticket_signer.h"

namespace eventbook::storage {
class Database;
}

namespace eventbook::services {
class DoorMemory;
}

namespace eventbook::http {
class DeviceLimiter;

// What controllers need; owned by the server application and outliving every request.
struct ControllerContext {
    storage::Database &database; // opaque here: handed to the services, never used directly
    Executor &executor;
    services::AuthService &auth;
    const services::PasswordHasher &hasher;
    PageCache &pages;
    StoredImageCache &images;
    services::LiveFeed *live; // where committed changes go out to /ws clients
    ServerCounters &counters;
    const services::TicketSigner &tickets;
    services::OccupancyGate &occupancy; // one read of a door's figures for the scans that wait for it
    services::DoorMemory &door;         // tickets and desks' callers as this server last saw them
    DeviceLimiter *devices = nullptr;   // scans per door desk; none when RATE_LIMITS=off
    services::Mailer &mailer;            // the outbox's figures (admin)
    const services::MailerSettings &mail; // PUBLIC_URL and the ids of calendar entries
};

} // namespace eventbook::http
