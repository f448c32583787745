#pragma once

#include "http_response.h"

#include <QByteArray>
#include <QSemaphore>
#include <atomic>
#include <functional>
#include <memory>

namespace eventbook::http {

class Responder;

// The pool-thread end of a streamed response. write() blocks while the client is behind
// (a few pieces in flight at most), so a slow reader holds the producer back instead of
// growing the server's memory; it returns false once the client has gone or stalled.
class StreamSink {
public:
    static constexpr int kPiecesInFlight = 4;
    static constexpr int kStallTimeoutMs = 30'000;

    StreamSink(QObject *mainThreadContext, std::shared_ptr<Responder> responder);

    void begin(const HttpResponse &head);
    bool write(const QByteArray &data);
    bool begun() const { return m_begun; }

private:
    struct Shared {
        QSemaphore credits{kPiecesInFlight};
        std::atomic<bool> gone{false};
    };
    QObject *m_context;
    std::shared_ptr<Responder> m_responder;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    bool m_begun = false;
};

} // namespace eventbook::http
