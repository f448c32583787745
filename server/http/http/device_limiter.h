#pragma once

#include "eventbook/common/result.h"
#include "rate_limiter.h"

#include <QMutex>

namespace eventbook::http {

// RateScope::Device: scans per door desk (an account and the deviceId it sends), counted on the
// pool threads that read the body, where the desk is first known. Thread-safe.
class DeviceLimiter {
public:
    explicit DeviceLimiter(RateRule rule);
    // RATE_LIMITED (with when to retry) once the desk has used its window.
    Result<void> hit(qint64 userId, const QString &deviceId, qint64 nowMs);

private:
    QMutex m_mutex;
    RateLimiter m_limiter;
};

} // namespace eventbook::http
