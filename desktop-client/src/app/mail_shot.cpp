#include "mail_shot.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QTextDocument>

namespace eventbook::ui {

QImage renderMail(const QString &file, int width) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    if (split < 0)
        return {};
    QString head;
    for (const QString &line : text.left(split).split(QLatin1Char('\n')))
        head += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
    QTextDocument header;
    header.setDocumentMargin(16);
    header.setHtml(QStringLiteral("<div style=\"color:#57606a\">%1</div>").arg(head));
    header.setTextWidth(width);
    QTextDocument body;
    body.setDocumentMargin(16);
    body.setHtml(text.mid(split + 2));
    body.setTextWidth(width);
    const int headerHeight = int(header.size().height());
    const int height = headerHeight + 1 + int(body.size().height());
    QImage page(width, height, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.fillRect(QRect(0, 0, width, headerHeight), QColor(0xf6, 0xf8, 0xfa));
    header.drawContents(&p);
    p.setPen(QColor(0xd0, 0xd7, 0xde));
    p.drawLine(0, headerHeight, width, headerHeight);
    p.translate(0, headerHeight + 1);
    body.drawContents(&p);
    return page;
}

} // namespace eventbook::ui
