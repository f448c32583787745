#pragma once

#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"

#include <QJsonArray>

namespace eventbook::test {

// A small event business for the role tests, built through the real API: two events run by two
// organisers, a staff member on the first, a second staff member on no event yet, and an
// attendee booked on both. Tokens are current (a change of role moves the token version on).
struct TeamWorld {
    Account admin;
    Account organiser;      // runs `own`
    Account otherOrganiser; // runs `other`
    Account staff;          // keeps the door of `own` (assigned by `organiser`)
    Account spareStaff;     // staff role, no event yet
    Account attendee;       // booked on both events
    qint64 own = 0;
    qint64 other = 0;
    QString error; // empty when everything was built

    bool ok() const { return error.isEmpty(); }

    static TeamWorld build(TestServer &server, Fixtures &fx, const Account &admin) {
        TeamWorld w;
        HttpClient http;
        w.admin = admin;
        const auto expect = [&w](const Reply &r, int status, const char *what) {
            if (r.status != status && w.error.isEmpty())
                w.error = QStringLiteral("%1: %2 %3").arg(QLatin1StringView(what)).arg(r.status).arg(
                    QString::fromUtf8(r.body));
        };
        const auto setRole = [&](const Account &a, const char *role) {
            expect(http.sendJson("PUT", server.url(QStringLiteral("/api/admin/users/%1/role").arg(a.id)),
                                 {{QStringLiteral("role"), QLatin1StringView(role)}}, admin.token),
                   200, "set role");
        };
        const auto assign = [&](qint64 eventId, const Account &who, const Account &by) {
            expect(http.postJson(server.url(QStringLiteral("/api/events/%1/team").arg(eventId)),
                                 {{QStringLiteral("userId"), who.id}}, by.token),
                   201, "assign");
        };
        w.organiser = fx.account(QStringLiteral("Olga Organiser"));
        w.otherOrganiser = fx.account(QStringLiteral("Otto Organiser"));
        w.staff = fx.account(QStringLiteral("Sam Staff"));
        w.spareStaff = fx.account(QStringLiteral("Sue Staff"));
        w.attendee = fx.account(QStringLiteral("Ann Attendee"));
        w.own = fx.event(admin, {{QStringLiteral("title"), QStringLiteral("Own event")}});
        w.other = fx.event(admin, {{QStringLiteral("title"), QStringLiteral("Other event")}});
        setRole(w.organiser, "organiser");
        setRole(w.otherOrganiser, "organiser");
        setRole(w.staff, "staff");
        setRole(w.spareStaff, "staff");
        assign(w.own, w.organiser, admin);
        assign(w.other, w.otherOrganiser, admin);
        w.organiser.token = fx.currentToken(w.organiser.id);
        assign(w.own, w.staff, w.organiser); // an organiser staffs their own event
        for (Account *a : {&w.organiser, &w.otherOrganiser, &w.staff, &w.spareStaff})
            a->token = fx.currentToken(a->id);
        for (qint64 e : {w.own, w.other})
            expect(http.postJson(server.url(QStringLiteral("/api/events/%1/book").arg(e)), {}, w.attendee.token),
                   201, "book");
        return w;
    }
};

} // namespace eventbook::test
