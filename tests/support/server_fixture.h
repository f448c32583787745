#pragma once

#include "fixtures.h"
#include "test_server.h"

#include <memory>

namespace eventbook::test {

// What most tests set up in init() and drop in cleanup(): a fresh in-process server, fixtures
// on it and an admin account.
struct ServerFixture {
    std::unique_ptr<TestServer> server;
    std::unique_ptr<Fixtures> fx;
    Account admin;

    // Empty when the server runs, else why it does not.
    QString start(std::function<void(app::Config &)> tweak = {}) {
        server = std::make_unique<TestServer>(std::move(tweak));
        if (!server->ok())
            return server->error();
        fx = std::make_unique<Fixtures>(*server);
        admin = fx->account(QStringLiteral("Admin"), true);
        return admin.id ? QString() : QStringLiteral("could not create the admin account");
    }
    void stop() {
        fx.reset();
        server.reset();
    }
    QUrl url(const QString &path = {}) const { return server->url(path); }
};

} // namespace eventbook::test
