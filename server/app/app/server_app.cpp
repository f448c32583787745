#include "server_app.h"

#include "http/controllers/admin_controller.h"
#include "http/controllers/auth_controller.h"
#include "http/controllers/booking_controller.h"
#include "http/controllers/calendar_controller.h"
#include "http/controllers/mail_controller.h"
#include "http/controllers/image_controller.h"
#include "http/controllers/checkin_controller.h"
#include "http/controllers/event_controller.h"
#include "http/controllers/health_controller.h"
#include "http/controllers/image_proxy_controller.h"
#include "http/controllers/metrics_controller.h"
#include "http/controllers/notification_controller.h"
#include "http/controllers/privacy_controller.h"
#include "http/controllers/team_controller.h"
#include "http/controllers/waitlist_controller.h"
#include "http/controllers/ticket_controller.h"
#include "http/controllers/profile_controller.h"
#include "http/device_limiter.h"
#include "http/executor.h"
#include "http/front_door.h"
#include "http/http_server.h"
#include "http/page_cache.h"
#include "http/request_policy.h"
#include "http/router.h"
#include "http/server_counters.h"
#include "http/tls_settings.h"
#include "http_socket_source.h"
#include "realtime/event_bus.h"
#include "realtime/live_hub.h"
#include "services/auth_service.h"
#include "services/crypto_random.h"
#include "services/mailer.h"
#include "services/door_memory.h"
#include "services/occupancy_gate.h"
#include "services/password_hasher.h"
#include "services/ticket_signer.h"
#include "services/token_signer.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlite_preflight.h"
#include "services/image_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcApp, "eventbook.server.app")

namespace eventbook::app {

ServerApp::ServerApp(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config)) {}

ServerApp::~ServerApp() {
    stop(10'000);
    // Pool threads must be gone before the database releases their connections.
    m_executor.reset();
    m_context.reset();
    m_pages.reset();
    m_images.reset();
    if (m_auth)
        m_auth->setLiveFeed(nullptr);
    m_bus.reset();
    m_auth.reset();
    m_database.reset();
}

services::Mailer &ServerApp::mailer() {
    return *m_mailer;
}

Result<quint16> ServerApp::start() {
    EB_TRY(m_config.resolveJwtSecret());
    auto dbConfig = storage::DatabaseConfig::fromUrl(m_config.databaseUrl, m_config.dataDir);
    if (!dbConfig)
        return dbConfig.error();
    EB_TRY(openDatabase(*dbConfig));
    // After the database: an unusable data directory is reported by its checks, with the OS's reason.
    EB_TRY(m_config.resolveTicketSeed());
    EB_TRY(makeServices());
    registerRoutes();
    http::FrontDoorLimits limits = frontDoorLimits();
    makeHttp(limits);
    m_bus->start(*dbConfig, m_config.listenCheckMs, m_database.get());
    registerMetrics();
    auto port = openDoor(limits);
    if (port) {
        if (m_config.mail.publicUrl.isEmpty()) // links in mails and the feed's address: this server
            m_config.mail.publicUrl = QStringLiteral("%1://localhost:%2")
                                          .arg(m_config.tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
                                          .arg(*port);
        m_mailer->start();
    }
    if (port)
        qCInfo(lcApp, "listening on %s:%u%s (%s)", qPrintable(m_config.host.toString()), unsigned(*port),
               m_config.tlsCert.isEmpty() ? "" : " with TLS", qPrintable(dbConfig->redacted()));
    return port;
}

Result<void> ServerApp::openDatabase(const storage::DatabaseConfig &dbConfig) {
    if (dbConfig.dialect == storage::Dialect::Sqlite) {
        EB_TRY(storage::checkSqliteLocation(dbConfig.sqlitePath));
    }
    m_database = std::make_unique<storage::Database>(dbConfig);
    // Migrations run before the port opens: nothing is served from a half-migrated schema.
    auto migrated = storage::Migrator(*m_database).migrate();
    if (!migrated)
        return Error::make(migrated.error().code, QStringLiteral("Cannot prepare the database %1: %2")
                                                      .arg(dbConfig.redacted(), migrated.error().message));
    // Images written inline before migration 0007 move to the image store before anything is served.
    auto moved = services::images::moveInline(*m_database);
    if (!moved)
        return Error::make(moved.error().code, QStringLiteral("Cannot move inline images out of %1: %2")
                                                   .arg(dbConfig.redacted(), moved.error().message));
    if (*moved > 0)
        qCInfo(lcApp, "moved %d inline image(s) to the image store", *moved);
    return {};
}

Result<void> ServerApp::makeServices() {
    m_hasher = std::make_unique<services::PasswordHasher>();
    m_signer = std::make_unique<services::TokenSigner>(m_config.jwtSecret);
    m_tickets = std::make_unique<services::TicketSigner>(m_config.ticketSeed);
    m_auth = std::make_unique<services::AuthService>(*m_database, *m_hasher, *m_signer);
    EB_TRY(bootstrapAdmin());
    m_counters = std::make_unique<http::ServerCounters>();
    m_router = std::make_unique<http::Router>();
    m_executor = std::make_unique<http::Executor>(m_config.databaseThreads, m_config.hashingThreads);
    m_executor->pool(http::Executor::Pool::Hashing).start([hasher = m_hasher.get()] { hasher->warmUp(); });
    m_pages = std::make_unique<http::PageCache>();
    m_images = std::make_unique<http::StoredImageCache>();
    m_bus = std::make_unique<realtime::EventBus>(m_database->dialect());
    m_auth->setLiveFeed(m_bus.get());
    // Its settings are the config's own object: PUBLIC_URL's default is known once the port is.
    m_mailer = std::make_unique<services::Mailer>(*m_database, m_config.mail, *m_tickets,
                                                  QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid())
                                                      .arg(services::randomToken(6)));
    m_occupancy = std::make_unique<services::OccupancyGate>(
        *m_database, m_bus.get(), [executor = m_executor.get()](std::function<void()> task) {
            executor->pool(http::Executor::Pool::Database).start(std::move(task));
        });
    m_doorMemory = std::make_unique<services::DoorMemory>();
    if (m_config.rateLimits)
        m_devices = std::make_unique<http::DeviceLimiter>(rateRule(http::RateScope::Device));
    m_context = std::make_unique<http::ControllerContext>(http::ControllerContext{
        *m_database, *m_executor, *m_auth, *m_hasher, *m_pages, *m_images, m_bus.get(), *m_counters, *m_tickets,
        *m_occupancy, *m_doorMemory, m_devices.get(), *m_mailer, m_config.mail});
    return {};
}

void ServerApp::registerRoutes() {
    http::HealthController::registerRoutes(*m_router, *m_context);
    http::AuthController::registerRoutes(*m_router, *m_context);
    http::EventController::registerRoutes(*m_router, *m_context);
    http::BookingController::registerRoutes(*m_router, *m_context);
    http::AdminController::registerRoutes(*m_router, *m_context);
    http::ProfileController::registerRoutes(*m_router, *m_context);
    http::NotificationController::registerRoutes(*m_router, *m_context);
    http::TeamController::registerRoutes(*m_router, *m_context);
    http::WaitlistController::registerRoutes(*m_router, *m_context);
    http::TicketController::registerRoutes(*m_router, *m_context);
    http::CheckinController::registerRoutes(*m_router, *m_context);
    http::PrivacyController::registerRoutes(*m_router, *m_context);
    http::CalendarController::registerRoutes(*m_router, *m_context);
    http::MailController::registerRoutes(*m_router, *m_context);
    http::ImageController::registerRoutes(*m_router, *m_context);
    m_fetches = std::make_unique<QObject>();
    http::ImageFetchSettings fetching;
    fetching.timeoutMs = m_config.imageProxyTimeoutMs;
    fetching.allow = m_config.imageProxyAllow;
    http::ImageProxyController::registerRoutes(*m_router, fetching, m_fetches.get());

}

http::RateRule ServerApp::rateRule(http::RateScope scope) const {
    const auto it = m_config.rateLimitOverrides.constFind(http::RateLimiter::scopeName(scope));
    if (it != m_config.rateLimitOverrides.constEnd())
        return http::RateRule{it->count, it->seconds};
    return http::RateLimiter::defaults()[size_t(scope)];
}

http::FrontDoorLimits ServerApp::frontDoorLimits() const {
    http::FrontDoorLimits limits;
    limits.headTimeoutMs = m_config.headTimeoutMs;
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.bodyGraceMs = m_config.bodyGraceMs;
    // Behind a trusted proxy every client arrives from the proxy's address: the proxies are
    // spared the cap, everyone else is not.
    limits.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    limits.trustedProxies = m_config.trustedProxies;
    limits.capLoopback = m_config.capLoopbackConnections;
    limits.bodyLimit = [router = m_router.get()](const QByteArray &method, const QString &path) {
        return router->bodyLimit(method, path);
    };
    return limits;
}

void ServerApp::makeHttp(http::FrontDoorLimits &limits) {
    http::RequestPolicy::Settings policy;
    policy.trustedProxies = m_config.trustedProxies;
    policy.rateLimits = m_config.rateLimits;
    policy.allowedOrigins = m_config.allowedOrigins;
    policy.cspExtraOrigins = m_config.cspExtraOrigins;
    policy.hsts = !m_config.tlsCert.isEmpty();
    for (int s = 0; s < http::kRateScopes; ++s)
        policy.rules[size_t(s)] = rateRule(http::RateScope(s));
    m_policy = std::make_unique<http::RequestPolicy>(policy);
    limits.securityHeaders = m_policy->securityHeaders();
    m_http = std::make_unique<http::HttpServer>(*m_router, *m_counters, *m_policy);
    realtime::LiveSettings live;
    live.pingIntervalMs = m_config.wsPingIntervalMs;
    live.deadPeerMs = m_config.wsDeadPeerMs;
    live.sendQueueBytes = m_config.wsSendQueueBytes;
    m_sockets = std::make_unique<HttpSocketSource>(*m_http);
    m_hub = std::make_unique<realtime::LiveHub>(*m_sockets, *m_auth,
                                                m_executor->pool(http::Executor::Pool::Database), live);
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, m_hub.get(), &realtime::LiveHub::accept);
    connect(m_bus.get(), &realtime::EventBus::delivered, m_hub.get(), &realtime::LiveHub::deliver);
    connect(m_bus.get(), &realtime::EventBus::resync, m_hub.get(), &realtime::LiveHub::resync);
    // Another instance's write changes what this one must serve: cached pages go with each
    // notification (the snapshot-based data version moves too; this is belt and braces).
    if (m_database->dialect() == storage::Dialect::Postgres) {
        // Door traffic (CHECKIN, OCCUPANCY) changes no public page.
        connect(m_bus.get(), &realtime::EventBus::delivered, this, [pages = m_pages.get()](const services::LiveEvent &e) {
            if (e.kind != services::LiveEvent::Kind::Checkin && e.kind != services::LiveEvent::Kind::Occupancy)
                pages->clear();
        });
        connect(m_bus.get(), &realtime::EventBus::resync, this, [pages = m_pages.get()] { pages->clear(); });
    }
}

void ServerApp::registerMetrics() {
    http::MetricsController::registerRoutes(
        *m_router, m_counters->metrics,
        [this] {
            http::MetricsGauges g;
            const auto &ws = m_hub->counters();
            g.wsConnections = ws.connections;
            g.wsAccepted = ws.accepted;
            g.wsMessagesSent = ws.messagesSent;
            g.wsSlowDropped = ws.slowDropped;
            g.wsDeadPeers = ws.deadPeers;
            QThreadPool &pool = m_executor->pool(http::Executor::Pool::Database);
            g.dbPoolInUse = pool.activeThreadCount();
            g.dbPoolSize = pool.maxThreadCount();
            g.openConnections = m_counters->openConnections.load();
            g.responsesDropped = m_counters->responsesDropped.load();
            g.rejectedAtDoor = m_counters->rejectedAtDoor.load();
            g.liveEventsReceived = m_bus->received();
            g.pagesLocallyVersioned =
                m_database->dialect() == storage::Dialect::Sqlite || m_database->listening();
            const MailStats mail = m_mailer->snapshot();
            g.mailQueued = mail.queued;
            g.mailFailed = mail.failed;
            g.mailOldestQueuedSeconds = mail.oldestQueuedAgeMs / 1000;
            g.mailSentTotal = m_mailer->sentTotal();
            g.mailFailedTotal = m_mailer->failedTotal();
            g.mailRetriedTotal = m_mailer->retriedTotal();
            return g;
        },
        m_config.metricsToken.toUtf8());
}

Result<quint16> ServerApp::openDoor(const http::FrontDoorLimits &limits) {
    auto door = std::make_unique<http::FrontDoor>(limits, *m_counters);
    door->setHttpServer(m_http.get());
    if (!m_config.tlsCert.isEmpty()) {
        auto tls = http::loadServerTls(m_config.tlsCert, m_config.tlsKey);
        if (!tls)
            return tls.error();
        door->setTls(*tls);
    }
    if (!door->listen(m_config.host, m_config.port))
        return Error::make(ErrorCode::ServiceUnavailable, QStringLiteral("Cannot listen on %1:%2: %3")
                                                              .arg(m_config.host.toString())
                                                              .arg(m_config.port)
                                                              .arg(door->errorString()));
    m_door = door.release();
    connect(m_hub.get(), &realtime::LiveHub::accepted, m_door, &http::FrontDoor::webSocketAccepted);
    m_http->bind(m_door);
    return m_door->serverPort();
}

Result<void> ServerApp::bootstrapAdmin() {
    if (m_config.adminEmail.isEmpty())
        return {};
    auto exists = m_auth->anyAdminExists();
    if (!exists)
        return exists.error();
    if (*exists)
        return {};
    auto created =
        m_auth->createUser({m_config.adminEmail, m_config.adminPassword, QStringLiteral("Administrator")},
                           true, QStringLiteral("bootstrap"));
    if (!created)
        return Error::make(created.error().code,
                           QStringLiteral("EVENTBOOK_ADMIN_EMAIL/PASSWORD: %1").arg(created.error().message));
    qCInfo(lcApp, "created admin %s", qPrintable(created->email));
    return {};
}

void ServerApp::stop(int graceMs) {
    if (m_door)
        m_door->close(); // no new connections
    if (m_http)
        m_http->setDraining(true); // and no new requests on the open ones
    m_fetches.reset(); // image fetches in flight answer 503 now, while their clients are still there
    if (m_executor) {
        // Requests in flight finish and their answers reach the clients: the event loop keeps
        // turning so that answers computed on the pools are delivered, within the grace period.
        const QDeadlineTimer deadline(graceMs);
        while (m_executor->busy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_executor->busy())
            qCWarning(lcApp, "stopping with requests still running after %d ms", graceMs);
        m_executor->drain(qMax<qint64>(0, deadline.remainingTime()));
    }
    if (m_hub) {
        // Live clients hear 1001 Going Away and reconnect elsewhere.
        m_hub->closeAll();
        const QDeadlineTimer closing(500);
        while (m_hub->connectionCount() > 0 && !closing.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (m_door) {
        for (QTcpSocket *socket : m_door->findChildren<QTcpSocket *>())
            socket->flush();
    }
    if (m_mailer)
        m_mailer->stop(); // the mail in flight finishes; what it claimed and did not send goes back
    m_hub.reset();
    m_sockets.reset();
    if (m_bus)
        m_bus->stop();
    m_http.reset(); // deletes the front door and every connection
    m_door = nullptr;
}

quint16 ServerApp::port() const {
    return m_door ? m_door->serverPort() : 0;
}
http::Router &ServerApp::router() {
    return *m_router;
}
http::Executor &ServerApp::executor() {
    return *m_executor;
}
storage::Database &ServerApp::database() {
    return *m_database;
}
services::AuthService &ServerApp::auth() {
    return *m_auth;
}
const http::ServerCounters &ServerApp::counters() const {
    return *m_counters;
}
realtime::LiveHub &ServerApp::liveHub() {
    return *m_hub;
}
realtime::EventBus &ServerApp::eventBus() {
    return *m_bus;
}
int ServerApp::openConnections() const {
    return m_door ? m_door->openConnections() : 0;
}

} // namespace eventbook::app
