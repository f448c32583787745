// Must compile: the app layer wires every other one (the control for the probes beside it).
#include "http/http_server.h"
#include "realtime/live_hub.h"
#include "services/auth_service.h"
#include "storage/database.h"
