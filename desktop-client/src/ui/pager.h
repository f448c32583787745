#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace eventbook::ui {

// "← Previous  Page 2 of 5  Next →": the page controls every paged list shares.
class Pager : public QWidget {
    Q_OBJECT
public:
    explicit Pager(QWidget *parent = nullptr);

    void setPage(int page, int pages);
    int page() const { return m_page; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void pageRequested(int page);

private:
    QPushButton *m_previous;
    QLabel *m_label;
    QPushButton *m_next;
    int m_page = 1;
    int m_pages = 1;
};

} // namespace eventbook::ui
