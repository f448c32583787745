#include "database_config.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace eventbook::storage {

static Error configError(const QString &msg) {
    return Error::make(ErrorCode::BadRequest, QStringLiteral("DATABASE_URL: ") + msg);
}

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url, const QString &dataDir) {
    DatabaseConfig c;
    if (url.trimmed().isEmpty()) {
        c.dialect = Dialect::Sqlite;
        c.sqlitePath = QDir(dataDir).filePath(QStringLiteral("eventbook.db"));
        return c;
    }
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid())
        return configError(QStringLiteral("not a valid URL"));
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1StringView("sqlite")) {
        c.dialect = Dialect::Sqlite;
        c.sqlitePath = u.path();
        if (!u.host().isEmpty())
            return configError(QStringLiteral("use sqlite:///absolute/path/file.db (three slashes)"));
        if (c.sqlitePath.isEmpty() || c.sqlitePath == QLatin1StringView("/"))
            return configError(QStringLiteral("sqlite URL needs a file path"));
        return c;
    }
    if (scheme != QLatin1StringView("postgres") && scheme != QLatin1StringView("postgresql"))
        return configError(QStringLiteral("scheme must be postgres://, postgresql:// or sqlite://"));
    c.dialect = Dialect::Postgres;
    c.host = u.host();
    c.port = u.port(5432);
    c.user = u.userName(QUrl::FullyDecoded);
    c.password = u.password(QUrl::FullyDecoded);
    c.name = u.path(QUrl::FullyDecoded).mid(1);
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=eventbook")};
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("host")) { // unix socket directory
            c.host = value;
            continue;
        }
        if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')) ||
            key.contains(QLatin1Char(' ')))
            return configError(QStringLiteral("invalid option %1").arg(key));
        options.append(key + QLatin1Char('=') + value);
    }
    c.options = options.join(QLatin1Char(';'));
    if (c.host.isEmpty())
        c.host = QStringLiteral("localhost");
    if (c.name.isEmpty())
        return configError(QStringLiteral("missing database name (postgres://user:pass@host:5432/dbname)"));
    return c;
}

QString DatabaseConfig::redacted() const {
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite://") + sqlitePath;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace eventbook::storage
