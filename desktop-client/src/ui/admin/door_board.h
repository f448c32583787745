#pragma once

#include "eventbook/common/checkin.h"

#include <QHash>
#include <QWidget>

class QTableWidget;

namespace eventbook::client {
class AdminSession;
class ClientSession;
} // namespace eventbook::client

namespace eventbook::ui {

// The dashboard's door (issue 19): checked in, present and flagged for the upcoming events, kept
// live by OCCUPANCY messages from every desk (the newest, by scans, wins).
class DoorBoard : public QWidget {
    Q_OBJECT
public:
    DoorBoard(client::ClientSession &session, client::AdminSession &admin, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The row of an event as shown ("Checked in", "Present", "Flagged"); empty when not listed.
    QStringList rowFor(qint64 eventId) const;

private:
    void reload();
    void show(const checkin::Occupancy &o);
    int rowOf(qint64 eventId, bool add);

    client::ClientSession &m_session;
    client::AdminSession &m_admin;
    QTableWidget *m_table;
    QHash<qint64, qint64> m_scans; // per event: the scans of the figures shown
};

} // namespace eventbook::ui
