#include "form_message.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QPushButton>

namespace eventbook::ui {

void showFormMessage(QLabel *label, const QString &text, bool problem) {
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #dc2626;") : QStringLiteral("color: #16a34a;"));
    label->setVisible(!text.isEmpty());
    QAccessibleEvent event(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QHBoxLayout *buttonRow(QPushButton *button) {
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(button);
    return row;
}

} // namespace eventbook::ui
