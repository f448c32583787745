#include "eventbook/common/error_code.h"

#include <array>

namespace eventbook {
namespace {
struct Entry {
    ErrorCode code;
    const char *name;
    int status;
};

constexpr std::array kTable{
    Entry{ErrorCode::BadRequest, "BAD_REQUEST", 400},
    Entry{ErrorCode::ValidationError, "VALIDATION_ERROR", 400},
    Entry{ErrorCode::Unauthorized, "UNAUTHORIZED", 401},
    Entry{ErrorCode::Forbidden, "FORBIDDEN", 403},
    Entry{ErrorCode::NotFound, "NOT_FOUND", 404},
    Entry{ErrorCode::MethodNotAllowed, "METHOD_NOT_ALLOWED", 405},
    Entry{ErrorCode::RequestTimeout, "REQUEST_TIMEOUT", 408},
    Entry{ErrorCode::UpgradeRequired, "UPGRADE_REQUIRED", 426},
    Entry{ErrorCode::Conflict, "CONFLICT", 409},
    Entry{ErrorCode::AlreadyBooked, "ALREADY_BOOKED", 409},
    Entry{ErrorCode::EventFull, "EVENT_FULL", 409},
    Entry{ErrorCode::AlreadyWaiting, "ALREADY_WAITING", 409},
    Entry{ErrorCode::EventNotFull, "EVENT_NOT_FULL", 409},
    Entry{ErrorCode::EventPast, "EVENT_PAST", 409},
    Entry{ErrorCode::EmailTaken, "EMAIL_TAKEN", 409},
    Entry{ErrorCode::SlotsBelowBooked, "SLOTS_BELOW_BOOKED", 409},
    Entry{ErrorCode::LastAdmin, "LAST_ADMIN", 409},
    Entry{ErrorCode::LengthRequired, "LENGTH_REQUIRED", 411},
    Entry{ErrorCode::PayloadTooLarge, "PAYLOAD_TOO_LARGE", 413},
    Entry{ErrorCode::UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", 415},
    Entry{ErrorCode::HeadersTooLarge, "HEADERS_TOO_LARGE", 431},
    Entry{ErrorCode::RateLimited, "RATE_LIMITED", 429},
    Entry{ErrorCode::Internal, "INTERNAL", 500},
    Entry{ErrorCode::BadGateway, "BAD_GATEWAY", 502},
    Entry{ErrorCode::ServiceUnavailable, "SERVICE_UNAVAILABLE", 503},
    Entry{ErrorCode::GatewayTimeout, "GATEWAY_TIMEOUT", 504},
};
constexpr Entry kInternal{ErrorCode::Internal, "INTERNAL", 500};

const Entry &entryFor(ErrorCode code) {
    for (const auto &e : kTable) {
        if (e.code == code)
            return e;
    }
    return kInternal;
}
} // namespace

QString errorCodeName(ErrorCode code) {
    return QString::fromLatin1(entryFor(code).name);
}

int errorCodeHttpStatus(ErrorCode code) {
    return entryFor(code).status;
}

ErrorCode errorCodeFromName(QStringView name) {
    for (const auto &e : kTable) {
        if (name == QLatin1StringView(e.name))
            return e.code;
    }
    return ErrorCode::Internal;
}

} // namespace eventbook
