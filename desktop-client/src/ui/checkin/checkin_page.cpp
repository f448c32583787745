#include "checkin_page.h"

#include "answer_panel.h"
#include "qr_image_reader.h"
#include "state/admin_session.h"
#include "state/client_session.h"
#include "ui/admin/admin_events_page.h"
#include "ui/admin/admin_table.h"
#include "ui/admin/event_picker.h"
#include "ui/wrapping_row.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace eventbook::ui {

namespace {
QLabel *bigNumber(QWidget *parent, const QString &name) {
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

CheckinPage::CheckinPage(client::ClientSession &session, client::AdminSession &admin, AdminEventsPage &events,
                         const QString &dataDir, const QString &deviceId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_events(events)
    , m_desk(new client::CheckInDesk(session.api(), dataDir, deviceId, this)) {
    makeLayout();
    wire();
    showState();
    showOccupancy();
}

void CheckinPage::makeLayout() {
    m_event = makeEventPicker(this, tr("Event"));
    m_entry = new QRadioButton(tr("E&ntry"), this);
    m_exit = new QRadioButton(tr("E&xit"), this);
    m_entry->setChecked(true);
    auto *eventLabel = new QLabel(tr("&Event:"), this);
    eventLabel->setBuddy(m_event);
    auto *top = new WrappingRow(this);
    top->first()->addWidget(eventLabel);
    top->first()->addWidget(m_event, 1);
    top->second()->addStretch();
    top->second()->addWidget(m_entry);
    top->second()->addWidget(m_exit);

    m_answer = new AnswerPanel(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("scanInput"));
    m_input->setPlaceholderText(tr("Scan a ticket, or paste its text, and press Enter"));
    m_input->setAccessibleName(tr("Ticket"));
    m_input->setClearButtonEnabled(true);
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_input->setFont(big);
    m_picture = new QPushButton(tr("Open &picture…"), this);
    m_picture->setAccessibleDescription(tr("Reads the QR code in a photo or a saved ticket"));
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_input, 1);
    scanRow->addWidget(m_picture);

    m_checkedIn = bigNumber(this, QStringLiteral("checkedIn"));
    m_present = bigNumber(this, QStringLiteral("present"));
    m_flagged = bigNumber(this, QStringLiteral("flagged"));
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_checkedIn);
    numbers->addStretch();
    numbers->addWidget(m_present);
    numbers->addStretch();
    numbers->addWidget(m_flagged);

    auto *search = new QGroupBox(tr("Ticket left at home"), this);
    m_name = new QLineEdit(search);
    m_name->setPlaceholderText(tr("Holder's name"));
    m_name->setAccessibleName(tr("Holder's name"));
    m_found = new QListWidget(search);
    m_found->setAccessibleName(tr("Tickets found"));
    m_found->setMaximumHeight(120);
    m_admit = new QPushButton(tr("&Admit"), search);
    m_admit->setEnabled(false);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_name, 1);
    searchRow->addWidget(m_admit);
    auto *searchLayout = new QVBoxLayout(search);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(m_found);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deskStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(pageTitle(tr("Check-in"), this));
    layout->addWidget(top);
    layout->addWidget(m_answer, 1);
    layout->addLayout(scanRow);
    layout->addLayout(numbers);
    layout->addWidget(search);
    layout->addWidget(m_status);
    setFocusProxy(m_input);
}

void CheckinPage::wire() {
    connect(&m_events, &AdminEventsPage::loaded, this, &CheckinPage::fillEvents);
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] { openEvent(m_event->currentData().toLongLong()); });
    connect(m_input, &QLineEdit::returnPressed, this, &CheckinPage::submit);
    connect(m_picture, &QPushButton::clicked, this, &CheckinPage::choosePicture);
    connect(m_name, &QLineEdit::textChanged, this, &CheckinPage::findByName);
    connect(m_name, &QLineEdit::returnPressed, this, &CheckinPage::admitFound);
    connect(m_found, &QListWidget::currentRowChanged, this, [this](int row) { m_admit->setEnabled(row >= 0); });
    connect(m_found, &QListWidget::itemActivated, this, &CheckinPage::admitFound);
    connect(m_admit, &QPushButton::clicked, this, &CheckinPage::admitFound);
    connect(m_desk, &client::CheckInDesk::answered, this, &CheckinPage::showAnswer);
    connect(m_desk, &client::CheckInDesk::stateChanged, this, &CheckinPage::showState);
    connect(m_desk, &client::CheckInDesk::occupancyChanged, this, &CheckinPage::showOccupancy);
    connect(m_desk, &client::CheckInDesk::problem, this, [this](const QString &message) {
        m_status->setText(message);
    });
    connect(&m_session.live(), &client::LiveClient::occupancyChanged, m_desk, &client::CheckInDesk::takeOccupancy);
    connect(&m_session.live(), &client::LiveClient::ticketScanned, m_desk, &client::CheckInDesk::takeTicket);
    // Back online, the live socket says so before the next sync does.
    connect(&m_session.live(), &client::LiveClient::stateChanged, this, [this](client::LiveClient::State s) {
        if (s == client::LiveClient::State::Live && m_desk->eventId() > 0 && !m_desk->isOnline())
            m_desk->sync();
    });
}

void CheckinPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Door staff have no Events page to load the list of their events.
    if (!m_admin.eventsWanted())
        m_admin.reloadEvents();
    m_input->setFocus();
}

void CheckinPage::fillEvents() {
    const qint64 chosen = refillEventPicker(m_event, m_events.model().rows());
    if (chosen > 0 && chosen != m_desk->eventId())
        openEvent(chosen);
}

void CheckinPage::openEvent(qint64 eventId) {
    if (eventId <= 0)
        return;
    if (m_event->currentData().toLongLong() != eventId) {
        const int index = m_event->findData(eventId);
        if (index >= 0) {
            const QSignalBlocker block(m_event);
            m_event->setCurrentIndex(index);
        }
    }
    m_answer->clear();
    m_found->clear();
    m_desk->open(eventId);
    showState();
    showOccupancy();
}

checkin::Direction CheckinPage::direction() const {
    return m_exit->isChecked() ? checkin::Direction::Exit : checkin::Direction::Entry;
}

void CheckinPage::setDirection(checkin::Direction d) {
    (d == checkin::Direction::Exit ? m_exit : m_entry)->setChecked(true);
}

void CheckinPage::submit() {
    const QString text = m_input->text().trimmed();
    m_input->clear();
    m_input->setFocus();
    if (!text.isEmpty())
        m_desk->scan(text, direction());
}

void CheckinPage::choosePicture() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a picture of a ticket"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (!path.isEmpty())
        scanPicture(path);
    m_input->setFocus();
}

bool CheckinPage::scanPicture(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's orientation
    const QString text = readQrCode(reader.read());
    if (text.isEmpty()) {
        client::DeskAnswer none;
        none.verdict = checkin::Verdict::Invalid;
        m_answer->show(none);
        m_status->setText(tr("No QR code found in %1.").arg(path));
        return false;
    }
    m_desk->scan(text, direction());
    return true;
}

void CheckinPage::showAnswer(const client::DeskAnswer &a) {
    m_answer->show(a);
    m_input->setFocus();
    showState();
}

void CheckinPage::findByName() {
    m_found->clear();
    for (const checkin::TicketState &t : m_desk->search(m_name->text())) {
        QString line = t.holder;
        if (!t.confirmed)
            line += QStringLiteral(" — ") + tr("cancelled");
        else if (t.inside)
            line += QStringLiteral(" — ") + tr("inside");
        else if (t.entries > 0)
            line += QStringLiteral(" — ") + tr("checked out");
        auto *item = new QListWidgetItem(line, m_found);
        item->setData(Qt::UserRole, t.bookingId);
    }
    if (m_found->count() > 0)
        m_found->setCurrentRow(0);
    m_admit->setEnabled(m_found->count() > 0);
}

void CheckinPage::admitFound() {
    QListWidgetItem *item = m_found->currentItem();
    if (!item)
        return;
    m_desk->admit(item->data(Qt::UserRole).toLongLong(), direction());
    m_name->clear();
    m_input->setFocus();
}

QString CheckinPage::statusText() const {
    return m_status->text();
}

void CheckinPage::showState() {
    QStringList parts;
    parts << (m_desk->isOnline() ? tr("Online") : tr("Offline: deciding with this desk's copy"));
    parts << tr("%n ticket(s) on this desk", nullptr, m_desk->ticketCount());
    if (const int queued = m_desk->queuedCount(); queued > 0)
        parts << tr("%n scan(s) waiting to be sent", nullptr, queued);
    if (const auto at = m_desk->lastSync())
        parts << tr("synchronised at %1").arg(QLocale().toString(at->toLocalTime().time(), QLocale::ShortFormat));
    parts << tr("desk %1").arg(AnswerPanel::deskName(m_desk->deviceId()));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

QString CheckinPage::occupancyText() const {
    return QStringList({m_checkedIn->text(), m_present->text(), m_flagged->text()}).join(QStringLiteral(" · "));
}

void CheckinPage::showOccupancy() {
    const checkin::Occupancy o = m_desk->occupancy();
    m_checkedIn->setText(tr("Checked in: %1 of %2").arg(o.checkedIn).arg(o.tickets));
    m_present->setText(tr("Present: %1").arg(o.present));
    m_flagged->setText(tr("Flagged: %1").arg(o.conflicts));
    m_flagged->setVisible(o.conflicts > 0);
}

} // namespace eventbook::ui
