#pragma once

#include "reply_to.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace eventbook::client {

// Asks an address whether an EventBook server answers there before the app switches to it:
// GET /api/events?limit=1 must answer the API's envelope with an event list. Anything else (no
// answer, a web page, another JSON API) is a readable error and the app stays where it was.
// A check still running when the object goes is dropped without its callback.
class ServerCheck : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 8000;
    using Done = ReplyTo<Unit>;

    explicit ServerCheck(QObject *parent = nullptr);
    // A new check replaces one still running (its callback is not called).
    void check(const QUrl &server, Done done);

private:
    QNetworkAccessManager m_nam;
    QNetworkReply *m_running = nullptr;
};

} // namespace eventbook::client
