#include "dashboard_page.h"

#include "mail_status.h"

#include "admin_table.h"
#include "door_board.h"
#include "state/admin_session.h"
#include "ui/theme.h"
#include "ui/wrapping_row.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <ranges>

namespace eventbook::ui {
namespace {
QChartView *makeChartView(QWidget *parent, const QString &title) {
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(8);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220); // with the door's table below, still 800×600 at 200 %
    view->setAccessibleName(title);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    view->setFocusPolicy(Qt::NoFocus); // nothing to do with the keyboard in a chart; its figures are the cards
    return view;
}

void styleChart(QChart *chart) {
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
}

void clearChart(QChart *chart) {
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}
} // namespace

DashboardPage::DashboardPage(client::ClientSession &session, client::AdminSession &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_door(new DoorBoard(session, admin, this))
    , m_mail(new MailStatus(session, this)) {
    // Three and three: one row when wide, two when narrow.
    auto *cards = new WrappingRow(this);
    cards->shareWidthEvenly();
    const QList<QPair<QString, QString>> cardList = {
        {QStringLiteral("totalEvents"), tr("Events")},
        {QStringLiteral("upcomingEvents"), tr("Upcoming")},
        {QStringLiteral("totalBookings"), tr("Bookings")},
        {QStringLiteral("thisMonth"), tr("This month")},
        {QStringLiteral("occupancyRate"), tr("Occupancy")},
        {QStringLiteral("totalUsers"), tr("Users")}};
    for (int i = 0; i < cardList.size(); ++i)
        (i < 3 ? cards->first() : cards->second())->addWidget(makeCard(cardList[i].first, cardList[i].second), 1);
    m_dailyView = makeChartView(this, tr("Bookings per day, last %n day(s)", nullptr, client::AdminSession::kDashboardDays));
    m_occupancyView = makeChartView(this, tr("Occupancy of the next events"));
    m_message = new QLabel(this);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_dailyView, 3);
    charts->addWidget(m_occupancyView, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(pageTitle(tr("Dashboard"), this));
    layout->addWidget(cards);
    layout->addLayout(charts, 1);
    layout->addWidget(m_door);
    // The mail line (admins) and "Updated …" share a row: at 800×600 there is no height to spare.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_mail, 1);
    bottom->addWidget(m_message);
    layout->addLayout(bottom);

    connect(&admin, &client::AdminSession::statsLoaded, this, &DashboardPage::showStats);
    connect(&admin, &client::AdminSession::dailyLoaded, this, &DashboardPage::showDaily);
    connect(&admin, &client::AdminSession::upcomingLoaded, this, &DashboardPage::showOccupancy);
    connect(&admin, &client::AdminSession::dashboardFailed, m_message, &QLabel::setText);
    connect(&admin, &client::AdminSession::dashboardRefreshed, this, &DashboardPage::refreshed);
}

QWidget *DashboardPage::makeCard(const QString &key, const QString &label) {
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(QStringLiteral("card"));
    card->setStyleSheet(QStringLiteral("#card { background: palette(base); border: 1px solid palette(mid);"
                                       " border-radius: 8px; }"));
    auto *value = new QLabel(QStringLiteral("–"), card);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value->setFont(big);
    auto *name = new QLabel(label, card);
    auto *layout = new QVBoxLayout(card);
    layout->addWidget(value);
    layout->addWidget(name);
    card->setAccessibleName(label);
    m_cards.insert(key, value);
    return card;
}

QString DashboardPage::card(const QString &key) const {
    const QLabel *l = m_cards.value(key);
    return l ? l->text() : QString();
}

void DashboardPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

QString DashboardPage::updatedText() const {
    return m_message->text();
}

void DashboardPage::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitAxes();
}

void DashboardPage::fitAxes() {
    constexpr int kPixelsPerTick = 90;
    const auto ticks = [](const QChartView *view) {
        // The view's width, not the plot area's: the chart lays itself out later, in a posted event.
        return std::clamp((view->width() - 100) / kPixelsPerTick + 1, 3, 6);
    };
    for (QAbstractAxis *axis : m_dailyView->chart()->axes(Qt::Horizontal))
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis))
            time->setTickCount(ticks(m_dailyView));
    for (QAbstractAxis *axis : m_occupancyView->chart()->axes(Qt::Horizontal))
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            value->setTickCount(ticks(m_occupancyView) >= 5 ? 5 : 3); // 0/25/50/75/100 or 0/50/100
    if (auto *names = m_occupancyView->chart()->axes(Qt::Vertical).value(0)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(names)) {
            const int room = std::max(60, m_occupancyView->width() / 3);
            QStringList elided;
            for (const Event &e : std::as_const(upcoming()) | std::views::reverse)
                elided << QFontMetrics(font()).elidedText(e.title, Qt::ElideRight, room);
            if (elided.size() == categories->count())
                for (int i = 0; i < elided.size(); ++i)
                    if (categories->at(i) != elided[i] && !categories->categories().contains(elided[i]))
                        categories->replace(categories->at(i), elided[i]);
        }
    }
}

void DashboardPage::reload() {
    m_loadedOnce = true;
    m_admin.reloadDashboard();
    m_mail->reload();
}

const DashboardStats &DashboardPage::stats() const {
    return m_admin.stats();
}

const QList<DailyBookings> &DashboardPage::daily() const {
    return m_admin.daily();
}

const QList<Event> &DashboardPage::upcoming() const {
    return m_admin.upcoming();
}

void DashboardPage::showStats() {
    const QLocale locale;
    m_cards[QStringLiteral("totalEvents")]->setText(locale.toString(stats().totalEvents));
    m_cards[QStringLiteral("upcomingEvents")]->setText(locale.toString(stats().upcomingEvents));
    m_cards[QStringLiteral("totalBookings")]->setText(locale.toString(stats().totalBookings));
    m_cards[QStringLiteral("thisMonth")]->setText(locale.toString(stats().thisMonth));
    m_cards[QStringLiteral("occupancyRate")]->setText(locale.toString(stats().occupancyRate, 'f', 1) +
                                                      QStringLiteral(" %"));
    m_cards[QStringLiteral("totalUsers")]->setText(locale.toString(stats().totalUsers));
    m_updatedAt = QDateTime::currentDateTime();
    // With seconds: a live refresh within the same minute must visibly move it.
    m_message->setText(tr("Updated %1").arg(locale.toString(m_updatedAt.time(), QLocale::LongFormat)));
}

void DashboardPage::showDaily() {
    QChart *chart = m_dailyView->chart();
    clearChart(chart);
    styleChart(chart);
    auto *made = new QLineSeries;
    made->setName(tr("Booked"));
    made->setPen(QPen(QColor(0x25, 0x63, 0xeb), 2.5));
    auto *cancelled = new QLineSeries;
    cancelled->setName(tr("Cancelled"));
    cancelled->setPen(QPen(QColor(0xf5, 0x9e, 0x0b), 2.5));
    qint64 top = 1;
    for (const DailyBookings &d : daily()) {
        const qreal x = qreal(QDateTime(d.date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        made->append(x, qreal(d.bookings));
        cancelled->append(x, qreal(d.cancellations));
        top = std::max({top, d.bookings, d.cancellations});
    }
    chart->addSeries(made);
    chart->addSeries(cancelled);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(6);
    auto *y = new QValueAxis;
    y->setRange(0, double(top));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {made, cancelled}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!daily().isEmpty())
        x->setRange(QDateTime(daily().first().date, QTime(0, 0), Qt::UTC),
                    QDateTime(daily().last().date, QTime(23, 59), Qt::UTC));
    fitAxes();
}

void DashboardPage::showOccupancy() {
    QChart *chart = m_occupancyView->chart();
    clearChart(chart);
    styleChart(chart);
    auto *booked = new QBarSet(tr("Booked %"));
    booked->setColor(QColor(0x16, 0xa3, 0x4a));
    QStringList names;
    // Horizontal bars draw bottom-up: the soonest event goes on top.
    for (auto it = upcoming().crbegin(); it != upcoming().crend(); ++it) {
        const Event &e = *it;
        *booked << (e.totalSlots ? 100.0 * (e.totalSlots - e.availableSlots) / e.totalSlots : 0.0);
        names << e.title;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(booked);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    fitAxes();
}

} // namespace eventbook::ui
