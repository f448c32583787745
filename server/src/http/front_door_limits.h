#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace eventbook::http {

struct FrontDoorLimits {
    qint64 maxHeadBytes = 16 * 1024;
    int headTimeoutMs = 10'000;
    int idleTimeoutMs = 60'000;
    int lingerMs = 2'000;
    // Largest body the route accepts; asked once the head is complete.
    std::function<qint64(const QByteArray &method, const QString &path)> bodyLimit;
};

} // namespace eventbook::http
