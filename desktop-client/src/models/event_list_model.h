#pragma once

#include "eventbook/common/domain.h"

#include <QAbstractListModel>
#include <QSet>
#include <functional>

namespace eventbook::client {

// One page of events for Browse. A refetch of the same page updates rows in place, and live
// seat counts change one row's data, so views keep their selection and scroll position.
class EventListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        LocationRole,
        DateRole,
        TotalSlotsRole,
        AvailableSlotsRole,
        TagsRole,
        ImageRole,
        BookedRole, // the signed-in user holds a confirmed booking
        PastRole,
        WaitlistRole, // people on the event's waiting list
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEvents(const QList<Event> &events);
    // Replaces one event's fields (after EVENT_UPDATED); false when it is not on this page.
    bool updateEvent(const Event &event);
    bool removeEvent(qint64 id);
    bool applySlots(qint64 eventId, int availableSlots);
    // The number on the event's waiting list (SLOT_UPDATE); true when it changed.
    bool applyWaitlist(qint64 eventId, int waitlistCount);
    void setBooked(const QSet<qint64> &eventIds);
    void setBooked(qint64 eventId, bool booked);

    // What a screen reader says for a row (Qt::AccessibleTextRole): the UI formats it (dates,
    // seat wording), the model only knows the data. Without one, the title.
    using Describe = std::function<QString(const Event &event, bool booked)>;
    void setAccessibleText(Describe describe) { m_describe = std::move(describe); }

    int rowOf(qint64 id) const;
    const Event *eventAt(int row) const;
    bool isBooked(qint64 eventId) const { return m_booked.contains(eventId); }

private:
    void changed(int row, const QList<int> &roles);

    QList<Event> m_events;
    QSet<qint64> m_booked;
    Describe m_describe;
};

} // namespace eventbook::client
