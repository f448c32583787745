#pragma once

#include "metrics.h"

#include <atomic>

namespace eventbook::http {

// Process-wide HTTP counters, written on the main thread and read by /metrics and tests.
struct ServerCounters {
    std::atomic<quint64> requests{0};
    std::atomic<quint64> responsesDropped{0}; // the client left before its answer was ready
    std::atomic<quint64> rejectedAtDoor{0};
    std::atomic<quint64> upgrades{0}; // requests handed to the WebSocket layer
    // Counted by each connection's guard, which lives and dies with its socket whoever owns it
    // (QHttpServer drops every signal connection of a socket it upgrades, `destroyed` included).
    std::atomic<qint64> openConnections{0};
    Metrics metrics;   // 408/411/413/431 answered by the front door
};

} // namespace eventbook::http
