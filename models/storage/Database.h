#pragma once

// Database: one open Clearinghouse database (SQLite by default). Opening checks that the file really is
// ours before anything is written to it: an SQLite header, our application_id, a schema version this
// program understands, and a quick integrity check. Then it sets WAL, foreign keys and full syncs,
// and brings the schema up to date. The integrity check reads the whole file (about a second per
// 700 MB): the GUI defers it (Options::deferIntegrityCheck) to a worker thread after the window shows
// (checkIntegrity(), ui/IntegrityMonitor) and stops writing if it fails (refuseWrites()).

#include "Dialect.h"
#include "ServerAddress.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ch {

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(ch::Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    static constexpr int kApplicationId = 0x43485331; // "CHS1"

    struct Options
    {
        bool readOnly = false;
        bool migrate = true;       // bring an older schema up to date
        int targetVersion = -1;    // -1: the latest; tests use older versions
        bool skipIntegrityCheck = false; // only with readOnly: open a damaged file to copy what can be read
        // Check only the header, the application id and the schema now, and leave the full check to the
        // caller (integrityCheckPending()). Ignored when the schema is to be upgraded: nothing is written
        // to a file that has not been checked.
        bool deferIntegrityCheck = false;
        // How long a write waits for another program's transaction before it gives up with "busy". The
        // window keeps it short (its thread waits); the CLI, a batch tool, waits longer, because SQLite's
        // waiting is polling and a writer committing back to back can hold the lock for seconds.
        int busyTimeoutMs = 5000;
        // Shared mode: the password for the server's user, from a prompt. Empty: libpq reads the password
        // file (PGPASSFILE, else ~/.pgpass), or the server asks for none.
        QString password;
    };

    ~Database();

    // location: a file path (SQLite, the default), or a server address postgresql://user@host:port/db
    // (shared mode, ServerAddress).
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location) { return open(location, Options{}); }
    static Result<std::unique_ptr<Database>> open(const ServerAddress &server, const Options &options);
    // The platform's app-data location, e.g. ~/.local/share/Clearinghouse/clearinghouse.db
    static QString defaultPath();
    // True when the file (or the folder it would be created in) is on a network file system (NFS, SMB,
    // CIFS, sshfs...), where SQLite's locking is unreliable: such a team should use the shared mode.
    static bool isOnNetworkFileSystem(const QString &path);

    QSqlDatabase connection() const;
    // The file's absolute path; in shared mode the server address without the password.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isShared() const { return m_backend == Backend::Postgres; }
    // Shared mode only: where the server is (with the password the connection was opened with).
    const ServerAddress &server() const { return m_server; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    bool integrityCheckPending() const { return m_integrityCheckPending; }

    // The full integrity check over `connection` (any connection to the file, e.g. a worker's): an empty
    // Status when the file is whole, else a Corrupt error with SQLite's findings in the detail.
    static Status checkIntegrity(const QSqlDatabase &connection, const QString &path);
    // After a failed deferred check: this connection writes nothing more (PRAGMA query_only), and
    // isReadOnly() is true from then on.
    Status refuseWrites();

    // Opens another connection to the same file, for a worker thread. The caller owns it.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

private:
    Database(QString path, QString connectionName, bool readOnly);
    Status configure(const Options &options);
    Status configureServer(const Options &options);
    // Opens the connection and configures it; open() has already checked the file (or built it aside).
    static Result<std::unique_ptr<Database>> openNew(const QString &path, const Options &options);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_integrityCheckPending = false;
    Backend m_backend = Backend::Sqlite;
    ServerAddress m_server;
};

} // namespace ch
