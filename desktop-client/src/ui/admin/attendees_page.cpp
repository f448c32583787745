#include "attendees_page.h"
#include "queue_panel.h"

#include "admin_events_page.h"
#include "admin_table.h"
#include "event_picker.h"
#include "ui/column_filler.h"
#include "ui/wrapping_row.h"
#include "api/admin_api.h"
#include "state/admin_session.h"
#include "state/client_session.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QSplitter>
#include <QVBoxLayout>
#include <memory>

namespace eventbook::ui {

AttendeesPage::AttendeesPage(client::ClientSession &session, client::AdminSession &admin, AdminEventsPage &events,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_events(events)
    , m_model(&admin.attendees()) {
    makeTable();
    makeLayout();
    wire();
}

void AttendeesPage::makeTable() {
    const auto userName = [](const Booking &b) { return b.user ? b.user->name : QString(); };
    m_model->setColumns({{tr("Name"), userName},
                         {tr("Email"), [](const Booking &b) { return b.user ? b.user->email : QString(); }},
                         {tr("Booked at"),
                          [](const Booking &b) {
                              return QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat);
                          },
                          [](const Booking &b) { return b.createdAt; }},
                         {tr("Status"), [](const Booking &b) {
                              return b.status == BookingStatus::Confirmed ? tr("Confirmed") : tr("Cancelled");
                          }}});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Model::SortRole);
    m_table = makeAdminTable(this);
    m_table->setModel(proxy);
    m_table->setAccessibleName(tr("Attendees"));
    m_table->sortByColumn(2, Qt::DescendingOrder);
    ColumnFiller::apply(m_table, m_table->horizontalHeader(), 1, 22);
}

void AttendeesPage::makeLayout() {
    m_event = makeEventPicker(this, tr("Event"));
    m_exportOne = new QPushButton(tr("Export CSV…"), this);
    m_exportOne->setAccessibleDescription(tr("Saves this event's bookings as a CSV file"));
    m_exportAll = new QPushButton(tr("Export all bookings…"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *eventLabel = new QLabel(tr("&Event:"), this);
    eventLabel->setBuddy(m_event);
    auto *top = new WrappingRow(this);
    top->first()->addWidget(eventLabel);
    top->first()->addWidget(m_event, 1);
    top->second()->addStretch(); // under the field, the buttons sit on the right at their size
    top->second()->addWidget(m_exportOne);
    top->second()->addWidget(m_exportAll);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(pageTitle(tr("Attendees"), this));
    layout->addWidget(top);
    // The waiting list beside the attendees: who gets the next seat that comes free.
    m_queue = new QueuePanel(m_session, this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_queue);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

}

void AttendeesPage::wire() {
    connect(m_event, &QComboBox::currentIndexChanged, this, &AttendeesPage::reload);
    connect(&m_events, &AdminEventsPage::loaded, this, &AttendeesPage::fillEvents);
    connect(m_exportOne, &QPushButton::clicked, this, [this] { chooseFileAndExport(false); });
    connect(m_exportAll, &QPushButton::clicked, this, [this] { chooseFileAndExport(true); });
    // The session keeps the rows current (live bookings and cancellations for this event).
    connect(&m_admin, &client::AdminSession::attendeesLoaded, this, [this](int confirmed) {
        m_message->setText(tr("%n confirmed booking(s)", nullptr, confirmed));
        Q_EMIT attendeesLoaded();
    });
    connect(&m_admin, &client::AdminSession::attendeesFailed, m_message, &QLabel::setText);
    connect(&m_session, &client::ClientSession::userChanged, this, &AttendeesPage::applyRole);
    applyRole();
}

void AttendeesPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Door staff have no Events page to load the list of their events.
    if (!m_admin.eventsWanted())
        m_admin.reloadEvents();
}

void AttendeesPage::applyRole() {
    const Role role = m_admin.role();
    m_table->setColumnHidden(1, role < Role::Organiser); // staff get no email addresses
    m_exportOne->setVisible(role >= Role::Organiser);
    m_exportAll->setVisible(role == Role::Admin);
    m_queue->setVisible(role >= Role::Organiser);
}

qint64 AttendeesPage::eventId() const {
    return m_event->currentData().toLongLong();
}

QString AttendeesPage::message() const {
    return m_message->text();
}

void AttendeesPage::fillEvents() {
    const qint64 keep = eventId();
    if (refillEventPicker(m_event, m_events.model().rows()) != keep || m_model->rowCount() == 0)
        reload();
}

bool AttendeesPage::showEventAttendees(qint64 id) {
    const int index = m_event->findData(id);
    if (index < 0)
        return false;
    m_event->setCurrentIndex(index);
    return true;
}

void AttendeesPage::reload() {
    const qint64 id = eventId();
    m_exportOne->setEnabled(id > 0);
    m_admin.showAttendees(id);
    if (m_admin.role() >= Role::Organiser)
        m_queue->showQueue(id);
}

QString AttendeesPage::suggestedExportPath(bool allEvents) const {
    const QString name =
        allEvents ? QStringLiteral("bookings.csv") : QStringLiteral("bookings-event-%1.csv").arg(eventId());
    // The folder used last, else Documents, Downloads or home: whichever exists (a fresh account
    // may have no Documents, and the dialog would then fall back to the working directory).
    QStringList candidates{m_lastExportDir};
    for (auto location : {QStandardPaths::DocumentsLocation, QStandardPaths::DownloadLocation,
                          QStandardPaths::HomeLocation})
        candidates.append(QStandardPaths::writableLocation(location));
    for (const QString &dir : std::as_const(candidates))
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return QDir(dir).filePath(name);
    return QDir::home().filePath(name);
}

void AttendeesPage::chooseFileAndExport(bool allEvents) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bookings"), suggestedExportPath(allEvents),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastExportDir = QFileInfo(path).absolutePath();
    exportTo(path, allEvents);
}

void AttendeesPage::exportTo(const QString &path, bool allEvents) {
    // QSaveFile: the file appears only complete; a failed export leaves nothing half-written.
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        const QString why = tr("Cannot write %1: %2").arg(path, file->errorString());
        m_message->setText(why);
        Q_EMIT exportFinished(false, why);
        return;
    }
    m_progress->show();
    m_exportOne->setEnabled(false);
    m_exportAll->setEnabled(false);
    m_message->setText(tr("Exporting…"));
    const std::optional<qint64> only = allEvents ? std::nullopt : std::optional<qint64>(eventId());
    client::AdminApi(m_session.api())
        .exportCsv(
            only, file.get(),
            [this](qint64 bytes) { m_message->setText(tr("Exporting… %1").arg(QLocale().formattedDataSize(bytes))); },
            {this, [this, file, path](const Result<qint64> &r) {
                m_progress->hide();
                m_exportOne->setEnabled(eventId() > 0);
                m_exportAll->setEnabled(true);
                QString text;
                bool ok = bool(r) && file->commit();
                if (ok)
                    text = tr("Saved %1 (%2).").arg(path, QLocale().formattedDataSize(*r));
                else if (!r)
                    text = tr("Export failed: %1").arg(r.error().message);
                else
                    text = tr("Cannot write %1: %2").arg(path, file->errorString());
                if (!ok)
                    file->cancelWriting();
                m_message->setText(text);
                Q_EMIT exportFinished(ok, text);
            }});
}

} // namespace eventbook::ui
