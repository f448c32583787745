#pragma once

#include "eventbook/common/mail_types.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// Profile's "Mail and calendar": the language of EventBook's mails, the reminder and news
// switches (confirmations always come), and the personal calendar feed's address to copy into a
// calendar application, with a reset that makes the old address stop working.
class MailSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    MailSettingsBox(client::ClientSession &session, QWidget *parent = nullptr);

    // Reads the settings from the server (on sign-in and when the page is shown).
    void load();
    void save();
    void resetFeed(bool ask = true);
    void copyFeed();
    const MailSettings &settings() const { return m_settings; }
    QString message() const;
    QLineEdit *feedField() const { return m_feed; }

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void show(const MailSettings &s);
    void say(const QString &text, bool problem);

    client::ClientSession &m_session;
    MailSettings m_settings;
    QComboBox *m_language;
    QCheckBox *m_reminders;
    QCheckBox *m_news;
    QPushButton *m_save;
    QLineEdit *m_feed;
    QPushButton *m_copy;
    QPushButton *m_reset;
    QLabel *m_message;
};

} // namespace eventbook::ui
