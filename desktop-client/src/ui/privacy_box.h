#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// Profile's "Your account and data": the user's role and events, "Download my data" (GET
// /api/profile/export saved as JSON), anonymising the account and deleting it (each with the
// password and a confirmation). Anonymising keeps past bookings in the statistics without a name;
// deleting removes them.
class PrivacyBox : public QGroupBox {
    Q_OBJECT
public:
    PrivacyBox(client::ClientSession &session, QWidget *parent = nullptr);

    QPushButton *downloadButton() const { return m_download; }
    QString message() const;
    // Fetches the export and saves it to `path` without asking (the button asks where first).
    void downloadTo(const QString &path);

Q_SIGNALS:
    void downloadFinished(bool ok);

private:
    void showStanding();
    void download();
    void anonymise();
    void deleteAccount();
    // Asks for the password with `text`; empty when the user cancelled.
    QString askPassword(const QString &title, const QString &text);

    client::ClientSession &m_session;
    QLabel *m_standing;
    QLabel *m_message;
    QPushButton *m_download;
    QPushButton *m_anonymise;
    QPushButton *m_delete;
};

} // namespace eventbook::ui
