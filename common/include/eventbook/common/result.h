#pragma once

#include "eventbook/common/error_code.h"

#include <QJsonValue>
#include <QString>
#include <utility>
#include <variant>

namespace eventbook {

struct Error {
    // Whether running the work again may succeed. Set where the failure is classified (the
    // storage layer's driver errors) and carried with the error to whoever retries, so no
    // thread-local state has to outlive the call that failed.
    enum class Retry : quint8 {
        Never,     // the answer stands
        Reconnect, // the connection is gone: reopen, then run again
        Again,     // busy, serialisation failure or deadlock: run the whole transaction again
    };

    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonValue details; // undefined when there are none
    Retry retry = Retry::Never;

    static Error make(ErrorCode c, QString msg, QJsonValue d = QJsonValue(QJsonValue::Undefined)) {
        return Error{c, std::move(msg), std::move(d), Retry::Never};
    }
    Error &&retryable(Retry r) && {
        retry = r;
        return std::move(*this);
    }
};

// A value or an Error: services return this instead of throwing, so every failure path is
// visible at the call site (std::expected is C++23; GCC 12 in C++20 mode does not have it).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::move(value)) {}
    Result(Error error)
        : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    T *operator->() { return &std::get<T>(m_v); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T &operator*() & { return std::get<T>(m_v); }
    const T &operator*() const & { return std::get<T>(m_v); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Unit {};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace eventbook

// Returns the error of `expr` (a Result) from the enclosing function, which returns a Result or
// an Error; the value, if any, is dropped. For `auto x = …; if (!x) return x.error();` with a
// value to keep, write it out.
#define EB_TRY(expr)                                                                                        \
    do {                                                                                                   \
        if (auto eb_try_result_ = (expr); !eb_try_result_)                                                 \
            return eb_try_result_.error();                                                                 \
    } while (false)
