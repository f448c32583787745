#include "request_policy.h"

#include "eventbook/common/validation.h"

#include "wire_headers.h"

#include <QRegularExpression>

namespace eventbook::http {
namespace {
QString normalised(const QHostAddress &address) {
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

RequestPolicy::RequestPolicy(Settings settings)
    : m_settings(std::move(settings))
    , m_cors(m_settings.allowedOrigins)
    , m_limiter(m_settings.rules)
    , m_securityHeaders(http::securityHeaders(m_settings.cspExtraOrigins, m_settings.hsts)) {}

QString RequestPolicy::clientIp(const QHostAddress &peer, const QByteArray &forwardedFor) const {
    return normalised(m_settings.trustedProxies.client(peer, forwardedFor));
}

QList<RateScope> RequestPolicy::scopesFor(const HttpRequest &r) const {
    // Joining and leaving a waiting list count as booking does.
    static const QRegularExpression booking(QStringLiteral("^/api/events/[^/]+/(book|waitlist)/?$"));
    // Every grant of rights counts against the same scope: promotion, any role, a place on a team.
    static const QRegularExpression promote(QStringLiteral("^/api/admin/users/[^/]+/promote/?$"));
    static const QRegularExpression role(QStringLiteral("^/api/admin/users/[^/]+/role/?$"));
    static const QRegularExpression team(QStringLiteral("^/api/events/[^/]+/team/?$"));
    static const QRegularExpression door(QStringLiteral("^/api/checkin/(redeem|batch)/?$"));
    QList<RateScope> scopes;
    if (!r.path.startsWith(QLatin1StringView("/api/")) || r.method == "OPTIONS")
        return scopes;
    // Stored images are static content named by their hash (a list page names six): like the
    // page that names them, they are not counted against the API's budget.
    if (r.method == "GET" && r.path.startsWith(validation::kStoredImagePrefix))
        return scopes;
    if (r.path.startsWith(QLatin1StringView("/api/auth/")))
        scopes.append(RateScope::Auth);
    if ((r.method == "POST" || r.method == "DELETE") && booking.match(r.path).hasMatch())
        scopes.append(RateScope::Booking);
    if ((r.method == "POST" && (promote.match(r.path).hasMatch() || team.match(r.path).hasMatch())) ||
        (r.method == "PUT" && role.match(r.path).hasMatch()))
        scopes.append(RateScope::Promote);
    // A door serves hundreds of people an hour from one address: its scans have their own
    // limits (this one per address, RateScope::Device per desk) instead of the API's.
    if (r.method == "POST" && door.match(r.path).hasMatch()) {
        scopes.append(RateScope::Checkin);
        return scopes;
    }
    scopes.append(RateScope::Api);
    return scopes;
}

std::optional<HttpResponse> RequestPolicy::admit(const HttpRequest &r, QList<QPair<QByteArray, QByteArray>> &headers,
                                                 qint64 nowMs) {
    const QByteArray origin = r.header("origin");
    headers += m_cors.headersFor(origin);
    if (r.method == "OPTIONS" && !r.header("access-control-request-method").isEmpty()) {
        if (!m_cors.allows(origin)) {
            return HttpResponse::error(ErrorCode::Forbidden,
                                       m_cors.enabled()
                                           ? QStringLiteral("Origin not allowed (ALLOWED_ORIGINS)")
                                           : QStringLiteral("Cross-origin requests are not enabled"));
        }
        HttpResponse preflight;
        preflight.status = 204;
        preflight.contentType.clear();
        const auto cors = m_cors.preflightHeaders(origin);
        for (const auto &h : cors) {
            if (!headers.contains(h))
                headers.append(h);
        }
        return preflight;
    }
    if (!m_settings.rateLimits)
        return std::nullopt;
    std::optional<RateLimiter::Verdict> tightest;
    for (RateScope scope : scopesFor(r)) {
        const RateLimiter::Verdict v = m_limiter.hit(scope, r.clientIp, nowMs);
        if (v.limit == 0)
            continue;
        if (!v.allowed) {
            headers.append(Header{"RateLimit-Limit", QByteArray::number(v.limit)});
            headers.append(Header{"RateLimit-Remaining", "0"});
            headers.append(Header{"RateLimit-Reset", QByteArray::number(v.resetSecs)});
            headers.append(Header{"Retry-After", QByteArray::number(v.resetSecs)});
            return HttpResponse::error(
                ErrorCode::RateLimited,
                QStringLiteral("Too many requests (%1 limit); try again in %2 s")
                    .arg(RateLimiter::scopeName(scope))
                    .arg(v.resetSecs));
        }
        if (!tightest || v.remaining < tightest->remaining)
            tightest = v;
    }
    if (tightest) {
        headers.append(Header{"RateLimit-Limit", QByteArray::number(tightest->limit)});
        headers.append(Header{"RateLimit-Remaining", QByteArray::number(tightest->remaining)});
        headers.append(Header{"RateLimit-Reset", QByteArray::number(tightest->resetSecs)});
    }
    return std::nullopt;
}

} // namespace eventbook::http
