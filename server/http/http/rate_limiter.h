#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <array>

namespace eventbook::http {

// Checkin: a venue's door desks (redeem and batch, per address, instead of Api); Device: one
// desk (per account and deviceId, counted by the check-in controller).
enum class RateScope { Api, Auth, Booking, Promote, Checkin, Device };
inline constexpr int kRateScopes = 6;

struct RateRule {
    int count = 0;
    int seconds = 0;
};

// Fixed-window counters per client address and scope (API.md "Limits and headers"). Memory is
// bounded however many addresses arrive: windows that ended are swept out, and past `maxKeys`
// the oldest windows go first. IPv6 clients are counted per /64, the block one subscriber gets.
// Main thread only.
class RateLimiter {
public:
    struct Verdict {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetSecs = 0; // until the window ends
    };

    explicit RateLimiter(std::array<RateRule, kRateScopes> rules, qsizetype maxKeys = 200'000);

    Verdict hit(RateScope scope, const QString &clientIp, qint64 nowMs);
    // The same for a key that is not an address.
    Verdict hitKey(RateScope scope, const QByteArray &key, qint64 nowMs);
    const RateRule &rule(RateScope scope) const { return m_rules[size_t(scope)]; }
    qsizetype size() const { return m_windows.size(); }

    static QString scopeName(RateScope scope);
    static std::array<RateRule, kRateScopes> defaults();

private:
    struct Window {
        qint64 startMs = 0;
        qint64 endMs = 0;
        int count = 0;
    };
    static QByteArray keyFor(RateScope scope, const QString &clientIp);
    void makeRoom(qint64 nowMs);

    std::array<RateRule, kRateScopes> m_rules;
    qsizetype m_maxKeys;
    QHash<QByteArray, Window> m_windows;
    qint64 m_nextSweepMs = 0;
};

} // namespace eventbook::http
