#pragma once

#include "async_result.h"
#include "http_client.h"
#include "server_fixture.h"
#include "state/client_session.h"
#include "ui/app_settings.h"
#include "ui/browse_page.h"
#include "ui/main_window.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>
#include <memory>

namespace eventbook::test {

// One running copy of the app for GUI tests: its session (no keychain) and main window, shown
// and started against `server`.
struct AppWindow {
    ui::AppSettings settings;
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<ui::MainWindow> window;

    explicit AppWindow(const QUrl &server) {
        session = std::make_unique<client::ClientSession>(server, nullptr);
        session->live().setBackoff(50, 400);
        window = std::make_unique<ui::MainWindow>(*session, settings);
        window->show();
        session->start();
    }
    ui::BrowsePage *browse() const { return window->browse(); }
    bool signIn(const QString &email, const QString &password) {
        return bool(waitFor<User>([&](auto done) { session->signIn(email, password, false, done); }));
    }
    int seatsShown(qint64 eventId) const {
        const auto &m = session->events();
        return m.index(m.rowOf(eventId), 0).data(client::EventListModel::AvailableSlotsRole).toInt();
    }
};

// Answers the confirmation that `window` shows (ui::confirmThen) with its yes button, as a
// person would; the question's text, for the caller to check. Empty when none appeared.
inline QString answerConfirmation(QWidget *window, bool yes = true) {
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = window->findChild<QMessageBox *>(QStringLiteral("confirmation"));
            return box && box->isVisible();
        },
        5000);
    if (!shown)
        return {};
    const QString text = box->text();
    for (QAbstractButton *b : box->buttons()) {
        if ((b->objectName() == QLatin1StringView("confirmYes")) == yes) {
            QTest::mouseClick(b, Qt::LeftButton);
            break;
        }
    }
    return text;
}

// Registers an account through the API, so that it can sign in with `password` (the fixture's
// accounts cannot), and makes it an admin through the fixture's admin when asked.
inline bool signUp(const ServerFixture &env, const QString &email, const QString &name, const QString &password,
                   bool admin = false) {
    HttpClient http;
    const Reply r = http.postJson(env.url(QStringLiteral("/api/auth/register")),
                                  {{QStringLiteral("email"), email}, {QStringLiteral("password"), password},
                                   {QStringLiteral("name"), name}});
    if (r.status != 201)
        return false;
    const qint64 id = r.data().value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toInteger();
    return !admin || http.postJson(env.url(QStringLiteral("/api/admin/users/%1/promote").arg(id)), {}, env.admin.token)
                             .status == 200;
}

} // namespace eventbook::test
