#include "api_errors.h"

#include "eventbook/common/json_keys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace eventbook::client {
namespace k = eventbook::keys;
namespace {
// The context the messages below are translated in.
class ApiErrors {
    Q_DECLARE_TR_FUNCTIONS(ApiErrors)
};

ErrorCode codeForStatus(int status) {
    switch (status) {
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 429:
        return ErrorCode::RateLimited;
    default:
        return ErrorCode::BadRequest;
    }
}
} // namespace

Error errorFromReply(QNetworkReply::NetworkError network, int status, const QByteArray &body, const QUrl &server,
                     const QString &networkText) {
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    const QJsonObject error = envelope.value(k::error).toObject();
    if (status > 0 && !error.isEmpty()) {
        const ErrorCode code = errorCodeFromName(error.value(k::code).toString());
        QString message = error.value(k::message).toString();
        if (message.isEmpty())
            message = ApiErrors::tr("The server refused the request (%1).").arg(status);
        return Error::make(code, message, error.value(k::details));
    }
    const QString where = server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    switch (network) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorCode::ServiceUnavailable,
                           ApiErrors::tr("Cannot reach the EventBook server at %1. Is it running, and is the address right?")
                               .arg(where));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error::make(ErrorCode::ServiceUnavailable, ApiErrors::tr("The server at %1 did not answer in time.").arg(where));
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(ErrorCode::ServiceUnavailable,
                           ApiErrors::tr("The server at %1 closed the connection. Try again in a moment.").arg(where));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(ErrorCode::ServiceUnavailable,
                           ApiErrors::tr("A secure connection to %1 could not be made: %2").arg(where, networkText));
    default:
        break;
    }
    if (status >= 500)
        return Error::make(ErrorCode::Internal, ApiErrors::tr("The server had a problem (%1). Try again later.").arg(status));
    if (status > 0)
        return Error::make(codeForStatus(status),
                           ApiErrors::tr("%1 answered %2, which is not what an EventBook server says.").arg(where).arg(status));
    return Error::make(ErrorCode::ServiceUnavailable, ApiErrors::tr("Network error talking to %1: %2").arg(where, networkText));
}

} // namespace eventbook::client
