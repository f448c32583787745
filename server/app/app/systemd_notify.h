#pragma once

#include <QByteArray>

namespace eventbook::app {

// Tells the service manager about the server's state ("READY=1", "STOPPING=1") through the
// datagram socket named by $NOTIFY_SOCKET, as sd_notify(3) does (Type=notify units). Without
// that variable it does nothing; libsystemd is not needed for one sendto().
bool systemdNotify(const QByteArray &state);

} // namespace eventbook::app
