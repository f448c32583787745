#pragma once

#include "cors_policy.h"
#include "http_request.h"
#include "http_response.h"
#include "proxy_trust.h"
#include "rate_limiter.h"

#include <QHostAddress>
#include <optional>

namespace eventbook::http {

// What applies to every request before it is routed (API.md "Limits and headers"): who the
// client is (X-Forwarded-For only behind a trusted proxy), CORS (preflights are answered here),
// and the per-address rate limits.
class RequestPolicy {
public:
    struct Settings {
        ProxyTrust trustedProxies;
        bool rateLimits = true;
        std::array<RateRule, kRateScopes> rules = RateLimiter::defaults();
        QStringList allowedOrigins;
        QStringList cspExtraOrigins;
        bool hsts = false; // serving TLS
    };
    explicit RequestPolicy(Settings settings);

    QString clientIp(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    // Headers the answer gets whatever it is; an answer when the request ends here (a
    // preflight, or 429).
    std::optional<HttpResponse> admit(const HttpRequest &request, QList<QPair<QByteArray, QByteArray>> &headers,
                                      qint64 nowMs);
    const RateLimiter &limiter() const { return m_limiter; }
    const QByteArray &securityHeaders() const { return m_securityHeaders; }

private:
    QList<RateScope> scopesFor(const HttpRequest &request) const;

    Settings m_settings;
    CorsPolicy m_cors;
    RateLimiter m_limiter;
    QByteArray m_securityHeaders;
};

} // namespace eventbook::http
