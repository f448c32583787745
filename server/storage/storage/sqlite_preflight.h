#pragma once

#include "eventbook/common/result.h"

#include <QString>

namespace eventbook::storage {

// Before SQLite opens its file at start: the data directory can be created and written (a file
// can be made in it), and the database file, when there is one, is a readable and writable
// SQLite file. The error names the path and the operating system's reason, which SQLite's own
// "unable to open database file" does not.
Result<void> checkSqliteLocation(const QString &databasePath);

} // namespace eventbook::storage
