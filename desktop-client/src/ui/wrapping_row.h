#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

namespace eventbook::ui {

// A toolbar row in two parts that sits on one line when there is room and puts the second part
// under the first when there is not, so filters stay whole from 800×600 to 4K instead of being
// squeezed below their minimum. Fill `first()` and `second()` like any QHBoxLayout.
class WrappingRow : public QWidget {
    Q_OBJECT
public:
    explicit WrappingRow(QWidget *parent = nullptr);

    QHBoxLayout *first() const { return m_first; }
    QHBoxLayout *second() const { return m_second; }
    bool wrapped() const;
    // On one line the second part shares the width equally instead of keeping its natural size.
    void shareWidthEvenly();

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);
    int oneLineWidth() const;

    QBoxLayout *m_rows = nullptr;
    QHBoxLayout *m_first = nullptr;
    QHBoxLayout *m_second = nullptr;
};

} // namespace eventbook::ui
