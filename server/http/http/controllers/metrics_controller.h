#pragma once

#include "http/metrics.h"
#include "http/router.h"

#include <functional>

namespace eventbook::http {

// GET /metrics: Prometheus text for loopback clients, or for anyone presenting METRICS_TOKEN as
// a bearer token when one is set (API.md "Health and operations").
class MetricsController {
public:
    static void registerRoutes(Router &router, const Metrics &metrics, std::function<MetricsGauges()> gauges,
                               QByteArray token);
};

} // namespace eventbook::http
