#include "cors_policy.h"

namespace eventbook::http {

CorsPolicy::CorsPolicy(QStringList allowedOrigins) {
    for (QString origin : allowedOrigins) {
        origin = origin.trimmed();
        while (origin.endsWith(QLatin1Char('/')))
            origin.chop(1);
        if (origin == QLatin1StringView("*"))
            m_any = true;
        else if (!origin.isEmpty())
            m_origins.append(origin.toLower().toUtf8());
    }
    if (m_any)
        m_origins.append("*");
}

bool CorsPolicy::allows(const QByteArray &origin) const {
    if (origin.isEmpty() || origin == "null")
        return false;
    return m_any || m_origins.contains(origin.toLower());
}

QList<QPair<QByteArray, QByteArray>> CorsPolicy::headersFor(const QByteArray &origin) const {
    if (!enabled())
        return {};
    QList<QPair<QByteArray, QByteArray>> out{{"Vary", "Origin"}};
    if (allows(origin)) {
        out.append(Header{"Access-Control-Allow-Origin", origin});
        out.append(Header{"Access-Control-Expose-Headers",
                    "ETag, X-Request-Id, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset"});
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> CorsPolicy::preflightHeaders(const QByteArray &origin) const {
    QList<QPair<QByteArray, QByteArray>> out = headersFor(origin);
    out.append(Header{"Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE"});
    out.append(Header{"Access-Control-Allow-Headers", "Authorization, Content-Type, If-None-Match, X-Request-Id"});
    out.append(Header{"Access-Control-Max-Age", "600"});
    return out;
}

} // namespace eventbook::http
