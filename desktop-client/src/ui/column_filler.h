#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QHeaderView;

namespace eventbook::ui {

// Gives one column of a table what the others leave (like QHeaderView::Stretch) but never less
// than a readable width: in a narrow window the table scrolls sideways instead of squeezing the
// title or email down to "M…". The other columns keep fitting their contents.
class ColumnFiller : public QObject {
    Q_OBJECT
public:
    static void apply(QAbstractItemView *view, QHeaderView *header, int column, int minimumChars);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFiller(QAbstractItemView *view, QHeaderView *header, int column, int minimumWidth);
    void fit();

    QHeaderView *m_header;
    int m_column;
    int m_minimumWidth;
    QPointer<QWidget> m_viewport;
    bool m_fitting = false;
};

} // namespace eventbook::ui
