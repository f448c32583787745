#include "sqlite_preflight.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eventbook::storage {
namespace {
Error refuse(const QString &what, const QString &path, int err) {
    return Error::make(ErrorCode::ServiceUnavailable,
                       QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(err))));
}
} // namespace

Result<void> checkSqliteLocation(const QString &databasePath) {
    const QFileInfo file(databasePath);
    const QString dir = file.absolutePath();
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return refuse(QStringLiteral("Cannot use the data directory"), dir, ENOTDIR);
    if (!QDir().mkpath(dir)) {
        // mkpath says only no; mkdir on the deepest missing level says why.
        QString probe = dir;
        while (!QFileInfo::exists(QFileInfo(probe).absolutePath()) && probe != QFileInfo(probe).absolutePath())
            probe = QFileInfo(probe).absolutePath();
        const int err = ::mkdir(QFile::encodeName(probe).constData(), 0700) == 0 ? EACCES : errno;
        return refuse(QStringLiteral("Cannot create the data directory"), dir, err);
    }
    // A file made and removed in the directory: the one test that a read-only file system, a
    // full disk or missing permissions all fail (access(2) says yes to root on a read-only mount).
    const QByteArray probe = QFile::encodeName(QDir(dir).filePath(QStringLiteral(".eventbook-write-check")));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return refuse(QStringLiteral("Cannot write in the data directory"), dir, errno);
    const bool wrote = ::write(fd, "x", 1) == 1;
    const int writeErr = errno;
    ::close(fd);
    ::unlink(probe.constData());
    if (!wrote)
        return refuse(QStringLiteral("Cannot write in the data directory"), dir, writeErr);

    if (!file.exists())
        return {};
    if (file.isDir())
        return refuse(QStringLiteral("Cannot open the database file"), file.absoluteFilePath(), EISDIR);
    const int db = ::open(QFile::encodeName(file.absoluteFilePath()).constData(), O_RDWR);
    if (db < 0)
        return refuse(QStringLiteral("Cannot open the database file"), file.absoluteFilePath(), errno);
    char header[16] = {};
    const ssize_t got = ::read(db, header, sizeof header);
    ::close(db);
    if (got > 0 && (got < 16 || std::memcmp(header, "SQLite format 3", 16) != 0))
        return Error::make(ErrorCode::ServiceUnavailable,
                           QStringLiteral("Cannot open the database file %1: it is not an SQLite database")
                               .arg(file.absoluteFilePath()));
    return {};
}

} // namespace eventbook::storage
