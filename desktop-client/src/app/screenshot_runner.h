#pragma once

#include <QDir>
#include <QObject>

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {
class ProfilePage;

class MainWindow;

// `eventbook --screenshot DIR`: waits for the first data, signs in with EVENTBOOK_EMAIL and
// EVENTBOOK_PASSWORD when both are set, renders each page (and, signed out, the sign-in dialog)
// to DIR/<page>.png, and quits with 0, or 1 with a message when something failed.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(client::ClientSession &session, MainWindow &window, const QString &dir, QObject *parent = nullptr);
    void start();

private:
    void capturePages();
    void capturePage(int page);
    void captureExtras();
    void captureWaitlist(std::function<void()> next);
    void captureSignedInExtras();
    void captureCheckin(qint64 eventId);
    void captureProfileStrength();
    void captureProfileMail(ProfilePage *profile);
    void finish();
    void save(QWidget *widget, const QString &name);
    void fail(const QString &message);
    // Lets pending answers and images arrive, then calls `next`.
    void settle(std::function<void()> next, int ms = 1500);

    client::ClientSession &m_session;
    MainWindow &m_window;
    QDir m_dir;
    bool m_waitlistShot = false;
    QStringList m_written;
};

} // namespace eventbook::ui
