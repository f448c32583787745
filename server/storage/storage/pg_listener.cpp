#include "pg_listener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcListen, "eventbook.realtime.listen")

namespace eventbook::storage {

Result<void> PgListener::publish(Database &db, const QByteArray &payload) {
    auto q = db.prepare(QStringLiteral("SELECT pg_notify('%1', :payload)").arg(QLatin1StringView(kChannel)));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":payload"), QString::fromUtf8(payload));
    return q->exec("notify");
}

Result<void> PgListener::publishAll(Database &db, const QList<QByteArray> &payloads) {
    if (payloads.size() == 1)
        return publish(db, payloads.first());
    QJsonArray texts;
    for (const QByteArray &payload : payloads)
        texts.append(QString::fromUtf8(payload));
    auto q = db.prepare(QStringLiteral("SELECT pg_notify('%1', p) FROM json_array_elements_text(CAST(:payloads AS "
                                       "json)) WITH ORDINALITY AS t(p, n) ORDER BY n")
                            .arg(QLatin1StringView(kChannel)));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":payloads"), QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
    return q->exec("notify");
}

PgListener::PgListener(DatabaseConfig config, int checkIntervalMs, Database *pages)
    : m_config(std::move(config))
    , m_pages(pages)
    , m_name(QStringLiteral("eventbook-listen-%1").arg(quintptr(this), 0, 16)) {
    m_timer = new QTimer(this);
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PgListener::check);
    // QPSQL closes the connection as soon as its socket reports the server gone (a PostgreSQL
    // restart); asking for that flag often costs nothing, and until it is noticed cached pages
    // are served on the word of a connection that can no longer bring news.
    m_watch = new QTimer(this);
    m_watch->setInterval(kWatchMs);
    connect(m_watch, &QTimer::timeout, this, [this] {
        if (m_wasListening && !m_db.isOpen())
            check();
    });
}

PgListener::~PgListener() = default;

void PgListener::begin() {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(m_config.host);
    m_db.setPort(m_config.port);
    m_db.setDatabaseName(m_config.name);
    m_db.setUserName(m_config.user);
    m_db.setPassword(m_config.password);
    // A dead host must not hold this thread for long; the check retries anyway.
    QString options = m_config.options;
    if (!options.contains(QLatin1StringView("connect_timeout")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=3");
    // A peer that vanished without closing (a cut network) is found by TCP keepalives within
    // about ten seconds instead of the system's two hours.
    if (!options.contains(QLatin1StringView("keepalives")))
        options += QStringLiteral(";keepalives_idle=5;keepalives_interval=2;keepalives_count=2");
    m_db.setConnectOptions(options);
    connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == QLatin1StringView(kChannel))
                    Q_EMIT notified(payload.toString().toUtf8());
                else if (name == QLatin1StringView(kPagesChannel) && m_pages)
                    m_pages->noteForeignChange();
            });
    check();
    m_firstAttempt.release();
    m_timer->start();
    m_watch->start();
}

void PgListener::setListening(bool on) {
    if (m_pages)
        m_pages->setListening(on);
}

void PgListener::end() {
    m_timer->stop();
    m_watch->stop();
    setListening(false);
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void PgListener::check() {
    if (m_db.isOpen() && m_wasListening)
        return;
    if (m_wasListening) {
        qCWarning(lcListen, "the LISTEN connection was lost; reconnecting");
        m_wasListening = false;
        m_lost = true;
        setListening(false);
        Q_EMIT lost();
    }
    if (!subscribe())
        return;
    m_wasListening = true;
    setListening(true);
    qCInfo(lcListen, "listening on channel %s%s", kChannel, m_lost ? " again" : "");
    Q_EMIT listening(m_lost);
    m_lost = false;
}

bool PgListener::subscribe() {
    m_db.close();
    if (!m_db.open()) {
        m_lost = true;
        qCDebug(lcListen, "cannot open the LISTEN connection: %s", qPrintable(m_db.lastError().text()));
        return false;
    }
    if (!m_db.driver()->subscribeToNotification(QLatin1StringView(kChannel)) ||
        !m_db.driver()->subscribeToNotification(QLatin1StringView(kPagesChannel))) {
        m_lost = true;
        qCWarning(lcListen, "LISTEN failed: %s", qPrintable(m_db.driver()->lastError().text()));
        m_db.close();
        return false;
    }
    return true;
}

} // namespace eventbook::storage
