#pragma once

#include "eventbook/common/result.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <type_traits>
#include <utility>

namespace eventbook::client {
namespace detail {
struct AdaptedReply {};
} // namespace detail

// A callback with an owner, as QObject::connect has a context: it runs only while `owner`
// lives, so a dialog closed while its request is in flight is not written to when the answer
// comes. Every asynchronous call of the client core takes one; there is no way to pass a bare
// function (write `{this, [this](const Result<T> &r) { … }}`).
template <typename T> class ReplyTo {
public:
    using Fn = std::function<void(const Result<T> &)>;

    ReplyTo() = default;
    template <typename F, typename = std::enable_if_t<std::is_invocable_v<F &, const Result<T> &>>>
    ReplyTo(const QObject *owner, F &&fn)
        : m_owner(owner)
        , m_fn(std::forward<F>(fn)) {
        Q_ASSERT(owner);
    }

    void operator()(const Result<T> &result) const {
        if (m_fn && m_owner)
            m_fn(result);
    }
    bool alive() const { return m_fn && m_owner; }
    const QObject *owner() const { return m_owner.data(); }

    // Another callback under the same owner: for a layer that turns one answer into another
    // (JSON into a typed value) on the way.
    template <typename U, typename F> ReplyTo<U> adapt(F &&fn) const {
        return ReplyTo<U>(m_owner.data(), std::forward<F>(fn), detail::AdaptedReply{});
    }

private:
    template <typename> friend class ReplyTo;
    // An adapted reply keeps a dead owner dead (a null owner never runs).
    template <typename F>
    ReplyTo(const QObject *owner, F &&fn, detail::AdaptedReply)
        : m_owner(owner)
        , m_fn(std::forward<F>(fn)) {}

    QPointer<const QObject> m_owner;
    Fn m_fn;
};

} // namespace eventbook::client
