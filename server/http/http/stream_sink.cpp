#include "stream_sink.h"

#include "responder.h"

namespace eventbook::http {

StreamSink::StreamSink(QObject *mainThreadContext, std::shared_ptr<Responder> responder)
    : m_context(mainThreadContext)
    , m_responder(std::move(responder)) {}

void StreamSink::begin(const HttpResponse &head) {
    m_begun = true;
    QMetaObject::invokeMethod(
        m_context,
        [responder = m_responder, shared = m_shared, head]() {
            if (!responder->beginStream(head))
                shared->gone = true;
        },
        Qt::QueuedConnection);
}

bool StreamSink::write(const QByteArray &data) {
    if (m_shared->gone)
        return false;
    if (!m_shared->credits.tryAcquire(1, kStallTimeoutMs)) {
        m_shared->gone = true;
        return false;
    }
    QMetaObject::invokeMethod(
        m_context,
        [responder = m_responder, shared = m_shared, data]() {
            const bool alive = responder->writeChunk(data, [shared] { shared->credits.release(); });
            if (!alive)
                shared->gone = true;
        },
        Qt::QueuedConnection);
    return !m_shared->gone;
}

} // namespace eventbook::http
