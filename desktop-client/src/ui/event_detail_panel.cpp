#include "event_detail_panel.h"

#include "api/mail_api.h"
#include "calendar_button.h"

#include "confirmation.h"

#include "event_text.h"
#include "image_cache.h"
#include "seat_bar.h"
#include "state/client_session.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace eventbook::ui {

EventDetailPanel::EventDetailPanel(client::ClientSession &session, ImageCache &images, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_images(images) {
    setMinimumWidth(240);
    setMaximumWidth(460);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select an event to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    makeContent();
    makeScroll();
    wire();
}

bool EventDetailPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_banner && event->type() == QEvent::Resize && m_event.id != 0)
        refreshState();
    return QWidget::eventFilter(watched, event);
}

void EventDetailPanel::makeContent() {
    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    m_banner = new QLabel(m_content);
    m_banner->setFixedHeight(170);
    // The picture is scaled to the label, so the label must not take the picture's width as
    // its minimum (the panel could then never get narrower).
    m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_banner->installEventFilter(this);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAccessibleName(tr("Event image"));
    m_title = new QLabel(m_content);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_when = new QLabel(m_content);
    m_when->setWordWrap(true);
    m_where = new QLabel(m_content);
    m_where->setWordWrap(true);
    m_tags = new QLabel(m_content);
    m_tags->setWordWrap(true);
    m_seats = new SeatBar(m_content);
    m_seatText = new QLabel(m_content);
    m_state = new QLabel(m_content);
    m_state->setWordWrap(true);
    m_action = new QPushButton(m_content);
    m_action->setMinimumHeight(36);
    m_calendar = new CalendarButton(m_content);
    m_calendar->setMinimumHeight(36);
    m_description = new QLabel(m_content);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_title, m_when, m_where, m_tags})
        l->setTextFormat(Qt::PlainText);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_where);
    layout->addWidget(m_tags);
    layout->addSpacing(6);
    layout->addWidget(m_seats);
    layout->addWidget(m_seatText);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_action, 1);
    actions->addWidget(m_calendar);
    layout->addLayout(actions);
    layout->addWidget(m_state);
    layout->addSpacing(6);
    layout->addWidget(m_description, 1);
}

void EventDetailPanel::makeScroll() {
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Scrolled by wheel and the bar; Tab goes to the button, not to the frame around it.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps to the width
    scroll->setAccessibleName(tr("Event details"));
    layout()->addWidget(scroll);
    scroll->hide();
    m_scroll = scroll;
}

void EventDetailPanel::wire() {
    connect(m_action, &QPushButton::clicked, this, &EventDetailPanel::act);
    connect(m_calendar, &CalendarButton::finished, this,
            [this](bool ok, const QString &message) { say(message, !ok); });
    connect(&m_images, &ImageCache::imageReady, this, [this](const QString &image) {
        if (image == m_event.image)
            refreshState();
    });
    connect(&m_session.events(), &QAbstractItemModel::dataChanged, this, [this] {
        // Live seats and the booked flag arrive through the model.
        const int row = m_session.events().rowOf(m_event.id);
        if (const Event *e = m_session.events().eventAt(row)) {
            m_event = *e;
            refreshState();
        }
    });
    connect(&m_session, &client::ClientSession::userChanged, this, &EventDetailPanel::refreshState);
    connect(&m_session, &client::ClientSession::bookingsLoaded, this, &EventDetailPanel::refreshState);
    connect(&m_session, &client::ClientSession::waitlistLoaded, this, &EventDetailPanel::refreshState);
    connect(&m_session, &client::ClientSession::promoted, this, [this](qint64 eventId) {
        if (eventId == m_event.id && !m_busy)
            say(tr("A seat came free and it is yours: you're booked!"), false);
    });
}

void EventDetailPanel::showEvent(const Event &event) {
    const bool other = event.id != m_event.id;
    m_event = event;
    const qint64 id = event.id;
    m_calendar->setSource([this, id](client::ApiClient::Done<QByteArray> done) {
        client::MailApi(m_session.api()).eventCalendar(id, std::move(done));
    }, QStringLiteral("event-%1.ics").arg(id));
    m_placeholder->hide();
    m_scroll->show();
    if (other) {
        m_state->clear();
        m_saidFor = {};
    }
    refreshState();
}

void EventDetailPanel::clear() {
    m_event = Event{};
    m_placeholder->show();
    m_scroll->hide();
}

QString EventDetailPanel::statusText() const {
    return m_state->text();
}

void EventDetailPanel::refreshState() {
    if (m_event.id == 0)
        return;
    // Live seat changes call this often; the banner only changes with the image or its size.
    const QSize size = m_banner->size() * devicePixelRatioF();
    const QPixmap image = m_images.pixmap(m_event.image, size, Qt::KeepAspectRatio);
    if (image.isNull()) {
        m_banner->setPixmap({});
        m_banner->setText(m_event.image.isEmpty() ? QString() : tr("Loading image…"));
        m_bannerShown.clear();
    } else if (m_bannerShown != m_event.image || m_bannerSize != size) {
        QPixmap shown = image;
        shown.setDevicePixelRatio(devicePixelRatioF());
        m_banner->setPixmap(shown);
        m_bannerShown = m_event.image;
        m_bannerSize = size;
    }
    m_banner->setVisible(!m_event.image.isEmpty());
    m_title->setText(m_event.title);
    m_when->setText(EventText::when(m_event.date));
    m_where->setText(m_event.location);
    m_tags->setText(m_event.tags.isEmpty() ? QString() : tr("Tags: %1").arg(m_event.tags.join(QStringLiteral(", "))));
    m_tags->setVisible(!m_event.tags.isEmpty());
    m_description->setText(m_event.description);
    m_seats->setSeats(m_event.availableSlots, m_event.totalSlots);
    const int place = m_session.waitingPosition(m_event.id);
    QString seats = SeatBar::caption(m_event.availableSlots, m_event.totalSlots, m_event.waitlistCount);
    if (place > 0)
        seats += QLatin1Char('\n') + tr("You are number %1 on the waiting list.").arg(place);
    m_seatText->setText(seats);

    const bool past = m_event.date < QDateTime::currentDateTimeUtc();
    const bool booked = m_session.events().isBooked(m_event.id);
    if (!m_busy && !m_state->text().isEmpty() &&
        (m_saidFor.eventId != m_event.id || m_saidFor.booked != booked || m_saidFor.signedIn != m_session.signedIn()))
        m_state->clear();
    const bool full = m_event.availableSlots <= 0;
    QString label;
    bool enabled = !m_busy;
    if (!m_session.signedIn()) {
        label = tr("Sign in to book");
    } else if (past) {
        label = booked ? tr("You attended this event") : tr("This event has ended");
        enabled = false;
    } else if (booked) {
        label = tr("Cancel my booking");
    } else if (place > 0) {
        label = tr("Leave the waiting list");
    } else if (full) {
        label = tr("Join the waiting list");
    } else {
        label = tr("Book a seat");
    }
    m_action->setText(label);
    m_action->setAccessibleName(label);
    m_action->setEnabled(enabled);
    m_action->setProperty("danger", m_session.signedIn() && booked && !past);
}

void EventDetailPanel::act() {
    if (!m_session.signedIn()) {
        Q_EMIT signInRequested();
        return;
    }
    const qint64 id = m_event.id;
    const bool cancelling = m_session.events().isBooked(id);
    if (!cancelling && (m_session.waitingPosition(id) > 0 || m_event.availableSlots <= 0))
        return queue(id, m_session.waitingPosition(id) > 0);
    if (!cancelling)
        return run(id, false);
    // The same question as My bookings asks.
    confirmThen(this, tr("Cancel booking"),
                tr("Cancel your booking for “%1”? Your seat goes to someone else.").arg(m_event.title),
                tr("Cancel booking"), tr("Keep my booking"), [this, id] {
                    if (id == m_event.id && m_session.events().isBooked(id))
                        run(id, true);
                });
}

void EventDetailPanel::run(qint64 id, bool cancelling) {
    // The button is disabled while the request runs, which takes the focus from it: give it back
    // when the answer comes, instead of leaving the keyboard user wherever Qt put it.
    const bool focused = m_action->hasFocus() || QApplication::focusWidget() == nullptr;
    m_busy = true;
    refreshState();
    say(cancelling ? tr("Cancelling…") : tr("Booking…"), false);
    auto done = [this, id, cancelling, focused](const Result<Booking> &r) {
        m_busy = false;
        if (id != m_event.id)
            return;
        if (!r)
            say(r.error().message, true);
        else
            say(cancelling ? tr("Your booking is cancelled.") : tr("You're booked. See you there!"), false);
        refreshState();
        if (focused && m_action->isEnabled() && isVisible())
            m_action->setFocus(Qt::OtherFocusReason);
    };
    if (cancelling)
        m_session.cancel(id, {this, done});
    else
        m_session.book(id, {this, done});
}

void EventDetailPanel::queue(qint64 id, bool leaving) {
    m_busy = true;
    refreshState();
    say(leaving ? tr("Leaving the waiting list…") : tr("Joining the waiting list…"), false);
    const auto answered = [this, id](const Error *problem, const QString &said) {
        m_busy = false;
        if (id != m_event.id)
            return;
        say(problem ? problem->message : said, problem != nullptr);
        refreshState();
    };
    if (leaving) {
        m_session.leaveWaitlist(id, {this, [answered](const Result<Event> &r) {
            answered(r ? nullptr : &r.error(), tr("You left the waiting list."));
        }});
    } else {
        m_session.joinWaitlist(id, {this, [answered](const Result<WaitlistEntry> &r) {
            answered(r ? nullptr : &r.error(),
                     r ? tr("You are number %1 on the waiting list: if a seat comes free, it is yours.").arg(r->position)
                       : QString());
        }});
    }
}

void EventDetailPanel::say(const QString &text, bool problem) {
    // A message describes the event and booking state it was said in; refreshState() clears it
    // once either changes (a cancel elsewhere, a late commit, another selection).
    m_saidFor = {m_event.id, m_session.events().isBooked(m_event.id), m_session.signedIn()};
    m_state->setText(text);
    m_state->setStyleSheet(problem ? QStringLiteral("color: #dc2626;") : QString());
    // Screen readers hear the outcome, not only see a colour.
    QAccessibleEvent event(m_state, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace eventbook::ui
