#pragma once

#include "services/live_feed.h"
#include "storage/database_config.h"

#include <QObject>
#include <QThread>

namespace eventbook::storage {
class PgListener;
}
namespace eventbook::realtime {

// Carries committed changes to this instance's sockets (DESIGN.md "Live updates"). SQLite: the
// services' batches are handed to the main thread in-process. PostgreSQL: each change is a
// `NOTIFY eventbook` inside its transaction and arrives, on every instance sharing the database
// (this one included), through one LISTEN connection; when that connection had to be re-made,
// resync() says changes may have been missed.
class EventBus : public QObject, public services::LiveFeed {
    Q_OBJECT
public:
    EventBus(storage::Dialect dialect, QObject *parent = nullptr);
    ~EventBus() override;

    // PostgreSQL: starts the LISTEN thread and waits (bounded) for its first LISTEN, so an
    // instance that says it is ready misses no change.
    void start(const storage::DatabaseConfig &config, int checkIntervalMs, storage::Database *pages = nullptr);
    void stop();

    Result<void> stage(storage::Database &db, const services::LiveEvent &event) override;
    Result<void> stageAll(storage::Database &db, const QList<services::LiveEvent> &events) override;
    void committed(const QList<services::LiveEvent> &events) override;

    quint64 received() const { return m_received; }
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // On the main thread.
    void delivered(const eventbook::services::LiveEvent &event);
    void resync();
    void listening();

private:
    void onPayload(const QByteArray &payload);

    storage::Dialect m_dialect;
    QThread m_thread;
    storage::PgListener *m_listener = nullptr;
    quint64 m_received = 0;
    bool m_listening = false;
};

} // namespace eventbook::realtime
