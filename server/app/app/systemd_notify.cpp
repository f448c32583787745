#include "systemd_notify.h"

#include <QLoggingCategory>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace eventbook::app {

bool systemdNotify(const QByteArray &state) {
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty())
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof(address.sun_path)) || (path.front() != '/' && path.front() != '@')) {
        qCWarning(lcApp, "NOTIFY_SOCKET is not a usable socket path");
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (path.front() == '@')
        address.sun_path[0] = '\0'; // an abstract socket
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    if (sent != state.size())
        qCWarning(lcApp, "could not notify the service manager (%s)", std::strerror(errno));
    return sent == state.size();
}

} // namespace eventbook::app
