#pragma once

#include <QWebSocket>
#include <memory>

namespace eventbook::realtime {

// Where the upgraded /ws sockets come from. The HTTP layer implements it (the app wires the two),
// so the live hub takes sockets without depending on the HTTP server.
class SocketSource {
public:
    virtual ~SocketSource() = default;
    virtual bool hasPendingSocket() const = 0;
    virtual std::unique_ptr<QWebSocket> nextPendingSocket() = 0;
};

} // namespace eventbook::realtime
