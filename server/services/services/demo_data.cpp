#include "demo_data.h"
#include "image_store.h"

#include "audit_trail.h"
#include "booking_service.h"
#include "storage/database.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "storage/booking_repository.h"
#include "storage/event_repository.h"
#include "storage/role_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace eventbook::services {
using namespace eventbook::storage;

namespace {
const Actor kDemo{0, true, QStringLiteral("demo-data")};
// Not a hash crypto_pwhash_str_verify accepts: nobody can sign in as a demo attendee.
const QByteArray kLockedHash = QByteArrayLiteral("!locked:demo-account");

QJsonArray resourceArray(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QString demoEmail(const QString &name) {
    QString ascii;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            ascii += c.toLower();
        else if (c == QLatin1Char(' '))
            ascii += QLatin1Char('.');
    }
    return ascii + QStringLiteral("@example.org");
}

QString imageDataUri(const QString &name) {
    QFile file(QStringLiteral(":/demo/images/%1.png").arg(name));
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(file.readAll().toBase64());
}
} // namespace

Result<QList<qint64>> DemoData::ensureUsers(DemoSummary &summary) {
    QList<qint64> ids;
    for (const auto &v : resourceArray(QStringLiteral(":/demo/users.json"))) {
        User u;
        u.name = v.toString();
        u.email = demoEmail(u.name);
        auto id = withTransaction(m_db, [&](Transaction &tx) -> Result<qint64> {
            UserRepository users(m_db);
            auto found = users.findByEmail(u.email);
            if (!found)
                return found.error();
            if (found->has_value())
                return (*found)->user.id;
            auto inserted = users.insert(u, kLockedHash);
            if (!inserted)
                return inserted.error();
            EB_TRY(recordAudit(m_db, kDemo, QStringLiteral("USER_CREATE"), audit::kUser, *inserted,
                               {{keys::email, u.email}}));
            EB_TRY(tx.commit());
            ++summary.users;
            return *inserted;
        });
        if (!id)
            return id.error();
        ids.append(*id);
    }
    return ids;
}

Result<DemoSummary> DemoData::load() {
    const QJsonArray items = resourceArray(QStringLiteral(":/demo/events.json"));
    if (items.isEmpty())
        return Error::make(ErrorCode::Internal, QStringLiteral("demo data resource missing"));
    DemoSummary summary;
    auto attendees = ensureUsers(summary);
    if (!attendees)
        return attendees.error();
    QList<qint64> upcoming;
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    for (qsizetype index = 0; index < items.size(); ++index) {
        QJsonObject o = items.at(index).toObject();
        const QTime at =
            QTime::fromString(o.value(QLatin1StringView("time")).toString(), QStringLiteral("HH:mm"));
        const QDateTime when = today.addDays(o.value(QLatin1StringView("daysFromNow")).toInt())
                                   .addSecs(at.msecsSinceStartOfDay() / 1000);
        o.insert(keys::date, codec::formatTime(when));
        o.insert(keys::image, imageDataUri(o.value(keys::image).toString()));
        const int booked = o.value(QLatin1StringView("booked")).toInt();
        if (!validation::checkEventFields(o, false).isEmpty())
            return Error::make(ErrorCode::Internal,
                               QStringLiteral("invalid demo event %1").arg(o.value(keys::title).toString()));
        Event e = codec::eventFromJson(o);
        auto created = withTransaction(m_db, [&](Transaction &tx) -> Result<qint64> {
            auto image = images::intern(m_db, e.image, QString(keys::image));
            if (!image)
                return image.error();
            e.image = *image;
            EventRepository events(m_db);
            auto exists = events.titleExists(e.title);
            if (!exists)
                return exists.error();
            if (*exists)
                return qint64(0);
            auto id = events.insert(e);
            if (!id)
                return id.error();
            EB_TRY(recordAudit(m_db, kDemo, QStringLiteral("EVENT_CREATE"), audit::kEvent, *id,
                               {{keys::title, e.title}}));
            // Past events get their history directly; the booking service rightly refuses them.
            if (when < QDateTime::currentDateTimeUtc()) {
                BookingRepository bookings(m_db);
                for (int i = 0; i < qMin(booked, int(attendees->size())); ++i) {
                    auto taken = events.takeSlot(*id);
                    if (!taken)
                        return taken.error();
                    EB_TRY(bookings.insertConfirmed(attendees->at(i), *id));
                }
            }
            EB_TRY(tx.commit());
            return *id;
        });
        if (!created)
            return created.error();
        if (*created == 0)
            continue;
        ++summary.events;
        if (when < QDateTime::currentDateTimeUtc()) {
            summary.bookings += qMin(booked, int(attendees->size()));
            continue;
        }
        upcoming.append(*created);
        BookingService bookings(m_db, nullptr); // loaded before anyone listens
        for (int i = 0; i < qMin(booked, int(attendees->size())); ++i) {
            const qint64 user = attendees->at((i + index) % attendees->size());
            auto made = bookings.book(*created, Actor{user, false, kDemo.ip});
            if (!made && made.error().code != ErrorCode::EventFull &&
                made.error().code != ErrorCode::AlreadyBooked)
                return made.error();
            if (made)
                ++summary.bookings;
        }
    }
    EB_TRY(ensureTeams(*attendees, upcoming));
    return summary;
}

Result<void> DemoData::ensureTeams(const QList<qint64> &people, const QList<qint64> &upcoming) {
    if (people.size() < 2 || upcoming.size() < 3)
        return {}; // a second run: the events existed, and so did their teams
    const struct {
        qint64 user;
        Role role;
        QList<qint64> events;
    } teams[] = {{people.last(), Role::Organiser, upcoming.mid(0, 3)},
                 {people.at(people.size() - 2), Role::Staff, upcoming.mid(0, 1)}};
    for (const auto &team : teams) {
        auto given = withTransaction(m_db, [&](Transaction &tx) -> Result<void> {
            RoleRepository roles(m_db);
            auto scopes = roles.scopesOf(team.user);
            if (!scopes)
                return scopes.error();
            if (!scopes->isEmpty())
                return {};
            EB_TRY(roles.setRole(team.user, team.role, 0));
            for (qint64 event : team.events)
                EB_TRY(roles.grant(event, team.user, team.role, 0));
            EB_TRY(recordAudit(m_db, kDemo, QStringLiteral("USER_ROLE_SET"), audit::kUser, team.user,
                               {{keys::role, codec::roleName(team.role)}}));
            return tx.commit();
        });
        if (!given)
            return given.error();
    }
    return {};
}

} // namespace eventbook::services
