#include "device_limiter.h"

namespace eventbook::http {
namespace {
std::array<RateRule, kRateScopes> deviceOnly(RateRule rule) {
    std::array<RateRule, kRateScopes> rules{};
    rules[size_t(RateScope::Device)] = rule;
    return rules;
}
} // namespace

DeviceLimiter::DeviceLimiter(RateRule rule)
    : m_limiter(deviceOnly(rule), 50'000) {}

Result<void> DeviceLimiter::hit(qint64 userId, const QString &deviceId, qint64 nowMs) {
    const QByteArray key = QByteArray::number(userId) + '/' + deviceId.toUtf8();
    QMutexLocker lock(&m_mutex);
    const RateLimiter::Verdict v = m_limiter.hitKey(RateScope::Device, key, nowMs);
    if (v.allowed)
        return {};
    return Error::make(ErrorCode::RateLimited,
                       QStringLiteral("This desk is scanning faster than allowed; try again in %1 s").arg(v.resetSecs));
}

} // namespace eventbook::http
