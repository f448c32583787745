#pragma once

#include "http_response.h"
#include "responder.h"
#include "stream_sink.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace eventbook::http {

// Runs request work off the main thread (DESIGN.md "Threads"): SQL on the database pool,
// password hashing on a smaller pool of its own, and hands each answer back to the main
// thread by a queued call. Pool threads never expire, so their SQL connections stay warm.
class Executor : public QObject {
    Q_OBJECT
public:
    enum class Pool { Database, Hashing };

    Executor(int databaseThreads, int hashingThreads, QObject *parent = nullptr);
    ~Executor() override;

    void respond(Pool pool, std::shared_ptr<Responder> responder, std::function<HttpResponse()> work);
    // For bodies produced piece by piece: `work` either calls sink.begin() and writes, or
    // returns the whole answer (an error found before the first byte).
    void stream(std::shared_ptr<Responder> responder, std::function<HttpResponse(StreamSink &)> work);
    // Drops queued work and waits (bounded) for running work.
    bool drain(int timeoutMs);
    // True while any request work is queued or running.
    bool busy() const;
    QThreadPool &pool(Pool p) { return p == Pool::Database ? m_database : m_hashing; }

private:
    QThreadPool m_database;
    QThreadPool m_hashing;
    std::atomic<int> m_pending{0}; // request work submitted and not yet finished
};

} // namespace eventbook::http
