#include "image_controller.h"

#include "eventbook/common/validation.h"

#include "http/endpoint.h"
#include "http/page_cache.h"
#include "services/image_store.h"

namespace eventbook::http {

namespace {
HttpResponse imageResponse(const QString &hash, const StoredImageCache::Image &image, const HttpRequest &request) {
    HttpResponse response;
    const QByteArray etag = '"' + hash.toLatin1() + '"';
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (PageCache::matches(request.header("if-none-match"), etag)) {
        response.status = 304;
        return response;
    }
    response.contentType = image.contentType;
    response.body = image.bytes;
    return response;
}

// The path's hash in the one form we name images by; anything else names nothing.
QString hashParam(const HttpRequest &request) {
    const QString hash = request.params.value(QStringLiteral("hash"));
    return validation::isStoredImageHash(hash) ? hash : QString();
}

HttpResponse notFound() {
    return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("Image not found"));
}
} // namespace

void ImageController::registerRoutes(Router &router, ControllerContext &ctx) {
    addCachedEndpoint(
        router, ctx, QStringLiteral("/api/images/:hash"),
        [&ctx](const HttpRequest &request) -> std::optional<HttpResponse> {
            const QString hash = hashParam(request);
            if (hash.isEmpty())
                return notFound();
            const auto image = ctx.images.find(hash);
            return image ? std::optional<HttpResponse>(imageResponse(hash, *image, request)) : std::nullopt;
        },
        [&ctx](Call &c) {
            const QString hash = hashParam(c.request);
            if (hash.isEmpty())
                return notFound();
            auto stored = services::images::load(ctx.database, hash);
            if (!stored)
                return HttpResponse::error(stored.error());
            if (!stored->has_value())
                return notFound();
            const StoredImageCache::Image image{(*stored)->contentType, (*stored)->bytes};
            if ((*stored)->keepable) // an avatar must be gone the moment its account is
                ctx.images.store(hash, image);
            return imageResponse(hash, image, c.request);
        });
}

} // namespace eventbook::http
