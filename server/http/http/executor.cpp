#include "executor.h"

#include "compression.h"

#include <QLoggingCategory>
#include <exception>

Q_LOGGING_CATEGORY(lcExecutor, "eventbook.server.executor")

namespace eventbook::http {

Executor::Executor(int databaseThreads, int hashingThreads, QObject *parent)
    : QObject(parent) {
    m_database.setMaxThreadCount(databaseThreads);
    m_database.setExpiryTimeout(-1);
    m_hashing.setMaxThreadCount(hashingThreads);
    m_hashing.setExpiryTimeout(-1);
}

Executor::~Executor() {
    drain(30000);
}

bool Executor::drain(int timeoutMs) {
    m_database.clear();
    m_hashing.clear();
    const bool a = m_database.waitForDone(timeoutMs);
    const bool b = m_hashing.waitForDone(timeoutMs);
    return a && b;
}

bool Executor::busy() const {
    return m_pending.load() > 0;
}

void Executor::respond(Pool p, std::shared_ptr<Responder> responder, std::function<HttpResponse()> work) {
    ++m_pending;
    pool(p).start([this, responder = std::move(responder), work = std::move(work)]() mutable {
        HttpResponse response;
        try {
            response = work();
        } catch (const std::exception &e) {
            qCCritical(lcExecutor, "request failed: %s", e.what());
            response = HttpResponse::error(ErrorCode::Internal, QStringLiteral("Internal server error"));
        }
        encodeForClient(response, responder->acceptsGzip()); // here, not on the main thread
        // The responder travels back with the answer, so its last reference (and its QPointer)
        // is released on the main thread.
        QMetaObject::invokeMethod(
            this,
            [this, responder = std::move(responder), response = std::move(response)]() {
                responder->send(response);
                --m_pending; // only now is the request done: stop() waits for this
            },
            Qt::QueuedConnection);
    });
}

void Executor::stream(std::shared_ptr<Responder> responder, std::function<HttpResponse(StreamSink &)> work) {
    ++m_pending;
    m_database.start([this, responder = std::move(responder), work = std::move(work)]() mutable {
        StreamSink sink(this, responder);
        HttpResponse response;
        bool failed = false;
        try {
            response = work(sink);
        } catch (const std::exception &e) {
            qCCritical(lcExecutor, "stream failed: %s", e.what());
            response = HttpResponse::error(ErrorCode::Internal, QStringLiteral("Internal server error"));
            failed = true;
        }
        // Queued after every piece the sink posted, so the end follows the last piece.
        QMetaObject::invokeMethod(
            this,
            [this, responder = std::move(responder), response = std::move(response), begun = sink.begun(),
             failed]() {
                if (begun)
                    responder->endStream(!failed && response.status < 400);
                else
                    responder->send(response);
                --m_pending;
            },
            Qt::QueuedConnection);
    });
}

} // namespace eventbook::http
