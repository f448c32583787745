#pragma once

#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"

#include <QObject>
#include <functional>
#include <memory>

namespace eventbook::test {

// What the HTTP API tests share: a fresh in-process server for every test function (so no test
// sees another's data), fixtures on it, a signed-up admin, and a client. Derived tests call
// startServer() from init() and stopServer() from cleanup().
class ApiTestCase : public QObject {
protected:
    // False when the server could not start; serverError() says why.
    bool startServer(std::function<void(app::Config &)> tweak = {}, bool withAdmin = true) {
        m_fx.reset();
        m_server = std::make_unique<TestServer>(std::move(tweak));
        if (!m_server->ok())
            return false;
        m_fx = std::make_unique<Fixtures>(*m_server);
        if (withAdmin)
            m_admin = m_fx->account(QStringLiteral("Admin"), true);
        return true;
    }
    void stopServer() {
        m_fx.reset();
        m_server.reset();
    }
    QString serverError() const { return m_server ? m_server->error() : QStringLiteral("no server"); }
    QUrl url(const QString &path) const { return m_server->url(path); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Fixtures> m_fx;
    HttpClient m_http;
    Account m_admin;
};

} // namespace eventbook::test
