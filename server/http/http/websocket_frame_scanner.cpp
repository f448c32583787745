#include "websocket_frame_scanner.h"

namespace eventbook::http {

WebSocketFrameScanner::Verdict WebSocketFrameScanner::feed(QByteArrayView bytes) {
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        switch (m_step) {
        case Step::First: // FIN, RSV, opcode: QWebSocket judges those
            ++i;
            m_step = Step::Second;
            break;
        case Step::Second: {
            ++i;
            if (!(byte & 0x80))
                return Verdict::Unmasked;
            const unsigned len7 = byte & 0x7F;
            m_length = 0;
            if (len7 == 126) {
                m_step = Step::Length16;
                m_need = 2;
            } else if (len7 == 127) {
                m_step = Step::Length64;
                m_need = 8;
            } else {
                m_payload = len7;
                m_step = Step::Mask;
                m_need = 4;
            }
            break;
        }
        case Step::Length16:
        case Step::Length64:
            ++i;
            m_length = (m_length << 8) | byte;
            if (--m_need == 0) {
                m_payload = m_length;
                m_step = Step::Mask;
                m_need = 4;
            }
            break;
        case Step::Mask: {
            const qsizetype take = qMin<qsizetype>(m_need, n - i);
            i += take;
            m_need -= int(take);
            if (m_need == 0)
                m_step = Step::Payload;
            break;
        }
        case Step::Payload: {
            const quint64 take = qMin<quint64>(m_payload, quint64(n - i));
            i += qsizetype(take);
            m_payload -= take;
            break;
        }
        }
        if (m_step == Step::Payload && m_payload == 0) {
            ++m_frames;
            m_step = Step::First;
        }
    }
    return Verdict::Ok;
}

} // namespace eventbook::http
