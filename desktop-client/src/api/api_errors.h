#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QUrl>

namespace eventbook::client {

// Turns what came back into an Error a person can read: the server's own message from the
// error envelope when there is one, otherwise a sentence about what went wrong on the way
// (server not running, timed out, certificate, not an EventBook server).
Error errorFromReply(QNetworkReply::NetworkError network, int status, const QByteArray &body, const QUrl &server,
                     const QString &networkText);

} // namespace eventbook::client
