#include "cli.h"
#include "eventbook/version.h"
#include "file_limit.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    // Qt's glib event dispatcher keeps socket notifiers in a list, so with thousands of /ws
    // clients every write-notifier toggle walks it: fan-out to 2,000 sockets took 27 ms on the
    // main thread with glib and 10 ms with Qt's own dispatcher (docs/benchmarks.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EventBook"));
    QCoreApplication::setApplicationName(QStringLiteral("eventbook-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVENTBOOK_VERSION));
    eventbook::app::raiseOpenFileLimit();
    return eventbook::app::runCli(app);
}
