#pragma once

#include "eventbook/common/result.h"

#include <QString>

namespace eventbook::storage {

enum class Dialect { Sqlite, Postgres };

struct DatabaseConfig {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;
    QString options; // libpq key=value pairs separated by ';' (sslmode, connect_timeout…)

    // `postgres://user:pass@host:port/db?sslmode=…`, `postgresql://…` or `sqlite:///path/file.db`.
    // An empty URL means SQLite at <dataDir>/eventbook.db.
    static Result<DatabaseConfig> fromUrl(const QString &url, const QString &dataDir);
    // For logs: the URL without its password.
    QString redacted() const;
};

} // namespace eventbook::storage
