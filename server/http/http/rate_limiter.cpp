#include "rate_limiter.h"

#include "address_group.h"

#include <QHostAddress>
#include <algorithm>
#include <vector>

namespace eventbook::http {

RateLimiter::RateLimiter(std::array<RateRule, kRateScopes> rules, qsizetype maxKeys)
    : m_rules(rules)
    , m_maxKeys(maxKeys) {}

std::array<RateRule, kRateScopes> RateLimiter::defaults() {
    // Check-in: a door scanner reads about one ticket a second; a desk's burst after a queue is
    // bounded by the device limit, a venue's desks behind one address by the checkin limit.
    return {RateRule{100, 15 * 60}, RateRule{10, 60 * 60}, RateRule{50, 60 * 60}, RateRule{20, 15 * 60},
            RateRule{6000, 60},     RateRule{300, 60}};
}

QString RateLimiter::scopeName(RateScope scope) {
    switch (scope) {
    case RateScope::Api:
        return QStringLiteral("api");
    case RateScope::Auth:
        return QStringLiteral("auth");
    case RateScope::Booking:
        return QStringLiteral("booking");
    case RateScope::Checkin:
        return QStringLiteral("checkin");
    case RateScope::Device:
        return QStringLiteral("device");
    case RateScope::Promote:
        return QStringLiteral("promote");
    }
    return {};
}

QByteArray RateLimiter::keyFor(RateScope scope, const QString &clientIp) {
    return char('0' + int(scope)) + addressGroup(QHostAddress(clientIp));
}

RateLimiter::Verdict RateLimiter::hit(RateScope scope, const QString &clientIp, qint64 nowMs) {
    return hitKey(scope, keyFor(scope, clientIp), nowMs);
}

RateLimiter::Verdict RateLimiter::hitKey(RateScope scope, const QByteArray &key, qint64 nowMs) {
    const RateRule &r = rule(scope);
    if (r.count <= 0 || r.seconds <= 0)
        return {};
    if (nowMs >= m_nextSweepMs || m_windows.size() >= m_maxKeys)
        makeRoom(nowMs);
    Window &w = m_windows[key];
    if (nowMs >= w.endMs) {
        w.startMs = nowMs;
        w.endMs = nowMs + qint64(r.seconds) * 1000;
        w.count = 0;
    }
    Verdict v;
    v.limit = r.count;
    v.resetSecs = std::max<qint64>(1, (w.endMs - nowMs + 999) / 1000);
    if (w.count >= r.count) {
        v.allowed = false;
        return v;
    }
    ++w.count;
    v.remaining = r.count - w.count;
    return v;
}

void RateLimiter::makeRoom(qint64 nowMs) {
    m_windows.removeIf([nowMs](const auto &it) { return it.value().endMs <= nowMs; });
    m_nextSweepMs = nowMs + 60'000;
    if (m_windows.size() < m_maxKeys)
        return;
    // Still full of live windows (a flood of distinct addresses): the oldest tenth goes, which
    // lets those addresses start afresh — the cost of a bound, and the least harmful choice.
    std::vector<qint64> starts;
    starts.reserve(size_t(m_windows.size()));
    for (const Window &w : std::as_const(m_windows))
        starts.push_back(w.startMs);
    auto cut = starts.begin() + qsizetype(starts.size() / 10);
    std::nth_element(starts.begin(), cut, starts.end());
    const qint64 oldest = *cut;
    m_windows.removeIf([oldest](const auto &it) { return it.value().startMs <= oldest; });
}

} // namespace eventbook::http
