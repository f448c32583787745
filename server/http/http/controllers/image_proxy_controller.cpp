#include "image_proxy_controller.h"

namespace eventbook::http {

void ImageProxyController::registerRoutes(Router &router, ImageFetchSettings settings, QObject *owner) {
    router.add("GET", QStringLiteral("/api/image-proxy"),
               [settings = std::move(settings), owner](HttpRequest &request, const std::shared_ptr<Responder> &r) {
                   const QString raw = request.queryValue(QStringLiteral("url")).trimmed();
                   if (raw.isEmpty()) {
                       r->send(HttpResponse::error(ErrorCode::ValidationError,
                                                   QStringLiteral("url is required: the image's http(s) address")));
                       return;
                   }
                   if (raw.size() > 2048) {
                       r->send(HttpResponse::error(ErrorCode::ValidationError,
                                                   QStringLiteral("url must be at most 2048 characters")));
                       return;
                   }
                   const QUrl url(raw, QUrl::StrictMode);
                   auto *fetch = new ImageFetch(
                       url, settings, [r](const HttpResponse &answer) { r->send(answer); }, owner);
                   fetch->start();
               });
}

} // namespace eventbook::http
