#pragma once

#include <QWidget>

namespace eventbook::ui {

// How full an event is: a bar (green, amber when few are left, red when full) and a sentence.
class SeatBar : public QWidget {
    Q_OBJECT
public:
    explicit SeatBar(QWidget *parent = nullptr);

    void setSeats(int available, int total);
    QSize sizeHint() const override;

    static void paint(QPainter &p, const QRect &bar, int available, int total, const QPalette &palette);
    static QString caption(int available, int total, int waiting = 0);

protected:
    void paintEvent(QPaintEvent *) override;

private:
    int m_available = 0;
    int m_total = 0;
};

} // namespace eventbook::ui
