#pragma once

#include "database.h"
#include "database_config.h"

#include <QObject>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QTimer>

namespace eventbook::storage {

// Holds the instance's one LISTEN connection on a thread of its own, so a slow or dead
// PostgreSQL never stalls the main thread. Qt 6.4's QPSQL delivers NOTIFY payloads but, when the
// server restarts, just closes the connection; the periodic check notices, reopens and LISTENs
// again, and says so (notifications sent meanwhile are lost: clients must resync).
class PgListener : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kChannel = "eventbook";

    PgListener(DatabaseConfig config, int checkIntervalMs);
    // Sends `payload` on the channel inside the caller's transaction: it reaches every listener
    // (this instance's included) when, and only if, that transaction commits.
    static Result<void> publish(Database &db, const QByteArray &payload);
    // Several notifications in one statement, in order.
    static Result<void> publishAll(Database &db, const QList<QByteArray> &payloads);
    ~PgListener() override;

    // Runs on the listener's thread.
    void begin();
    void end();
    // Released once the first LISTEN attempt has finished, whatever its outcome.
    QSemaphore *firstAttempt() { return &m_firstAttempt; }

Q_SIGNALS:
    void notified(const QByteArray &payload);
    // LISTEN is in place; `recovered` after it had been lost.
    void listening(bool recovered);
    void lost();

private:
    void check();
    bool subscribe();

    DatabaseConfig m_config;
    QString m_name;
    QSqlDatabase m_db;
    QTimer *m_timer = nullptr;
    bool m_wasListening = false;
    bool m_lost = false;
    QSemaphore m_firstAttempt;
};

} // namespace eventbook::storage
