#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EventBook"));
    QCoreApplication::setApplicationName(QStringLiteral("eventbook-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVENTBOOK_VERSION));
    return eventbook::app::runCli(app);
}
