#include "main_window.h"

#include "admin/admin_events_page.h"
#include "admin/attendees_page.h"
#include "admin/audit_page.h"
#include "admin/dashboard_page.h"
#include "admin/users_page.h"
#include "state/admin_session.h"
#include "bookings_page.h"
#include "enter_presses_buttons.h"
#include "app_settings.h"
#include "browse_page.h"
#include "checkin/checkin_page.h"
#include "image_cache.h"
#include "notifications_page.h"
#include "profile_page.h"
#include "settings_page.h"
#include "sign_in_dialog.h"
#include "state/client_session.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace eventbook::ui {
using client::LiveClient;

MainWindow::MainWindow(client::ClientSession &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session) {
    setWindowTitle(QStringLiteral("EventBook"));
    makePages(settings);
    makeSidebar();
    makeLayout();
    wire();
    makeShortcuts();
    showPage(Browse);
    updateConnection();
    updateUser();
    resize(1280, 800);
}

void MainWindow::makePages(AppSettings &settings) {
    client::ClientSession &session = m_session;
    m_images = new ImageCache(session.api(), this);
    m_browse = new BrowsePage(session, *m_images, this);
    m_bookings = new BookingsPage(session, this);
    m_notifications = new NotificationsPage(session, this);
    m_profile = new ProfilePage(session, *m_images, this);
    m_settings = new SettingsPage(session, settings, this);
    m_adminEvents = new AdminEventsPage(session, session.admin(), *m_images, this);
    m_attendees = new AttendeesPage(session, session.admin(), *m_adminEvents, this);
    m_users = new UsersPage(session, session.admin(), this);
    m_audit = new AuditPage(session.admin(), this);
    m_dashboard = new DashboardPage(session, session.admin(), this);
    m_checkin = new CheckinPage(session, session.admin(), *m_adminEvents, AppSettings::deskDataDir(),
                                settings.deskDeviceId(), this);
    EnterPressesButtons::installOn(QCoreApplication::instance());
}

void MainWindow::makeSidebar() {
    m_stack = new QStackedWidget(this);
    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navFont = m_sidebar->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.08);
    m_sidebar->setFont(navFont);
    // As wide as the longest page name in this language (with an unread count), no wider: the
    // pages need the room at 800×600.
    const QFontMetrics navMetrics(navFont);
    int navWidth = navMetrics.horizontalAdvance(tr("Notifications (%1)").arg(9));
    for (int p = 0; p < PageCount; ++p) {
        m_sidebar->addItem(pageName(Page(p)));
        navWidth = std::max(navWidth, navMetrics.horizontalAdvance(pageName(Page(p))));
        m_stack->addWidget(page(Page(p)));
    }
    navWidth = std::clamp(navWidth + 44, 140, 240);
    for (int p = 0; p < PageCount; ++p)
        m_sidebar->item(p)->setSizeHint(QSize(navWidth - 12, navMetrics.height() + 18));
    m_sidebar->setFixedWidth(navWidth);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding: 10px 6px; }"
                                            "QListWidget::item { border-radius: 6px; padding-left: 10px; }"
                                            "QListWidget::item:selected { background: palette(highlight);"
                                            " color: palette(highlighted-text); }"));
}

void MainWindow::makeLayout() {
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *brand = new QLabel(QStringLiteral("EventBook"), central);
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.45);
    brandFont.setBold(true);
    brand->setFont(brandFont);
    brand->setContentsMargins(18, 16, 0, 4);
    brand->setAccessibleName(QStringLiteral("EventBook"));
    auto *nav = new QVBoxLayout;
    nav->setContentsMargins(0, 0, 0, 0);
    nav->addWidget(brand);
    nav->addWidget(m_sidebar, 1);
    layout->addLayout(nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_user = new QLabel(this);
    m_toast = new QLabel(this);
    m_signIn = new QPushButton(this);
    m_signIn->setFlat(true);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_toast, 1);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_signIn);
}

void MainWindow::wire() {
    client::ClientSession &session = m_session;
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_session.signedIn())
            m_session.signOut();
        else
            askToSignIn();
    });
    connect(m_browse, &BrowsePage::signInRequested, this, &MainWindow::askToSignIn);
    connect(m_settings, &SettingsPage::signInRequested, this, &MainWindow::askToSignIn);
    connect(&session.live(), &LiveClient::stateChanged, this, &MainWindow::updateConnection);
    connect(&session, &client::ClientSession::userChanged, this, &MainWindow::updateUser);
    connect(&session.notifications(), &client::NotificationListModel::unreadChanged, this, &MainWindow::updateBadge);
    connect(&session, &client::ClientSession::notificationReceived, this, [this](const QString &title) {
        m_toast->setText(tr("New notification: %1").arg(title));
        QTimer::singleShot(8000, m_toast, &QLabel::clear);
    });
    connect(&session, &client::ClientSession::sessionEnded, this, [this](const QString &reason) {
        updateUser();
        m_toast->setText(reason);
    });
}

void MainWindow::makeShortcuts() {
    // Ctrl+1…9 and Ctrl+0 open the pages in sidebar order; Ctrl+F goes to the search box.
    for (int p = 0; p < PageCount; ++p) {
        const QKeySequence keys(Qt::CTRL | Qt::Key(p < 9 ? Qt::Key_1 + p : Qt::Key_0));
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, p] {
            if (pageAvailable(Page(p)))
                showPage(Page(p));
        });
        m_sidebar->item(p)->setToolTip(keys.toString(QKeySequence::NativeText));
    }
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        showPage(Browse);
        m_browse->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_browse->searchBox()->selectAll();
    });
}

QString MainWindow::pageName(Page page) {
    switch (page) {
    case Browse:
        return tr("Browse");
    case Bookings:
        return tr("My bookings");
    case Notifications:
        return tr("Notifications");
    case Profile:
        return tr("Profile");
    case Settings:
        return tr("Settings");
    case AdminEvents:
        return tr("Events");
    case Attendees:
        return tr("Attendees");
    case Users:
        return tr("Users");
    case AuditLog:
        return tr("Audit log");
    case Dashboard:
        return tr("Dashboard");
    case Checkin:
        return tr("Check-in");
    default:
        return {};
    }
}

QWidget *MainWindow::page(Page page) const {
    switch (page) {
    case Browse:
        return m_browse;
    case Bookings:
        return m_bookings;
    case Notifications:
        return m_notifications;
    case Profile:
        return m_profile;
    case Settings:
        return m_settings;
    case AdminEvents:
        return m_adminEvents;
    case Attendees:
        return m_attendees;
    case Users:
        return m_users;
    case AuditLog:
        return m_audit;
    case Dashboard:
        return m_dashboard;
    case Checkin:
        return m_checkin;
    default:
        return nullptr;
    }
}

void MainWindow::showPage(Page page) {
    m_sidebar->setCurrentRow(page);
}

bool MainWindow::askToSignIn() {
    SignInDialog dialog(m_session, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::updateConnection() {
    QString text;
    QString colour;
    switch (m_session.live().state()) {
    case LiveClient::State::Live:
        text = tr("Live");
        colour = QStringLiteral("#16a34a");
        break;
    case LiveClient::State::Connecting:
        text = tr("Connecting…");
        colour = QStringLiteral("#f59e0b");
        break;
    case LiveClient::State::Reconnecting:
        text = tr("Reconnecting…");
        colour = QStringLiteral("#f59e0b");
        break;
    case LiveClient::State::Offline:
        text = tr("Offline — retrying");
        colour = QStringLiteral("#dc2626");
        break;
    }
    m_connection->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(colour, text.toHtmlEscaped()));
    m_connection->setAccessibleName(tr("Connection: %1").arg(text));
    QAccessibleEvent event(m_connection, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::updateUser() {
    const bool in = m_session.signedIn();
    const User &u = m_session.api().user();
    m_user->setText(in ? tr("Signed in as %1").arg(u.name.isEmpty() ? u.email : u.name) : tr("Not signed in"));
    m_signIn->setText(in ? tr("Sign out") : tr("Sign in…"));
    updateBadge();
    updateAdminPages();
}

bool MainWindow::pageAvailable(Page page) const {
    // The server refuses the routes behind each page to anyone else; the sidebar shows only what works.
    const Role role = m_session.admin().role();
    switch (page) {
    case AdminEvents:
    case Dashboard:
        return role >= Role::Organiser;
    case Attendees:
    case Checkin:
        return role >= Role::Staff;
    case Users:
    case AuditLog:
        return role == Role::Admin;
    default:
        return true;
    }
}

void MainWindow::updateAdminPages() {
    for (int p = kFirstAdminPage; p < PageCount; ++p)
        m_sidebar->setRowHidden(p, !pageAvailable(Page(p)));
    if (!pageAvailable(Page(m_sidebar->currentRow())))
        showPage(Browse);
}

void MainWindow::updateBadge() {
    const int unread = m_session.notifications().unread();
    QListWidgetItem *item = m_sidebar->item(Notifications);
    item->setText(unread > 0 ? tr("Notifications (%1)").arg(unread) : pageName(Notifications));
    item->setData(Qt::AccessibleTextRole, tr("Notifications, %n unread", nullptr, unread));
}

} // namespace eventbook::ui
