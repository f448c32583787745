#pragma once

#include "eventbook/common/domain.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// Admin: the figures of GET /api/admin/stats as cards, bookings per day (last 30 days) and the
// occupancy of the next upcoming events as charts. Refreshes itself (debounced) on every live
// booking, cancellation or event change while it is shown.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDays = 30;
    static constexpr int kUpcoming = 8;

    explicit DashboardPage(client::ClientSession &session, QWidget *parent = nullptr);

    // A card's number as shown ("totalBookings", "occupancyRate", …).
    QString card(const QString &key) const;
    const DashboardStats &stats() const { return m_stats; }
    const QList<DailyBookings> &daily() const { return m_daily; }
    const QList<Event> &upcoming() const { return m_upcoming; }
    // When the figures were last answered (the "Updated" line says it to the second).
    QDateTime updatedAt() const { return m_updatedAt; }
    QString updatedText() const;
    void reload();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *makeCard(const QString &key, const QString &label);
    void showStats();
    void showDaily();
    void showOccupancy();
    void partDone();
    // Fewer axis ticks and shorter event names when the charts are narrow, so labels never collide.
    void fitAxes();

    client::ClientSession &m_session;
    QHash<QString, QLabel *> m_cards;
    QChartView *m_dailyView;
    QChartView *m_occupancyView;
    QLabel *m_message;
    DashboardStats m_stats;
    QDateTime m_updatedAt;
    QList<DailyBookings> m_daily;
    QList<Event> m_upcoming;
    QTimer m_refreshSoon;
    int m_pending = 0;
    bool m_loadedOnce = false;
};

} // namespace eventbook::ui
