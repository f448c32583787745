#include "bookings_page.h"

#include "confirmation.h"
#include "ticket_dialog.h"
#include "waitlist_tab.h"

#include "booking_table_model.h"
#include "column_filler.h"
#include "state/client_session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace eventbook::ui {

BookingsPage::BookingsPage(client::ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("My bookings"));
    m_upcoming = makeView(session.upcoming());
    m_past = makeView(session.past());
    m_tabs->addTab(m_upcoming, tr("Upcoming"));
    m_tabs->addTab(m_past, tr("Past and cancelled"));
    m_waiting = new WaitlistTab(session, this);
    const int waitingTab = m_tabs->addTab(m_waiting, tr("Waiting lists"));
    connect(m_waiting, &WaitlistTab::countChanged, this, [this, waitingTab](int places) {
        m_tabs->setTabText(waitingTab, places > 0 ? tr("Waiting lists (%1)").arg(places) : tr("Waiting lists"));
    });
    m_upcoming->setAccessibleName(tr("Upcoming bookings"));
    m_past->setAccessibleName(tr("Past and cancelled bookings"));
    m_ticket = new QPushButton(tr("&Ticket…"), this);
    m_ticket->setAccessibleDescription(tr("Shows the selected booking's ticket to show at the door"));
    m_cancel = new QPushButton(tr("Cancel booking…"), this);
    m_cancel->setAccessibleDescription(tr("Cancels the selected upcoming booking and gives the seat back"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *title = new QLabel(tr("My bookings"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_ticket);
    actions->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    connect(m_cancel, &QPushButton::clicked, this, &BookingsPage::cancelSelected);
    connect(m_ticket, &QPushButton::clicked, this, &BookingsPage::showTicket);
    connect(m_upcoming, &QTreeView::activated, this, &BookingsPage::showTicket);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BookingsPage::updateState);
    connect(m_upcoming->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookingsPage::updateState);
    connect(&session, &client::ClientSession::bookingsLoaded, this, &BookingsPage::updateState);
    updateState();
}

QTreeView *BookingsPage::makeView(client::BookingListModel &model) {
    auto *view = new QTreeView(this);
    auto *table = new BookingTableModel(model, view);
    view->setModel(table);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 6px 4px; }"));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    // Sized from the text they hold, so an empty table shows whole headers and a full one no
    // horizontal scroll bar at 800×600: the title takes what is left, the place is elided.
    const QFontMetrics fm(header->font());
    header->setMinimumSectionSize(fm.horizontalAdvance(QLatin1Char('M')) * 5);
    for (int c = 0; c < BookingTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BookingTableModel::Place, QHeaderView::Interactive);
    header->resizeSection(BookingTableModel::Place, fm.averageCharWidth() * 16);
    ColumnFiller::apply(view, header, BookingTableModel::Event, 18);
    return view;
}

void BookingsPage::updateState() {
    const bool keep = std::exchange(m_keepMessage, false);
    const bool upcomingTab = m_tabs->currentWidget() == m_upcoming;
    m_message->setVisible(m_tabs->currentWidget() != m_waiting);
    m_cancel->setVisible(upcomingTab);
    m_cancel->setEnabled(upcomingTab && m_upcoming->currentIndex().isValid());
    m_ticket->setVisible(upcomingTab);
    m_ticket->setEnabled(upcomingTab && m_upcoming->currentIndex().isValid());
    if (!m_session.signedIn())
        m_message->setText(tr("Sign in to see your bookings."));
    else if (m_session.upcoming().rowCount() == 0 && upcomingTab)
        m_message->setText(tr("No upcoming bookings. Find something in Browse."));
    else if (!keep)
        m_message->clear();
}

TicketDialog *BookingsPage::showTicket() {
    const auto *booking = m_session.upcoming().bookingAt(m_upcoming->currentIndex().row());
    if (!booking)
        return nullptr;
    auto *dialog = new TicketDialog(m_session, booking->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BookingsPage::cancelSelected() {
    const auto *booking = m_session.upcoming().bookingAt(m_upcoming->currentIndex().row());
    if (!booking)
        return;
    const QString title = booking->event ? booking->event->title : QString();
    const qint64 eventId = booking->eventId;
    confirmThen(this, tr("Cancel booking"),
                tr("Cancel your booking for “%1”? Your seat goes to someone else.").arg(title), tr("Cancel booking"),
                tr("Keep my booking"), [this, eventId, title] { cancelEvent(eventId, title); });
}

void BookingsPage::cancelEvent(qint64 eventId, const QString &title) {
    m_cancel->setEnabled(false);
    m_session.cancel(eventId, {this, [this, title](const Result<Booking> &r) {
        m_message->setText(r ? tr("Cancelled your booking for “%1”.").arg(title) : r.error().message);
        m_keepMessage = true; // the outcome stays until the next change
        updateState();
    }});
}

} // namespace eventbook::ui
