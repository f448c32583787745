#pragma once

#include "database.h"

#include <QList>

namespace eventbook::storage {

// Applies the numbered migrations embedded under :/sql/<dialect>/NNNN_name.sql, each in its
// own transaction and recorded in schema_migrations. Safe to run from several instances at once.
class Migrator {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit Migrator(Database &db)
        : m_db(db) {}

    static QList<Migration> available(Dialect dialect);
    static int latestVersion(Dialect dialect);

    Result<int> migrate(); // number of migrations applied
    Result<int> currentVersion();

private:
    Result<void> apply(const Migration &m, bool &applied);
    Database &m_db;
};

} // namespace eventbook::storage
