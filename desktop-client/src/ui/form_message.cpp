#include "form_message.h"

#include <QAccessible>
#include <QDialog>
#include <QHBoxLayout>
#include <QLayout>
#include <QPushButton>
#include <QTimer>

namespace eventbook::ui {

void showFormMessage(QLabel *label, const QString &text, bool problem) {
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #dc2626;") : QStringLiteral("color: #16a34a;"));
    label->setVisible(!text.isEmpty());
    QAccessibleEvent event(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    fitHeightToContents(label->window());
}

QLabel *makeFieldError(QWidget *field, QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #dc2626;"));
    l->setWordWrap(true);
    l->setBuddy(field);
    l->hide();
    return l;
}

void setFieldError(QLabel *error, const QString &problem) {
    const bool changed = error->text() != problem || error->isHidden() != problem.isEmpty();
    error->setText(problem);
    error->setVisible(!problem.isEmpty());
    if (QWidget *field = error->buddy()) {
        if (field->accessibleDescription() != problem) {
            field->setAccessibleDescription(problem);
            QAccessibleEvent event(field, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
        }
    }
    if (changed)
        fitHeightToContents(error->window());
}

void fitHeightToContents(QWidget *window) {
    // Dialogs only: the main window's pages scroll instead.
    if (!qobject_cast<QDialog *>(window) || !window->layout())
        return;
    QLayout *layout = window->layout();
    // Once the labels have their new text and the layout has been invalidated.
    QTimer::singleShot(0, window, [window, layout] {
        layout->activate();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                       : layout->totalMinimumSize().height();
        if (window->height() < needed)
            window->resize(window->width(), needed);
    });
}

QHBoxLayout *buttonRow(QPushButton *button) {
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(button);
    return row;
}

} // namespace eventbook::ui
