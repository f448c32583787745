#pragma once

#include "app/server_app.h"
#include "test_backend.h"

#include <QUrl>
#include <memory>

namespace eventbook::test {

inline const QByteArray kTestJwtSecret = QByteArrayLiteral("test-secret-0123456789abcdef0123456789abcdef");

// The real server, in-process, on 127.0.0.1 and a free port, over a fresh TestBackend.
class TestServer {
public:
    explicit TestServer(std::function<void(app::Config &)> tweak = {});
    ~TestServer();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    app::ServerApp &app() { return *m_app; }
    TestBackend &backend() { return m_backend; }
    QUrl url(const QString &pathAndQuery) const;
    // The settings the next start() uses (a restart with something changed).
    app::Config &config() { return m_config; }
    quint16 port() const { return m_port; }
    // Stops the server (its sockets close) and starts it again on the same port and database.
    bool restart();
    // The two halves of restart(): the port refuses connections in between.
    void stop();
    bool start();

private:
    TestBackend m_backend;
    std::unique_ptr<app::ServerApp> m_app;
    app::Config m_config;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace eventbook::test
