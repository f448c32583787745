#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class AdminEventsPage;
class AppSettings;
class AttendeesPage;
class AuditPage;
class CheckinPage;
class DashboardPage;
class UsersPage;
class BookingsPage;
class BrowsePage;
class ImageCache;
class NotificationsPage;
class ProfilePage;
class SettingsPage;

// The main window: a sidebar of pages, the pages, and a status bar with the live connection's
// state and the signed-in user.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        Browse,
        Bookings,
        Notifications,
        Profile,
        Settings,
        AdminEvents, // the console pages follow: organisers and staff see some of them, admins all
        Attendees,
        Users,
        AuditLog,
        Dashboard,
        Checkin,
        PageCount
    };
    static constexpr int kFirstAdminPage = AdminEvents;

    MainWindow(client::ClientSession &session, AppSettings &settings, QWidget *parent = nullptr);

    void showPage(Page page);
    QWidget *page(Page page) const;
    BrowsePage *browse() const { return m_browse; }
    BookingsPage *bookings() const { return m_bookings; }
    NotificationsPage *notifications() const { return m_notifications; }
    AdminEventsPage *adminEvents() const { return m_adminEvents; }
    AttendeesPage *attendees() const { return m_attendees; }
    UsersPage *users() const { return m_users; }
    AuditPage *auditLog() const { return m_audit; }
    DashboardPage *dashboard() const { return m_dashboard; }
    CheckinPage *checkin() const { return m_checkin; }
    ProfilePage *profile() const { return m_profile; }
    ImageCache &images() const { return *m_images; }
    // True when the page is offered in the sidebar (admin pages: to admins only).
    bool pageAvailable(Page page) const;
    QListWidget *sidebar() const { return m_sidebar; }
    QLabel *connectionLabel() const { return m_connection; }
    static QString pageName(Page page);
    // Opens the sign-in dialog (modal); true when the user signed in.
    bool askToSignIn();

private:
    void makePages(AppSettings &settings);
    void makeSidebar();
    void makeLayout();
    void wire();
    void makeShortcuts();
    void updateConnection();
    void updateUser();
    void updateBadge();
    void updateAdminPages();

    client::ClientSession &m_session;
    ImageCache *m_images;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    BrowsePage *m_browse;
    BookingsPage *m_bookings;
    NotificationsPage *m_notifications;
    ProfilePage *m_profile;
    SettingsPage *m_settings;
    AdminEventsPage *m_adminEvents;
    AttendeesPage *m_attendees;
    UsersPage *m_users;
    AuditPage *m_audit;
    DashboardPage *m_dashboard;
    CheckinPage *m_checkin;
    QLabel *m_connection;
    QLabel *m_user;
    QLabel *m_toast;
    QPushButton *m_signIn;
};

} // namespace eventbook::ui
