#include "router.h"

namespace eventbook::http {

static QStringList splitPath(const QString &path) {
    QStringList parts = path.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    if (!parts.isEmpty() && parts.last().isEmpty()) // one trailing slash is tolerated
        parts.removeLast();
    return parts;
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, qint64 bodyLimit) {
    m_routes.push_back(Route{method, pattern, splitPath(pattern), std::move(handler), bodyLimit});
}

const Router::Route *Router::match(const QByteArray &method, const QString &path,
                                   QHash<QString, QString> &params) const {
    const QByteArray wanted = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    const QStringList parts = splitPath(path);
    for (const Route &route : m_routes) {
        if (route.method != wanted || route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> found;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(QLatin1Char(':')))
                found.insert(seg.mid(1), parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (ok) {
            params = std::move(found);
            return &route;
        }
    }
    return nullptr;
}

qint64 Router::bodyLimit(const QByteArray &method, const QString &path) const {
    QHash<QString, QString> ignored;
    const Route *r = match(method, path, ignored);
    return r ? r->bodyLimit : kDefaultBodyLimit;
}

} // namespace eventbook::http
