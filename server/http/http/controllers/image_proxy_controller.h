#pragma once

#include "http/image_fetch.h"
#include "http/router.h"

namespace eventbook::http {

// GET /api/image-proxy?url=: fetches an image for display under ImageFetch's rules. Fetches
// are children of `owner`, which the server deletes first when it stops (each still open then
// answers 503).
class ImageProxyController {
public:
    static void registerRoutes(Router &router, ImageFetchSettings settings, QObject *owner);
};

} // namespace eventbook::http
