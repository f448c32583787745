#pragma once

#include <QMetaMethod>
#include <QIODevice>
#include <functional>

namespace eventbook::http {

// A QTcpSocket or QSslSocket that tells its ConnectionGuard when its readyRead connections are
// cut. QAbstractHttpServer cuts them all when it hands a WebSocket handshake to QWebSocketServer;
// the guard connects again at that moment, so it still reads every byte before QWebSocket does
// (the frame checks QWebSocket 6.4 lacks).
template <class Socket>
class GuardedSocket : public Socket {
public:
    using Socket::Socket;
    void onReadyReadCut(std::function<void()> hook) { m_hook = std::move(hook); }

protected:
    void disconnectNotify(const QMetaMethod &signal) override {
        Socket::disconnectNotify(signal);
        if (m_hook && (!signal.isValid() || signal == QMetaMethod::fromSignal(&QIODevice::readyRead)))
            m_hook();
    }

private:
    std::function<void()> m_hook;
};

} // namespace eventbook::http
