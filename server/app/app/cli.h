#pragma once

class QCoreApplication;

namespace eventbook::app {
// `eventbook-server [serve] | migrate | user add|promote|demote | demo-data`.
// Exit codes: 0 success, 1 runtime failure, 2 bad usage or configuration.
int runCli(QCoreApplication &app);
} // namespace eventbook::app
