#pragma once

// BackupService: backups of the open database that can be trusted. A backup is written with
// `VACUUM INTO` (a consistent snapshot, even while others write) to a temporary file, fsynced, opened
// and checked with `PRAGMA integrity_check`, optionally encrypted, and only then renamed into place, so
// a file named like a backup is always a whole, checked one. Older backups beyond `keep` are removed.
// Restore checks the backup the same way before it replaces anything, and keeps the replaced file.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ch {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime createdAt; // UTC, from the file name
    int sequence = 1;    // several backups in one second: -2, -3, ... in the name
    qint64 size = 0;
    bool encrypted = false;
};

class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(ch::BackupService)
public:
    struct Options
    {
        QString directory;   // empty: defaultDirectory(database path)
        int keep = 20;       // newest backups kept; older ones are removed after a good backup
        QString passphrase;  // non-empty: the backup is encrypted
    };

    // <folder of the database>/backups
    static QString defaultDirectory(const QString &databasePath);

    static Result<BackupInfo> backup(const Database &db, const Options &options);
    // Backups in the folder, newest first. Temporary and foreign files are ignored.
    static Result<QList<BackupInfo>> list(const QString &directory);
    // Opens a copy of the backup read-only and checks it fully: SQLite header, our application id, a schema
    // this program knows, and integrity_check. Encrypted backups need the passphrase.
    static Status verify(const QString &backupPath, const QString &passphrase = {});
    // Replaces the database at databasePath (which must not be open) with the backup, after verify().
    // The replaced file is kept beside it as <name>.before-restore-<time>; returns that path.
    static Result<QString> restore(const QString &backupPath, const QString &databasePath,
                                   const QString &passphrase = {});

private:
    static Status checkPlainCopy(const QString &path, const QString &shownName);
};

} // namespace ch
