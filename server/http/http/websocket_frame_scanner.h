#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace eventbook::http {

// Follows the frame boundaries of a client's WebSocket byte stream without copying it, to find
// what QWebSocket 6.4 lets through: a client frame without a mask (RFC 6455 §5.1: the server
// must close the connection). Fed every byte once, in order, in pieces of any size.
class WebSocketFrameScanner {
public:
    enum class Verdict { Ok, Unmasked };

    Verdict feed(QByteArrayView bytes);
    qint64 framesSeen() const { return m_frames; }

private:
    enum class Step { First, Second, Length16, Length64, Mask, Payload };
    Step m_step = Step::First;
    int m_need = 0;          // bytes still to read of the extended length or the mask
    quint64 m_length = 0;    // extended length being assembled
    quint64 m_payload = 0;   // payload bytes still to skip
    qint64 m_frames = 0;
};

} // namespace eventbook::http
