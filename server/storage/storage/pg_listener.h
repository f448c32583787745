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
    // Announced by triggers whenever what the public pages show changed (0007_images.sql).
    static constexpr const char *kPagesChannel = "eventbook_pages";
    static constexpr int kWatchMs = 20;

    // `pages` (may be null) learns of page changes and whether notifications arrive, on this
    // listener's thread, without waiting for the main thread.
    PgListener(DatabaseConfig config, int checkIntervalMs, Database *pages = nullptr);
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

    void setListening(bool on);

    DatabaseConfig m_config;
    Database *m_pages = nullptr;
    QString m_name;
    QSqlDatabase m_db;
    QTimer *m_timer = nullptr;
    QTimer *m_watch = nullptr; // notices a closed connection within milliseconds (see begin())
    bool m_wasListening = false;
    bool m_lost = false;
    QSemaphore m_firstAttempt;
};

} // namespace eventbook::storage
