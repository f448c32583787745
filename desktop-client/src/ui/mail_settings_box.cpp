#include "mail_settings_box.h"

#include "api/mail_api.h"
#include "state/client_session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace eventbook::ui {

MailSettingsBox::MailSettingsBox(client::ClientSession &session, QWidget *parent)
    : QGroupBox(tr("Mail and calendar"), parent)
    , m_session(session) {
    m_language = new QComboBox(this);
    // Each language in its own words: someone who reads only that one finds it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Language of mails"));
    m_reminders = new QCheckBox(tr("Remind me by mail the day before an event"), this);
    m_news = new QCheckBox(tr("Send me news and announcements from the organisers"), this);
    auto *always = new QLabel(tr("Booking confirmations, cancellations and security notices always come."), this);
    always->setWordWrap(true);
    m_save = new QPushButton(tr("Save mail settings"), this);
    m_feed = new QLineEdit(this);
    m_feed->setReadOnly(true);
    m_feed->setAccessibleName(tr("Calendar feed address"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_reset = new QPushButton(tr("Reset…"), this);
    m_reset->setAccessibleDescription(tr("Makes a new address; calendars subscribed to the old one stop updating"));
    auto *feedHelp = new QLabel(tr("Subscribe to this address in Thunderbird, Google, Apple or Outlook calendar to "
                                   "see every event you booked. Keep it to yourself: anyone with it sees your events."),
                                this);
    feedHelp->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Language of mails"), m_language);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    auto *feedRow = new QHBoxLayout;
    feedRow->addWidget(m_feed, 1);
    feedRow->addWidget(m_copy);
    feedRow->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reminders);
    layout->addWidget(m_news);
    layout->addWidget(always);
    layout->addLayout(saveRow);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Your calendar feed"), this));
    layout->addLayout(feedRow);
    layout->addWidget(feedHelp);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &MailSettingsBox::save);
    connect(m_copy, &QPushButton::clicked, this, &MailSettingsBox::copyFeed);
    connect(m_reset, &QPushButton::clicked, this, [this] { resetFeed(true); });
    connect(&session, &client::ClientSession::userChanged, this, [this] {
        if (m_session.signedIn())
            load();
    });
    if (m_session.signedIn())
        load();
}

QString MailSettingsBox::message() const {
    return m_message->text();
}

void MailSettingsBox::say(const QString &text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #dc2626;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void MailSettingsBox::show(const MailSettings &s) {
    m_settings = s;
    const int index = m_language->findData(s.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_reminders->setChecked(s.reminders);
    m_news->setChecked(s.news);
    m_feed->setText(s.calendarFeedUrl);
    m_feed->setCursorPosition(0);
}

void MailSettingsBox::load() {
    client::MailApi(m_session.api()).settings({this, [this](const Result<MailSettings> &r) {
                                                  if (!r) {
                                                      say(r.error().message, true);
                                                      return;
                                                  }
                                                  show(*r);
                                                  Q_EMIT loaded();
                                              }});
}

void MailSettingsBox::save() {
    MailSettings wanted = m_settings;
    wanted.language = m_language->currentData().toString();
    wanted.reminders = m_reminders->isChecked();
    wanted.news = m_news->isChecked();
    m_save->setEnabled(false);
    client::MailApi(m_session.api()).updateSettings(wanted, {this, [this](const Result<MailSettings> &r) {
                                                                 m_save->setEnabled(true);
                                                                 if (!r) {
                                                                     say(r.error().message, true);
                                                                     return;
                                                                 }
                                                                 show(*r);
                                                                 say(tr("Mail settings saved."), false);
                                                                 Q_EMIT saved();
                                                             }});
}

void MailSettingsBox::copyFeed() {
    if (m_feed->text().isEmpty())
        return;
    QApplication::clipboard()->setText(m_feed->text());
    say(tr("Copied the calendar feed address."), false);
}

void MailSettingsBox::resetFeed(bool ask) {
    if (ask && QMessageBox::question(this, tr("Reset the calendar feed"),
                                     tr("Calendars subscribed to the current address stop updating. Make a new "
                                        "address?")) != QMessageBox::Yes)
        return;
    client::MailApi(m_session.api()).resetFeed({this, [this](const Result<MailSettings> &r) {
                                                   if (!r) {
                                                       say(r.error().message, true);
                                                       return;
                                                   }
                                                   show(*r);
                                                   say(tr("A new address: subscribe to it again where you use it."), false);
                                                   Q_EMIT saved();
                                               }});
}

} // namespace eventbook::ui
