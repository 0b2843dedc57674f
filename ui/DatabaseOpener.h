#pragma once

// DatabaseOpener: opens the database for the GUI, and when that fails walks the user through the safe ways
// on (DatabaseProblemDialog): read-only, restore a backup, another file, or quit. Also warns about network
// drives. Returns nullptr when the user quits.

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace ch {

class Database;

class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(ch::DatabaseOpener)
public:
    static std::unique_ptr<Database> open(const QString &path, QWidget *parent = nullptr);
    // Shared mode: opens the database on a PostgreSQL server (postgresql://user@host:port/db). When that
    // fails (a password is needed and the password file has none, a wrong password, an unreachable server,
    // a newer schema), the connection dialog shows why, with the address filled in, until the user
    // connects or cancels (nullptr). A good address is remembered, without the password.
    static std::unique_ptr<Database> openServer(const QString &location, const QString &password = {},
                                                QWidget *parent = nullptr);
    // Replaces the database at databasePath with a backup (the database must be closed), then opens it.
    // When the restore fails, the user is told why and the database is opened as it was.
    static std::unique_ptr<Database> restoreAndOpen(const QString &backupPath, const QString &passphrase,
                                                    const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace ch
