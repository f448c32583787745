#pragma once

#include "api/reply_to.h"
#include "eventbook/common/result.h"

#include <QTest>
#include <optional>

namespace eventbook::test {

// Runs one asynchronous call that reports through a callback to completion and hands back its
// result (an Internal error when nothing came within 30 s). The callback's owner lives here.
template <typename T, typename Start> Result<T> waitFor(Start start) {
    std::optional<Result<T>> out;
    QObject owner;
    start(client::ReplyTo<T>(&owner, [&out](const Result<T> &r) { out.emplace(r); }));
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 30'000);
    return out ? *out : Result<T>(Error::make(ErrorCode::Internal, QStringLiteral("no answer")));
}

// The failure's message, for QVERIFY2 (which evaluates its message even when the check passes).
template <typename T> QByteArray why(const Result<T> &r) {
    return r ? QByteArray() : r.error().message.toUtf8();
}

} // namespace eventbook::test
