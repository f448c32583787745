#include "confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace eventbook::ui {

void confirmThen(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                 const QString &noText, std::function<void()> onYes) {
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(noText, QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    yes->setObjectName(QStringLiteral("confirmYes"));
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, yes, onYes = std::move(onYes)](QAbstractButton *b) {
        if (b == yes && onYes)
            onYes();
        box->close();
    });
    box->open();
}

} // namespace eventbook::ui
