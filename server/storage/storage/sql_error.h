#pragma once

#include "eventbook/common/result.h"

#include <QSqlError>

namespace eventbook::storage {

// True for failures that mean "the connection is gone" (server restart, network loss): the
// caller may reopen and retry once.
bool isConnectionLost(const QSqlError &e);
bool isUniqueViolation(const QSqlError &e);
// SQLITE_BUSY / PostgreSQL serialization or deadlock: safe to retry the whole transaction.
bool isRetryable(const QSqlError &e);

// The database refused to store anything: disk full, read-only file or file system, I/O error.
bool isStorageRefusal(const QSqlError &e);
// When a write was last refused that way (0: not since the last successful write probe), for /readyz.
void noteWritesRefused();
qint64 writesRefusedAtMs();
void clearWritesRefused();

// Maps a driver error to the API error: connection loss and refused storage → 503, anything
// else → 500. The driver text goes to the log, never to the client.
Error toError(const QSqlError &e, const char *what);

} // namespace eventbook::storage
