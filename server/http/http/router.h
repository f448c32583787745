#pragma once

#include "http_request.h"
#include "responder.h"

#include <functional>
#include <memory>

namespace eventbook::http {

inline constexpr qint64 kDefaultBodyLimit = 1024 * 1024;
inline constexpr qint64 kImageBodyLimit = 3 * 1024 * 1024;

// Method + path pattern ("/api/events/:id") → handler. Also answers the front door's question
// "how large may this request's body be" before the body is read.
class Router {
public:
    using Handler = std::function<void(HttpRequest &, const std::shared_ptr<Responder> &)>;

    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        qint64 bodyLimit = kDefaultBodyLimit;
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             qint64 bodyLimit = kDefaultBodyLimit);
    // HEAD is served by the GET route.
    const Route *match(const QByteArray &method, const QString &path, QHash<QString, QString> &params) const;
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;
    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace eventbook::http
