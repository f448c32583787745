#pragma once

#include <QAbstractTableModel>

namespace eventbook::client {
class BookingListModel;
}

namespace eventbook::ui {

// Shows a BookingListModel as columns (event, date, place, seats left, status, booked at) with
// readable, translated cells. Follows its source's resets and live changes.
class BookingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Event, Date, Place, Seats, Status, BookedAt, ColumnCount };

    explicit BookingTableModel(client::BookingListModel &source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    client::BookingListModel &m_source;
};

} // namespace eventbook::ui
