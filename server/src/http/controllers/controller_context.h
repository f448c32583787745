#pragma once

#include "http/executor.h"
#include "http/router.h"
#include "services/auth_service.h"
#include "storage/database.h"

namespace eventbook::http {

// What controllers need; owned by the server application and outliving every request.
struct ControllerContext {
    storage::Database &database;
    Executor &executor;
    services::AuthService &auth;
};

} // namespace eventbook::http
