#pragma once

#include "eventbook/common/domain.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace eventbook::client {
class AdminSession;
class ClientSession;
}

namespace eventbook::ui {

class DoorBoard;
class MailStatus;

// Admin: the figures of GET /api/admin/stats as cards, bookings per day (last 30 days) and the
// occupancy of the next upcoming events as charts. The admin session refreshes the figures
// (debounced) on every live booking, cancellation or event change once they have been shown.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    DashboardPage(client::ClientSession &session, client::AdminSession &admin, QWidget *parent = nullptr);

    // A card's number as shown ("totalBookings", "occupancyRate", …).
    QString card(const QString &key) const;
    MailStatus *mailStatus() const { return m_mail; }
    DoorBoard *door() const { return m_door; }
    const DashboardStats &stats() const;
    const QList<DailyBookings> &daily() const;
    const QList<Event> &upcoming() const;
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
    // Fewer axis ticks and shorter event names when the charts are narrow, so labels never collide.
    void fitAxes();

    client::AdminSession &m_admin;
    QHash<QString, QLabel *> m_cards;
    QChartView *m_dailyView;
    QChartView *m_occupancyView;
    QLabel *m_message;
    DoorBoard *m_door;
    MailStatus *m_mail;
    QDateTime m_updatedAt;
    bool m_loadedOnce = false;
};

} // namespace eventbook::ui
