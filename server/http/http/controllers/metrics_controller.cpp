#include "metrics_controller.h"

#include <QHostAddress>

namespace eventbook::http {
namespace {
bool sameSecret(const QByteArray &a, const QByteArray &b) {
    // Constant time in the content: a guess learns nothing from how long the refusal took.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

void MetricsController::registerRoutes(Router &router, const Metrics &metrics, std::function<MetricsGauges()> gauges,
                                       QByteArray token) {
    router.add("GET", QStringLiteral("/metrics"),
               [&metrics, gauges = std::move(gauges), token = std::move(token)](
                   HttpRequest &request, const std::shared_ptr<Responder> &r) {
                   const bool loopback = QHostAddress(request.clientIp).isLoopback();
                   const QByteArray presented = request.header("authorization");
                   const bool tokenOk = !token.isEmpty() && presented.startsWith("Bearer ") &&
                                        sameSecret(presented.mid(7).trimmed(), token);
                   if (!loopback && !tokenOk) {
                       r->send(HttpResponse::error(
                           token.isEmpty() ? ErrorCode::Forbidden : ErrorCode::Unauthorized,
                           token.isEmpty() ? QStringLiteral("Metrics are served to loopback clients only")
                                           : QStringLiteral("Metrics need the METRICS_TOKEN bearer token")));
                       return;
                   }
                   HttpResponse response;
                   response.contentType = "text/plain; version=0.0.4; charset=utf-8";
                   response.body = metrics.render(gauges());
                   response.setHeader("Cache-Control", "no-store");
                   r->send(response);
               });
}

} // namespace eventbook::http
