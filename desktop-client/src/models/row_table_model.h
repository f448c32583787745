#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace eventbook::client {

// A table of value rows (users, bookings, audit entries, events) whose columns are given as
// functions, so each admin table is a list of columns rather than another model class.
// SortRole gives a column's raw value (numbers and times sort as such); RowIdRole the row's id.
template <typename T> class RowTableModel : public QAbstractTableModel {
public:
    static constexpr int SortRole = Qt::UserRole + 100;
    static constexpr int RowIdRole = Qt::UserRole + 101;

    struct Column {
        using Value = std::function<QVariant(const T &)>;
        // A constructor, not an aggregate with defaults: GCC 12 fails (an internal error) on
        // braced lists of such aggregates handed to a member of this template.
        Column(QString header_, Value display_, Value sortKey_ = Value(),
               Qt::Alignment alignment_ = Qt::AlignLeft | Qt::AlignVCenter)
            : header(std::move(header_))
            , display(std::move(display_))
            , sortKey(std::move(sortKey_))
            , alignment(alignment_) {}

        QString header;
        Value display;
        Value sortKey; // empty: display
        Qt::Alignment alignment;
    };

    RowTableModel(QList<Column> columns, std::function<qint64(const T &)> id, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_id(std::move(id)) {}
    // The rows without columns yet: the state layer owns the data, the page that shows it says how.
    explicit RowTableModel(std::function<qint64(const T &)> id, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_id(std::move(id)) {}

    void setColumns(QList<Column> columns) {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = m_rows.at(index.row());
        const Column &c = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return c.display(row);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(c.alignment);
        case SortRole:
            return c.sortKey ? c.sortKey(row) : c.display(row);
        case RowIdRole:
            return m_id(row);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return {};
        return m_columns.at(section).header;
    }

    void setRows(const QList<T> &rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    // Replaces the row with the same id in place (false when absent).
    bool updateRow(const T &value) {
        const int row = rowOf(m_id(value));
        if (row < 0)
            return false;
        m_rows[row] = value;
        rowChanged(row);
        return true;
    }
    // Changes one row through `change` in place (false when absent).
    bool modifyRow(qint64 id, const std::function<void(T &)> &change) {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        change(m_rows[row]);
        rowChanged(row);
        return true;
    }
    int rowOf(qint64 id) const {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_id(m_rows.at(i)) == id)
                return i;
        return -1;
    }
    const T *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<T> &rows() const { return m_rows; }

private:
    void rowChanged(int row) {
        if (!m_columns.isEmpty()) // a table nobody shows yet has no cells to repaint
            Q_EMIT dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
    }

    QList<Column> m_columns;
    std::function<qint64(const T &)> m_id;
    QList<T> m_rows;
};

} // namespace eventbook::client
