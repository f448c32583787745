#include "event_bus.h"

#include "storage/pg_listener.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSemaphore>

Q_LOGGING_CATEGORY(lcBus, "eventbook.realtime.bus")

namespace eventbook::realtime {

EventBus::EventBus(storage::Dialect dialect, QObject *parent)
    : QObject(parent)
    , m_dialect(dialect) {
    m_thread.setObjectName(QStringLiteral("pg-listen"));
}

EventBus::~EventBus() {
    stop();
}

void EventBus::start(const storage::DatabaseConfig &config, int checkIntervalMs, storage::Database *pages) {
    if (m_dialect != storage::Dialect::Postgres || m_listener)
        return;
    m_listener = new storage::PgListener(config, checkIntervalMs, pages);
    m_listener->moveToThread(&m_thread);
    connect(m_listener, &storage::PgListener::notified, this, &EventBus::onPayload);
    connect(m_listener, &storage::PgListener::listening, this, [this](bool recovered) {
        m_listening = true;
        if (recovered)
            Q_EMIT resync();
        Q_EMIT listening();
    });
    connect(m_listener, &storage::PgListener::lost, this, [this] { m_listening = false; });
    connect(&m_thread, &QThread::started, m_listener, &storage::PgListener::begin);
    m_thread.start();
    QSemaphore *firstAttempt = m_listener->firstAttempt();
    if (!firstAttempt->tryAcquire(1, 10'000))
        qCWarning(lcBus, "LISTEN is not in place yet; live updates start when it is");
    // The first `listening` is queued behind this call; take it now.
    QCoreApplication::sendPostedEvents(this);
}

void EventBus::stop() {
    if (!m_listener)
        return;
    QMetaObject::invokeMethod(m_listener, &storage::PgListener::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_listener;
    m_listener = nullptr;
}

Result<void> EventBus::stage(storage::Database &db, const services::LiveEvent &event) {
    if (m_dialect != storage::Dialect::Postgres)
        return {};
    return storage::PgListener::publish(db, services::encodeLiveEvent(event));
}

Result<void> EventBus::stageAll(storage::Database &db, const QList<services::LiveEvent> &events) {
    if (m_dialect != storage::Dialect::Postgres || events.isEmpty())
        return {};
    QList<QByteArray> payloads;
    payloads.reserve(events.size());
    for (const services::LiveEvent &e : events)
        payloads.append(services::encodeLiveEvent(e));
    return storage::PgListener::publishAll(db, payloads);
}

void EventBus::committed(const QList<services::LiveEvent> &events) {
    if (m_dialect == storage::Dialect::Postgres)
        return; // LISTEN brings them back, to this instance as to the others
    QMetaObject::invokeMethod(
        this,
        [this, events] {
            for (const services::LiveEvent &e : events) {
                ++m_received;
                Q_EMIT delivered(e);
            }
        },
        Qt::QueuedConnection);
}

void EventBus::onPayload(const QByteArray &payload) {
    auto event = services::decodeLiveEvent(payload);
    if (!event) {
        qCWarning(lcBus, "ignoring a malformed notification (%lld bytes)", qint64(payload.size()));
        return;
    }
    ++m_received;
    Q_EMIT delivered(*event);
}

} // namespace eventbook::realtime
