#include "checkin_screenshots.h"

#include "api/checkin_api.h"
#include "state/client_session.h"
#include "ui/checkin/checkin_page.h"
#include "ui/main_window.h"
#include "ui/ticket_dialog.h"

#include <QLineEdit>
#include <QTimer>

namespace eventbook::ui {

CheckinScreenshots::CheckinScreenshots(client::ClientSession &session, MainWindow &window, qint64 eventId, Save save,
                                       std::function<void()> done, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_eventId(eventId)
    , m_save(std::move(save))
    , m_done(std::move(done)) {}

void CheckinScreenshots::after(int ms, std::function<void()> next) {
    QTimer::singleShot(ms, this, std::move(next));
}

void CheckinScreenshots::start() {
    CheckinPage *page = m_window.checkin();
    m_window.showPage(MainWindow::Checkin);
    page->openEvent(m_eventId);
    client::CheckInDesk *desk = &page->desk();
    auto ready = std::make_shared<QMetaObject::Connection>();
    *ready = connect(desk, &client::CheckInDesk::stateChanged, this, [this, desk, ready] {
        if (!desk->canDecideOffline() || desk->lastSync() == std::nullopt)
            return;
        disconnect(*ready);
        pickTickets();
    });
    after(15'000, [this, ready] {
        if (!*ready)
            return;
        disconnect(*ready);
        m_done(); // no door for this event: the other pictures still count
    });
}

void CheckinScreenshots::pickTickets() {
    auto api = std::make_shared<client::CheckinApi>(m_session.api());
    api->manifest(m_eventId, {}, 1000, {this, [this, api](const Result<client::ManifestReply> &r) {
        if (r) {
            for (const checkin::TicketState &t : r->tickets) {
                if (t.confirmed && !t.inside && m_bookings.size() < 2)
                    m_bookings.append(t.bookingId);
            }
        }
        if (m_bookings.size() < 2)
            return m_done();
        for (qint64 id : std::as_const(m_bookings)) {
            api->ticket(id, {this, [this](const Result<client::TicketReply> &t) {
                m_secrets.append(t ? t->secret : QString());
                if (m_secrets.size() == m_bookings.size())
                    scanNext();
            }});
        }
    }});
}

void CheckinScreenshots::scanNext() {
    CheckinPage *page = m_window.checkin();
    client::CheckInDesk &desk = page->desk();
    if (m_step == 3) {
        desk.setAnswerTimeoutMs(1500);
        return showTicket();
    }
    // The third scan gives the server no time: the desk decides offline, as it does when the
    // network is gone (the server records the same scan, and the upload replays it).
    if (m_step == 2)
        desk.setAnswerTimeoutMs(0);
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(&desk, &client::CheckInDesk::answered, this, [this, once] {
        disconnect(*once);
        after(400, [this] {
            static const char *const names[] = {"checkin-valid", "checkin-already", "checkin-offline"};
            m_save(&m_window, QString::fromLatin1(names[m_step]));
            ++m_step;
            scanNext();
        });
    });
    page->scanInput()->setText(m_secrets.at(m_step == 2 ? 1 : 0));
    Q_EMIT page->scanInput()->returnPressed();
}

void CheckinScreenshots::showTicket() {
    auto *dialog = new TicketDialog(m_session, m_bookings.first(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TicketDialog::ticketLoaded, this, [this, dialog] {
        after(200, [this, dialog] {
            m_save(dialog, QStringLiteral("ticket"));
            dialog->close();
            m_done();
        });
    });
    dialog->show();
}

} // namespace eventbook::ui
