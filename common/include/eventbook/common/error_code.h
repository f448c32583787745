#pragma once

#include <QString>

namespace eventbook {

// Machine-readable error codes of the API envelope. The HTTP status lives with the code so
// that the server maps errors in one place and the client can tell what a status meant.
enum class ErrorCode {
    BadRequest,
    ValidationError,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    UpgradeRequired,
    Conflict,
    AlreadyBooked,
    EventFull,
    EventPast,
    AlreadyWaiting, // on the event's waiting list already
    EventNotFull,   // a waiting list is for full events: book instead
    EmailTaken,
    SlotsBelowBooked,
    LastAdmin,
    LengthRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
    HeadersTooLarge,
    RateLimited,
    Internal,
    BadGateway,     // a server we asked on the client's behalf failed (image proxy)
    ServiceUnavailable,
    GatewayTimeout, // … or did not answer in time
};

QString errorCodeName(ErrorCode code);
int errorCodeHttpStatus(ErrorCode code);
// Unknown names map to Internal: a client must still show something sensible.
ErrorCode errorCodeFromName(QStringView name);

} // namespace eventbook
