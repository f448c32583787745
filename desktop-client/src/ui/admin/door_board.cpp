#include "door_board.h"

#include "api/checkin_api.h"
#include "state/admin_session.h"
#include "state/client_session.h"
#include "ui/event_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace eventbook::ui {

namespace {
constexpr int kEvents = 6;
enum Column { EventColumn, CheckedIn, Present, Flagged, ColumnCount };
} // namespace

DoorBoard::DoorBoard(client::ClientSession &session, client::AdminSession &admin, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_table(new QTableWidget(0, ColumnCount, this)) {
    m_table->setObjectName(QStringLiteral("doorBoard"));
    m_table->setHorizontalHeaderLabels({tr("Event"), tr("Checked in"), tr("Present"), tr("Flagged")});
    m_table->setAccessibleName(tr("At the door"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(EventColumn, QHeaderView::Stretch);
    for (int c = CheckedIn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    // Six rows when there is room; one (it scrolls) in the smallest window, where the charts need the height.
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() + rowHeight * kEvents + 4);
    m_table->setMinimumHeight(std::max(m_table->minimumSizeHint().height(),
                                       m_table->horizontalHeader()->sizeHint().height() + rowHeight + 4));
    auto *title = new QLabel(tr("At the door"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table);
    connect(&m_admin, &client::AdminSession::upcomingLoaded, this, &DoorBoard::reload);
    connect(&m_session.live(), &client::LiveClient::occupancyChanged, this, &DoorBoard::show);
}

void DoorBoard::reload() {
    const QList<Event> &upcoming = m_admin.upcoming();
    for (qsizetype i = 0; i < upcoming.size() && i < kEvents; ++i) {
        rowOf(upcoming.at(i).id, true);
        client::CheckinApi(m_session.api()).occupancy(upcoming.at(i).id, {this, [this](const Result<checkin::Occupancy> &r) {
            if (r)
                show(*r);
        }});
    }
}

int DoorBoard::rowOf(qint64 eventId, bool add) {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, EventColumn)->data(Qt::UserRole).toLongLong() == eventId)
            return r;
    }
    if (!add)
        return -1;
    QString title = tr("Event %1").arg(eventId);
    for (const Event &e : m_admin.upcoming()) {
        if (e.id == eventId)
            title = e.title + QStringLiteral(" — ") + EventText::shortWhen(e.date);
    }
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *name = new QTableWidgetItem(title);
    name->setData(Qt::UserRole, eventId);
    m_table->setItem(r, EventColumn, name);
    for (int c = CheckedIn; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(QStringLiteral("—"));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, c, item);
    }
    return r;
}

void DoorBoard::show(const checkin::Occupancy &o) {
    if (m_scans.contains(o.eventId) && o.scans < m_scans.value(o.eventId))
        return; // an older answer that arrived late
    m_scans.insert(o.eventId, o.scans);
    const int r = rowOf(o.eventId, true);
    const QLocale locale;
    m_table->item(r, CheckedIn)->setText(tr("%1 of %2").arg(locale.toString(o.checkedIn), locale.toString(o.tickets)));
    m_table->item(r, Present)->setText(locale.toString(o.present));
    m_table->item(r, Flagged)->setText(locale.toString(o.conflicts));
    m_table->item(r, Flagged)->setForeground(o.conflicts > 0 ? QBrush(QColor(0xa3, 0x21, 0x1a)) : QBrush());
}

QStringList DoorBoard::rowFor(qint64 eventId) const {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, EventColumn)->data(Qt::UserRole).toLongLong() == eventId)
            return {m_table->item(r, CheckedIn)->text(), m_table->item(r, Present)->text(),
                    m_table->item(r, Flagged)->text()};
    }
    return {};
}

} // namespace eventbook::ui
