#include "booking_table_model.h"

#include "event_text.h"
#include "models/booking_list_model.h"
#include "seat_bar.h"

#include <QLocale>

namespace eventbook::ui {
using client::BookingListModel;

BookingTableModel::BookingTableModel(BookingListModel &source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source) {
    connect(&source, &QAbstractItemModel::modelAboutToBeReset, this, &BookingTableModel::beginResetModel);
    connect(&source, &QAbstractItemModel::modelReset, this, &BookingTableModel::endResetModel);
    connect(&source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        Q_EMIT dataChanged(index(from.row(), 0), index(to.row(), ColumnCount - 1));
    });
}

int BookingTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_source.rowCount();
}

int BookingTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = m_source.index(index.row(), 0);
    if (role >= Qt::UserRole)
        return source.data(role);
    if (role == Qt::TextAlignmentRole && index.column() == Seats)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Seats)
        return SeatBar::caption(source.data(BookingListModel::AvailableSlotsRole).toInt(),
                                source.data(BookingListModel::TotalSlotsRole).toInt());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Event:
        return source.data(BookingListModel::TitleRole);
    case Date:
        return EventText::shortWhen(source.data(BookingListModel::DateRole).toDateTime());
    case Place:
        return source.data(BookingListModel::LocationRole);
    case Seats:
        // The seats this booking holds (one per booking), not the event's remaining seats.
        return source.data(BookingListModel::StatusRole).toString() == QLatin1StringView("cancelled") ? 0 : 1;
    case Status:
        return source.data(BookingListModel::StatusRole).toString() == QLatin1StringView("cancelled") ? tr("Cancelled")
                                                                                                   : tr("Confirmed");
    case BookedAt:
        return QLocale().toString(source.data(BookingListModel::BookedAtRole).toDateTime().toLocalTime(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Event:
        return tr("Event");
    case Date:
        return tr("When");
    case Place:
        return tr("Where");
    case Seats:
        return tr("Your seats");
    case Status:
        return tr("Status");
    case BookedAt:
        return tr("Booked on");
    default:
        return {};
    }
}

} // namespace eventbook::ui
