#pragma once

#include "config.h"
#include "eventbook/common/result.h"

#include <QObject>
#include <memory>

namespace eventbook::storage {
class Database;
struct DatabaseConfig;
}
namespace eventbook::services {
class PasswordHasher;
class TicketSigner;
class DoorMemory;
class OccupancyGate;
class Mailer;
class TokenSigner;
class AuthService;
} // namespace eventbook::services
namespace eventbook::http {
class Router;
class Executor;
class HttpServer;
class FrontDoor;
struct ServerCounters;
struct ControllerContext;
class PageCache;
class StoredImageCache;
class RequestPolicy;
struct FrontDoorLimits;
struct RateRule;
class DeviceLimiter;
enum class RateScope;
} // namespace eventbook::http

namespace eventbook::realtime {
class EventBus;
class LiveHub;
class SocketSource;
} // namespace eventbook::realtime

namespace eventbook::app {

// The whole server in one object: storage, services, pools, routes and the listening socket.
// `eventbook-server serve` runs one; tests run one in-process on port 0.
class ServerApp : public QObject {
    Q_OBJECT
public:
    explicit ServerApp(Config config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Migrates, creates the configured admin if there is none, and listens.
    Result<quint16> start();
    // Stops accepting, waits (bounded) for work in flight, closes connections.
    void stop(int graceMs = 10'000);

    quint16 port() const;
    const Config &config() const { return m_config; }
    http::Router &router();
    http::Executor &executor();
    storage::Database &database();
    services::AuthService &auth();
    const http::ServerCounters &counters() const;
    int openConnections() const;
    realtime::LiveHub &liveHub();
    realtime::EventBus &eventBus();
    services::Mailer &mailer();

private:
    // start()'s steps, in order.
    Result<void> openDatabase(const storage::DatabaseConfig &dbConfig);
    Result<void> makeServices();
    void registerRoutes();
    http::FrontDoorLimits frontDoorLimits() const;
    http::RateRule rateRule(http::RateScope scope) const; // the default or RATE_LIMIT_<SCOPE>
    void makeHttp(http::FrontDoorLimits &limits); // policy, HTTP server, live hub; fills the policy's headers in
    void registerMetrics();
    Result<quint16> openDoor(const http::FrontDoorLimits &limits);
    Result<void> bootstrapAdmin();

    Config m_config;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<services::PasswordHasher> m_hasher;
    std::unique_ptr<services::TokenSigner> m_signer;
    std::unique_ptr<services::TicketSigner> m_tickets;
    std::unique_ptr<services::OccupancyGate> m_occupancy;
    std::unique_ptr<services::DoorMemory> m_doorMemory;
    std::unique_ptr<services::Mailer> m_mailer;
    std::unique_ptr<http::DeviceLimiter> m_devices;
    std::unique_ptr<services::AuthService> m_auth;
    std::unique_ptr<http::ServerCounters> m_counters;
    std::unique_ptr<http::Router> m_router;
    std::unique_ptr<http::Executor> m_executor;
    std::unique_ptr<http::PageCache> m_pages;
    std::unique_ptr<http::StoredImageCache> m_images;
    std::unique_ptr<http::ControllerContext> m_context;
    std::unique_ptr<http::RequestPolicy> m_policy;
    std::unique_ptr<QObject> m_fetches; // image-proxy fetches in flight
    std::unique_ptr<realtime::EventBus> m_bus;
    std::unique_ptr<http::HttpServer> m_http;
    std::unique_ptr<realtime::SocketSource> m_sockets;
    std::unique_ptr<realtime::LiveHub> m_hub;
    http::FrontDoor *m_door = nullptr; // owned by m_http once bound
};

} // namespace eventbook::app
