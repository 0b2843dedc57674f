#include "BackupService.h"

#include "BackupCrypto.h"
#include "core/FilePermissions.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

constexpr auto kStampFormat = "yyyyMMdd'T'HHmmss'Z'";

QString backupName(const QDateTime &at, bool encrypted)
{
    return u"clearinghouse-%1%2"_s.arg(at.toUTC().toString(QLatin1StringView(kStampFormat)),
                                       encrypted ? u".chbackup"_s : u".db"_s);
}

const QRegularExpression &backupPattern()
{
    static const QRegularExpression re(u"^clearinghouse-(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.(db|chbackup)$"_s);
    return re;
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error ioError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Io, message, detail);
}

} // namespace

QString BackupService::defaultDirectory(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

Result<BackupInfo> BackupService::backup(const Database &db, const Options &options)
{
    const QString dir = options.directory.isEmpty() ? defaultDirectory(db.path()) : options.directory;
    if (Status s = FilePermissions::ensurePrivateDir(dir); !s)
        return s.error();
    const bool encrypt = !options.passphrase.isEmpty();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    // Several backups in one second are numbered after the highest one of that second, so that the
    // newest is always the highest (rotation may already have removed the lower ones).
    int sequence = 1;
    if (auto existing = list(dir); existing) {
        for (const BackupInfo &b : *existing) {
            if (b.createdAt == at)
                sequence = qMax(sequence, b.sequence + 1);
        }
    }
    QString finalPath = QDir(dir).filePath(backupName(at, encrypt));
    if (sequence > 1)
        finalPath = QDir(dir).filePath(backupName(at, encrypt).replace(u"Z."_s, u"Z-%1."_s.arg(sequence)));
    while (QFileInfo::exists(finalPath))
        finalPath = QDir(dir).filePath(backupName(at, encrypt).replace(u"Z."_s, u"Z-%1."_s.arg(++sequence)));
    const QString tmp = QDir(dir).filePath(u".partial-%1.db"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    auto cleanup = [&] {
        QFile::remove(tmp);
        QFile::remove(tmp + u".enc"_s);
    };

    auto q = Sql::run(db.connection(), u"VACUUM INTO :target"_s, {{":target", tmp}});
    if (!q) {
        cleanup();
        Error e = q.error();
        e.message = tr("The backup could not be written to %1: %2").arg(QDir::toNativeSeparators(dir), e.message);
        return e;
    }
    q->finish();
    if (Status s = FilePermissions::restrictToOwner(tmp); !s) {
        cleanup();
        return s.error();
    }
    if (!fsyncPath(tmp, false)) {
        cleanup();
        return ioError(tr("The backup could not be flushed to disk in %1. Check the disk and try again.")
                           .arg(QDir::toNativeSeparators(dir)));
    }
    if (Status s = checkPlainCopy(tmp, finalPath); !s) {
        cleanup();
        return s.error();
    }
    QString ready = tmp;
    if (encrypt) {
        if (Status s = BackupCrypto::encryptFile(tmp, tmp + u".enc"_s, options.passphrase); !s) {
            cleanup();
            return s.error();
        }
        QFile::remove(tmp);
        ready = tmp + u".enc"_s;
    }
    if (!QFile::rename(ready, finalPath)) {
        cleanup();
        return ioError(tr("The checked backup could not be moved into place as %1.").arg(QDir::toNativeSeparators(finalPath)));
    }
    fsyncPath(dir, true);

    BackupInfo info{finalPath, at, sequence, QFileInfo(finalPath).size(), encrypt};
    // Rotation only after a good backup, and never of the one just made.
    if (options.keep > 0) {
        if (auto all = list(dir); all) {
            for (qsizetype i = options.keep; i < all->size(); ++i) {
                if (all->at(i).path != finalPath)
                    QFile::remove(all->at(i).path);
            }
        }
    }
    return info;
}

Result<QList<BackupInfo>> BackupService::list(const QString &directory)
{
    QList<BackupInfo> out;
    const QDir dir(directory);
    if (!dir.exists())
        return out;
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        const auto m = backupPattern().match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime parsed = QDateTime::fromString(m.captured(1), QLatin1StringView(kStampFormat));
        const QDateTime at(parsed.date(), parsed.time(), Qt::UTC);
        out.append({fi.absoluteFilePath(), at, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), fi.size(),
                    m.captured(3) == u"chbackup"_s});
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.sequence > b.sequence;
    });
    return out;
}

Status BackupService::checkPlainCopy(const QString &path, const QString &shownName)
{
    const QString name = QDir::toNativeSeparators(shownName);
    Database::Options o;
    o.readOnly = true;
    o.migrate = false;
    auto opened = Database::open(path, o);
    if (!opened) {
        Error e = opened.error();
        e.message = tr("%1 is not a usable Clearinghouse backup: %2").arg(name, e.message);
        return e;
    }
    auto check = Sql::scalar((*opened)->connection(), u"PRAGMA integrity_check"_s);
    if (!check)
        return check.error();
    if (check->toString() != u"ok"_s)
        return Error::make(Error::Kind::Corrupt, tr("The backup %1 failed its integrity check.").arg(name), check->toString());
    return Status();
}

Status BackupService::verify(const QString &backupPath, const QString &passphrase)
{
    if (!QFileInfo(backupPath).isFile())
        return Error::make(Error::Kind::NotFound, tr("There is no backup file %1.").arg(QDir::toNativeSeparators(backupPath)));
    if (!BackupCrypto::isEncrypted(backupPath)) {
        // Check a private copy: opening the backup itself could leave -wal/-shm files or change it.
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(u"check.db"_s);
        if (!scratch.isValid() || !QFile::copy(backupPath, copy))
            return ioError(tr("Could not make a temporary copy of %1 to check it.").arg(QDir::toNativeSeparators(backupPath)));
        return checkPlainCopy(copy, backupPath);
    }
    if (passphrase.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The backup %1 is encrypted. Enter its passphrase.").arg(QDir::toNativeSeparators(backupPath)));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return ioError(tr("Could not create a temporary folder to check the backup."));
    const QString plain = scratch.filePath(u"check.db"_s);
    if (Status s = BackupCrypto::decryptFile(backupPath, plain, passphrase); !s)
        return s;
    return checkPlainCopy(plain, backupPath);
}

Result<QString> BackupService::restore(const QString &backupPath, const QString &databasePath, const QString &passphrase)
{
    if (Status s = verify(backupPath, passphrase); !s)
        return s.error();
    const QFileInfo target(databasePath);
    if (Status s = FilePermissions::ensurePrivateDir(target.absolutePath()); !s)
        return s.error();
    const QString incoming = target.absoluteFilePath() + u".restoring"_s;
    QFile::remove(incoming);
    if (BackupCrypto::isEncrypted(backupPath)) {
        if (Status s = BackupCrypto::decryptFile(backupPath, incoming, passphrase); !s)
            return s.error();
    } else {
        if (!QFile::copy(backupPath, incoming)) {
            QFile::remove(incoming);
            return ioError(tr("The backup could not be copied next to %1. Check that the disk has space.")
                               .arg(QDir::toNativeSeparators(databasePath)));
        }
        (void)FilePermissions::restrictToOwner(incoming);
    }
    if (!fsyncPath(incoming, false)) {
        QFile::remove(incoming);
        return ioError(tr("The restored file could not be flushed to disk."));
    }
    QString keptAside;
    if (target.exists()) {
        keptAside = target.absoluteFilePath() + u".before-restore-"_s
                    + QDateTime::currentDateTimeUtc().toString(QLatin1StringView(kStampFormat));
        // The write-ahead log belongs to the file being replaced: move it with it, or SQLite would
        // replay it into the restored database.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(target.absoluteFilePath() + suffix)
                && !QFile::rename(target.absoluteFilePath() + suffix, keptAside + suffix)) {
                QFile::remove(incoming);
                return ioError(tr("The current database %1 could not be moved aside; nothing was restored. "
                                  "Close every program that uses it and try again.")
                                   .arg(QDir::toNativeSeparators(databasePath)));
            }
        }
    }
    if (!QFile::rename(incoming, target.absoluteFilePath()))
        return ioError(tr("The backup was checked but could not be put in place. The previous database is at %1.")
                           .arg(QDir::toNativeSeparators(keptAside)));
    fsyncPath(target.absolutePath(), true);
    return keptAside;
}

} // namespace ch
