#include "screenshot_runner.h"

#include "ui/bookings_page.h"
#include "ui/waitlist_tab.h"
#include <QTabWidget>

#include "checkin_screenshots.h"
#include "state/client_session.h"
#include "ui/browse_page.h"
#include "ui/main_window.h"
#include "ui/profile_page.h"
#include "ui/mail_settings_box.h"
#include "mail_shot.h"

#include <QScrollArea>
#include "ui/admin/team_dialog.h"
#include "state/admin_session.h"
#include "ui/sign_in_dialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimer>
#include <cstdio>

namespace eventbook::ui {
namespace {
constexpr int kFirstDataTimeoutMs = 20'000;
}

ScreenshotRunner::ScreenshotRunner(client::ClientSession &session, MainWindow &window, const QString &dir,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_dir(dir) {}

void ScreenshotRunner::start() {
    if (!m_dir.mkpath(QStringLiteral("."))) {
        fail(QStringLiteral("cannot create %1").arg(m_dir.path()));
        return;
    }
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("no answer from %1 within %2 s").arg(m_session.serverUrl().toString()).arg(kFirstDataTimeoutMs / 1000));
    });
    timeout->start(kFirstDataTimeoutMs);
    connect(&m_session, &client::ClientSession::eventsFailed, this, [this](const QString &m) { fail(m); });
    connect(&m_session, &client::ClientSession::eventsLoaded, this, [this, timeout] {
        if (!timeout->isActive())
            return;
        timeout->stop();
        const QString email = qEnvironmentVariable("EVENTBOOK_EMAIL");
        const QString password = qEnvironmentVariable("EVENTBOOK_PASSWORD");
        if (email.isEmpty() || password.isEmpty())
            return settle([this] { capturePages(); });
        m_session.signIn(email, password, false, {this, [this](const Result<User> &r) {
            if (!r)
                return fail(QStringLiteral("sign-in failed: %1").arg(r.error().message));
            settle([this] { capturePages(); });
        }});
    });
}

void ScreenshotRunner::settle(std::function<void()> next, int ms) {
    QTimer::singleShot(ms, this, std::move(next));
}

void ScreenshotRunner::capturePages() {
    capturePage(0);
}

void ScreenshotRunner::capturePage(int page) {
    static const char *const names[] = {"browse", "bookings", "notifications", "profile", "settings",
                                        "admin-events", "admin-attendees", "admin-users", "admin-audit-log",
                                        "admin-dashboard", "checkin"};
    static_assert(std::size(names) == MainWindow::PageCount);
    while (page < MainWindow::PageCount && !m_window.pageAvailable(MainWindow::Page(page)))
        ++page;
    if (page == MainWindow::PageCount)
        return captureExtras();
    m_window.showPage(MainWindow::Page(page));
    // Admin pages load when first shown: give their answers (and charts) a moment.
    settle(
        [this, page] {
            save(&m_window, QString::fromLatin1(names[page]));
            capturePage(page + 1);
        },
        page >= MainWindow::kFirstAdminPage ? 1500 : 50);
}

void ScreenshotRunner::captureExtras() {
    m_window.showPage(MainWindow::Browse);
    // A search, to show filtering.
    m_window.browse()->searchBox()->setText(QStringLiteral("music"));
    settle([this] {
        save(&m_window, QStringLiteral("browse-search"));
        m_window.browse()->searchBox()->clear();
        if (m_session.signedIn())
            return captureSignedInExtras();
        auto *dialog = new SignInDialog(m_session, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->emailField()->setText(QStringLiteral("ada@example"));
        Q_EMIT dialog->emailField()->textEdited(dialog->emailField()->text());
        QApplication::processEvents();
        save(dialog, QStringLiteral("sign-in"));
        dialog->setMode(SignInDialog::Mode::Register);
        QApplication::processEvents();
        save(dialog, QStringLiteral("register"));
        // zxcvbn's meter on a password that passes every character rule and is still guessable
        // (the name is a word an attacker tries first).
        dialog->emailField()->setText(QStringLiteral("ada@example.com"));
        dialog->nameField()->setText(QStringLiteral("Ada Lovelace"));
        dialog->passwordField()->setText(QStringLiteral("Lovelace1815!"));
        Q_EMIT dialog->emailField()->textEdited(dialog->emailField()->text());
        QApplication::processEvents();
        save(dialog, QStringLiteral("register-strength"));
        dialog->close();
        finish();
    });
}

void ScreenshotRunner::captureWaitlist(std::function<void()> next) {
    // A full event the user waits for: its detail with the place and Leave, and My bookings' tab.
    if (m_session.waitlist().isEmpty())
        return next();
    m_window.showPage(MainWindow::Browse);
    // The search just cleared reloads the cards: select once they are back.
    settle(
        [this, next] {
            if (!m_window.browse()->selectEvent(m_session.waitlist().first().eventId))
                return next();
            QApplication::processEvents();
            save(&m_window, QStringLiteral("browse-waitlist"));
            m_window.showPage(MainWindow::Bookings);
            m_window.bookings()->tabs()->setCurrentWidget(m_window.bookings()->waitingTab());
            settle(
                [this, next] {
                    save(&m_window, QStringLiteral("bookings-waitlist"));
                    m_window.bookings()->tabs()->setCurrentIndex(0);
                    next();
                },
                200);
        },
        800);
}

void ScreenshotRunner::captureSignedInExtras() {
    if (!std::exchange(m_waitlistShot, true))
        return captureWaitlist([this] { captureSignedInExtras(); });
    // An admin also gets the team of an event that has one (the demo data's organiser runs some).
    client::AdminSession &admin = m_session.admin();
    qint64 eventId = 0;
    // A door staff member's event has an organiser too: the dialog shows both roles.
    for (Role role : {Role::Staff, Role::Organiser}) {
        for (const User &u : admin.users().rows()) {
            if (eventId == 0 && u.role == role && !u.scopes.isEmpty())
                eventId = u.scopes.first().eventId;
        }
    }
    const int row = admin.events().rowOf(eventId);
    if (!admin.isAdmin() || row < 0)
        return captureProfileStrength();
    auto *dialog = new TeamDialog(m_session, *admin.events().rowAt(row), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamDialog::teamLoaded, this, [this, dialog, eventId] {
        settle(
            [this, dialog, eventId] {
                save(dialog, QStringLiteral("admin-team"));
                dialog->close();
                captureCheckin(eventId);
            },
            200);
    });
    dialog->show();
}

void ScreenshotRunner::captureCheckin(qint64 eventId) {
    auto *shots = new CheckinScreenshots(
        m_session, m_window, eventId, [this](QWidget *w, const QString &name) { save(w, name); },
        [this] { captureProfileStrength(); }, this);
    shots->start();
}

void ScreenshotRunner::captureProfileStrength() {
    // The Profile page with zxcvbn's meter under a new password being typed.
    auto *profile = qobject_cast<ProfilePage *>(m_window.page(MainWindow::Profile));
    m_window.showPage(MainWindow::Profile);
    const QString surname = m_session.api().user().name.section(QLatin1Char(' '), -1);
    profile->newPasswordField()->setText(surname + QStringLiteral("1815!"));
    settle([this, profile] {
        save(&m_window, QStringLiteral("profile-password-strength"));
        profile->newPasswordField()->clear();
        captureProfileMail(profile);
    });
}

void ScreenshotRunner::captureProfileMail(ProfilePage *profile) {
    // Profile scrolled to "Mail and calendar": the mail switches and the calendar feed's address.
    if (auto *scroll = profile->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(profile->mail(), 0, 40);
    settle([this] {
        save(&m_window, QStringLiteral("profile-mail"));
        // A mail the server sent (scripts/eventbook.sh screenshots receives it), as drawn by Qt.
        const QString mail = qEnvironmentVariable("EVENTBOOK_SCREENSHOT_MAIL");
        if (!mail.isEmpty()) {
            const QImage image = renderMail(mail, 720);
            const QString path = m_dir.filePath(QStringLiteral("mail-confirmation.png"));
            if (image.isNull() || !image.save(path))
                return fail(QStringLiteral("cannot draw the mail %1").arg(mail));
            m_written.append(path);
        }
        finish();
    });
}

void ScreenshotRunner::finish() {
    std::printf("%s\n", qPrintable(m_written.join(QLatin1Char('\n'))));
    QApplication::exit(0);
}

void ScreenshotRunner::save(QWidget *widget, const QString &name) {
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        return fail(QStringLiteral("cannot write %1").arg(path));
    m_written.append(path);
}

void ScreenshotRunner::fail(const QString &message) {
    std::fprintf(stderr, "eventbook: screenshot: %s\n", qPrintable(message));
    QApplication::exit(1);
}

} // namespace eventbook::ui
