#include "ticket_dialog.h"

#include "api/mail_api.h"
#include "calendar_button.h"

#include "eventbook/common/qr_code.h"
#include "event_text.h"
#include "state/client_session.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <cmath>

namespace eventbook::ui {

namespace {
// The code as crisp black squares on white, `module` pixels each, with the quiet zone.
QImage qrImage(const QString &text, int module) {
    const auto qr = QrCode::encode(text.toLatin1());
    if (!qr)
        return {};
    int side = 0;
    const QByteArray pixels = qr->greyscale(module, &side);
    QImage image(reinterpret_cast<const uchar *>(pixels.constData()), side, side, side, QImage::Format_Grayscale8);
    return image.copy(); // the bytes go with `pixels`
}
} // namespace

TicketDialog::TicketDialog(client::ClientSession &session, qint64 bookingId, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLabel(this))
    , m_words(new QLabel(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Ticket"));
    m_code->setObjectName(QStringLiteral("ticketCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setAccessibleName(tr("Ticket QR code"));
    m_code->setStyleSheet(QStringLiteral("background: white;"));
    m_words->setWordWrap(true);
    m_words->setMinimumWidth(260);
    m_words->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setText(tr("Loading the ticket…"));
    m_png = new QPushButton(tr("Save as &PNG…"), this);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_png->setEnabled(false);
    m_pdf->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_png, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    // The booking's own calendar entry: the UID its mails use, so the calendar keeps one copy.
    m_calendar = new CalendarButton(this);
    m_calendar->setSource([&session, bookingId](client::ApiClient::Done<QByteArray> done) {
        client::MailApi(session.api()).bookingCalendar(bookingId, std::move(done));
    }, QStringLiteral("booking-%1.ics").arg(bookingId));
    buttons->addButton(m_calendar, QDialogButtonBox::ActionRole);
    connect(m_calendar, &CalendarButton::finished, this, [this](bool, const QString &message) { m_message->setText(message); });
    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    body->addWidget(m_code, 0, Qt::AlignTop);
    body->addWidget(m_words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_png, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    client::CheckinApi(session.api()).ticket(bookingId, {this, [this](const Result<client::TicketReply> &r) {
        if (!r) {
            m_message->setText(r.error().message);
            return;
        }
        display(*r);
    }});
}

QStringList TicketDialog::lines() const {
    QStringList out;
    if (m_ticket.event) {
        out << m_ticket.event->title;
        out << EventText::when(m_ticket.event->date);
        out << m_ticket.event->location;
    }
    out << tr("Holder: %1").arg(m_ticket.holder);
    out << (m_ticket.status == QLatin1StringView("confirmed") ? tr("Seat confirmed") : tr("Cancelled"));
    out << tr("Booking %1").arg(m_ticket.bookingId);
    return out;
}

void TicketDialog::display(const client::TicketReply &t) {
    m_ticket = t;
    // Whole modules at the screen's pixel ratio, never scaled: a blurred code scans badly.
    const qreal ratio = devicePixelRatioF();
    QPixmap code = QPixmap::fromImage(qrImage(t.secret, int(std::ceil(5 * ratio))));
    code.setDevicePixelRatio(ratio);
    m_code->setPixmap(code);
    m_code->setFixedSize(code.deviceIndependentSize().toSize());
    QStringList html;
    const QStringList words = lines();
    for (int i = 0; i < words.size(); ++i)
        html << (i == 0 ? QStringLiteral("<h2>%1</h2>") : QStringLiteral("<p>%1</p>")).arg(words.at(i).toHtmlEscaped());
    m_words->setText(html.join(QString()));
    m_message->setText(tr("Show this code at the door, on this screen, printed or on your phone."));
    m_png->setEnabled(true);
    m_pdf->setEnabled(true);
    Q_EMIT ticketLoaded();
}

QImage TicketDialog::render(int width) const {
    const int height = width * 10 / 16;
    QImage page(width, height, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    const int margin = width / 24;
    const int codeSide = height - 2 * margin;
    const QImage code = qrImage(m_ticket.secret, std::max(1, codeSide / 45));
    p.drawImage(QRect(margin, margin, codeSide, codeSide), code);
    p.setPen(Qt::black);
    QFont title = p.font();
    title.setPixelSize(width / 28);
    title.setBold(true);
    QFont body = title;
    body.setBold(false);
    body.setPixelSize(width / 44);
    const QStringList words = lines();
    int y = margin + title.pixelSize();
    const int x = margin * 2 + codeSide;
    const QRect textBox(x, margin, width - x - margin, height - 2 * margin);
    for (int i = 0; i < words.size(); ++i) {
        p.setFont(i == 0 ? title : body);
        const QRect r = p.boundingRect(QRect(textBox.left(), y - p.font().pixelSize(), textBox.width(), height),
                                       Qt::TextWordWrap, words.at(i));
        p.drawText(r, Qt::TextWordWrap, words.at(i));
        y = r.bottom() + body.pixelSize() + (i == 0 ? body.pixelSize() : 0);
    }
    return page;
}

bool TicketDialog::savePng(const QString &path) {
    const bool ok = render(1600).save(path, "PNG");
    m_message->setText(ok ? tr("Saved %1.").arg(path) : tr("Cannot write %1.").arg(path));
    return ok;
}

bool TicketDialog::savePdf(const QString &path) {
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Ticket"));
    pdf.setCreator(QStringLiteral("EventBook"));
    pdf.setPageSize(QPageSize(QPageSize::A5));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(300);
    QPainter p;
    if (!p.begin(&pdf)) {
        m_message->setText(tr("Cannot write %1.").arg(path));
        return false;
    }
    const QRect area = p.viewport();
    const QImage ticket = render(area.width());
    p.drawImage(QPoint(0, 0), ticket);
    p.end();
    m_message->setText(tr("Saved %1.").arg(path));
    return true;
}

void TicketDialog::chooseAndSave(bool pdf) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("ticket-%1.%2").arg(m_ticket.bookingId).arg(pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save ticket"), folder + QLatin1Char('/') + name,
                                                      pdf ? tr("PDF documents (*.pdf)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (pdf)
        savePdf(path);
    else
        savePng(path);
}

QString TicketDialog::message() const {
    return m_message->text();
}

} // namespace eventbook::ui
