#include "test_server.h"

namespace eventbook::test {

TestServer::TestServer(std::function<void(app::Config &)> tweak) {
    if (!m_backend.ok()) {
        m_error = m_backend.error();
        return;
    }
    app::Config config;
    config.host = QHostAddress::LocalHost;
    config.port = 0;
    config.databaseUrl = m_backend.databaseUrl();
    config.dataDir = m_backend.dataDir();
    config.jwtSecret = kTestJwtSecret;
    // Tests send hundreds of requests from one address; the rate-limit tests turn this back on.
    config.rateLimits = false;
    if (tweak)
        tweak(config);
    m_config = config;
    m_app = std::make_unique<app::ServerApp>(config);
    auto port = m_app->start();
    if (!port)
        m_error = port.error().message;
    else
        m_port = *port;
}

bool TestServer::restart() {
    stop();
    return start();
}

void TestServer::stop() {
    m_app.reset();
}

bool TestServer::start() {
    m_config.port = m_port;
    m_app = std::make_unique<app::ServerApp>(m_config);
    auto port = m_app->start();
    if (!port)
        m_error = port.error().message;
    return bool(port);
}

TestServer::~TestServer() {
    m_app.reset(); // before the backend drops its database
}

QUrl TestServer::url(const QString &pathAndQuery) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

} // namespace eventbook::test
