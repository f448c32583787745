#pragma once

#include <QImage>
#include <QString>

namespace eventbook::ui {

// A mail as a reader sees it, for the screenshots: the header lines and the HTML part drawn by
// Qt's rich-text engine (QTextDocument), `width` pixels wide. `file` holds the header lines
// ("From: …", "To: …", "Subject: …"), an empty line, then the HTML part (scripts/lib/mail_html.py
// writes it from a mail the server sent). A null image when the file cannot be read.
QImage renderMail(const QString &file, int width);

} // namespace eventbook::ui
