#pragma once

#include "controller_context.h"

namespace eventbook::http {

// GET /api/images/<hash>: the images events and avatars name by URL (issue 22), with their type,
// a strong ETag (the hash), a year's immutable caching and 304 on If-None-Match. Answered on the
// main thread from memory once read.
class ImageController {
public:
    static void registerRoutes(Router &router, ControllerContext &ctx);
};

} // namespace eventbook::http
