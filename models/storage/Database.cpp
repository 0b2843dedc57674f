#include "Database.h"

#include "Migrations.h"
#include "SqlHelpers.h"
#include "core/FilePermissions.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return u"clearinghouse-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteHeader[] = "SQLite format 3";

Status checkFileLooksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The database file %1 cannot be read: %2. Check that you may open it, "
                                        "or choose another file.")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    const QByteArray head = f.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArrayView(kSqliteHeader, sizeof(kSqliteHeader)))) {
        return Error::make(Error::Kind::NotADatabase,
                           Database::tr("The file %1 is not a Clearinghouse database (it is not a database file "
                                        "at all). Nothing was written to it. Choose another file, or give a new "
                                        "file name to start a new database.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    return Status();
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"clearinghouse.db"_s);
}

bool Database::isOnNetworkFileSystem(const QString &path)
{
#ifdef Q_OS_LINUX
    QFileInfo info(path);
    QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(probe) && probe != QDir::rootPath())
        probe = QFileInfo(probe).absolutePath();
    struct statfs fs {};
    if (::statfs(QFile::encodeName(probe).constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x65735546UL: // FUSE (sshfs, rclone, ...)
    case 0x564C0000UL: // AFS (partial)
    case 0x5346414FUL: // OpenAFS
    case 0x01021997UL: // 9P
        return true;
    default:
        return false;
    }
#else
    Q_UNUSED(path);
    return false;
#endif
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto v = Migrations::currentVersion(connection());
    return v ? *v : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (ServerAddress::isServerLocation(path)) {
        auto server = ServerAddress::parse(path);
        if (!server)
            return server.error();
        return open(*server, options);
    }
    if (path.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 is a folder, not a database file. Give the path of a file.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (info.exists() && info.size() == 0) {
        // We never leave an empty file behind (new databases are built aside and renamed into place), so
        // an empty file is someone else's, or a database that was cut short: do not write into it.
        return Error::make(Error::Kind::NotADatabase,
                           tr("The file %1 is empty (0 bytes). It may be a database that was cut short. Nothing "
                              "was written to it. Restore a backup, or choose another file; to start a new "
                              "database, give a file name that does not exist yet.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (info.exists()) {
        if (Status s = checkFileLooksLikeSqlite(path); !s)
            return s.error();
        // SQLite needs to write the file and, for its write-ahead log, the folder. Say so before trying,
        // rather than failing at the first save.
        if (!options.readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
            return Error::make(Error::Kind::Io,
                               tr("The database %1 is read-only: the file or its folder cannot be written. Nothing "
                                  "was changed. Open it read-only to look at the cases, or copy it to a folder "
                                  "you can write to.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
    } else if (options.readOnly) {
        return Error::make(Error::Kind::NotFound,
                           tr("The database file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    } else {
        // A new database is created under a temporary name and renamed into place only once its schema
        // is committed: a crash while creating it leaves no half-made file under the real name.
        if (Status s = FilePermissions::ensurePrivateDir(info.absolutePath()); !s)
            return s.error();
        const QString building = info.absoluteFilePath() + u".creating"_s;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(building + suffix);
        if (Status s = FilePermissions::ensurePrivateFile(building); !s)
            return s.error();
        {
            Options buildOptions = options;
            auto made = openNew(building, buildOptions);
            if (!made) {
                QFile::remove(building);
                return made.error();
            }
            // Closing the only connection checkpoints the WAL into the main file and removes it.
        }
        if (QFileInfo::exists(building + u"-wal"_s) || !QFile::rename(building, info.absoluteFilePath())) {
            return Error::make(Error::Kind::Io,
                               tr("The new database %1 could not be put in place. Check that the folder is "
                                  "writable and try again.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
    }

    return openNew(path, options);
}

Result<std::unique_ptr<Database>> Database::openNew(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, options.readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(info.absoluteFilePath());
        QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(qMax(0, options.busyTimeoutMs));
        if (options.readOnly)
            connectOptions += u";QSQLITE_OPEN_READONLY"_s;
        // In a folder we cannot write, SQLite cannot make the shared-memory file a WAL database needs even
        // to read. Nobody can be writing there either (no -wal file can exist or be made), so the file is
        // opened as immutable. A leftover -wal with committed changes would be ignored that way: refuse.
        const QFileInfo wal(info.absoluteFilePath() + u"-wal"_s);
        if (options.readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
            if (wal.exists() && wal.size() > 0) {
                return Error::make(Error::Kind::Io,
                                   tr("The database %1 has changes in its log file that cannot be read from a "
                                      "read-only folder. Copy the database and its “-wal” file to a folder you "
                                      "can write to, and open the copy.")
                                       .arg(QDir::toNativeSeparators(path)));
            }
            QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
            url.setQuery(u"mode=ro&immutable=1"_s);
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            connectOptions += u";QSQLITE_OPEN_URI"_s;
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            return Error::make(Error::Kind::Io,
                               tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                               db.lastError().text());
        }
    }
    if (Status s = database->configure(options); !s)
        return s.error();
    return database;
}

Status Database::configure(const Options &options)
{
    const QSqlDatabase db = connection();
    const QString nativePath = QDir::toNativeSeparators(m_path);

    // Read before writing anything: is this file ours, and is it whole?
    auto appId = Sql::scalar(db, u"PRAGMA application_id"_s);
    if (!appId) {
        Error e = appId.error();
        if (e.kind == Error::Kind::NotADatabase || e.kind == Error::Kind::Corrupt) {
            e.message = tr("The file %1 is damaged or is not a Clearinghouse database. Nothing was written to it. "
                           "Restore a backup, or choose another file.")
                            .arg(nativePath);
        }
        return e;
    }
    auto tableCount = Sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!tableCount) {
        Error e = tableCount.error();
        e.message = tr("The file %1 is damaged and cannot be read. Nothing was written to it. Restore a backup, or "
                       "choose another file.")
                        .arg(nativePath);
        return e;
    }
    const bool empty = tableCount->toInt() == 0;
    if (!empty && appId->toInt() != kApplicationId) {
        return Error::make(Error::Kind::NotADatabase,
                           tr("The file %1 is a database of another program, not of Clearinghouse. Nothing was "
                              "written to it. Choose another file.")
                               .arg(nativePath));
    }
    auto version = Migrations::currentVersion(db);
    if (!version) {
        Error e = version.error();
        if (e.kind == Error::Kind::NotADatabase || e.kind == Error::Kind::Corrupt) {
            e.message = tr("The file %1 is damaged and cannot be read. Nothing was written to it. Restore a backup, "
                           "or choose another file.")
                            .arg(nativePath);
        }
        return e;
    }
    if (!empty && !(options.readOnly && options.skipIntegrityCheck)) {
        const bool writesNow = !options.readOnly && options.migrate
                               && *version < (options.targetVersion < 0 ? Migrations::latestVersion()
                                                                        : options.targetVersion);
        if (options.deferIntegrityCheck && !writesNow) {
            m_integrityCheckPending = true;
        } else if (Status s = checkIntegrity(db, m_path); !s) {
            return s;
        }
    }
    if (*version > Migrations::latestVersion()) {
        return Error::make(Error::Kind::NewerSchema,
                           tr("The database %1 was made by a newer version of Clearinghouse (schema version %2; "
                              "this program knows up to %3). Nothing was written to it. Install the newer version "
                              "of the program to open it.")
                               .arg(nativePath)
                               .arg(*version)
                               .arg(Migrations::latestVersion()));
    }

    if (Status s = Sql::execRaw(db, u"PRAGMA foreign_keys = ON"_s); !s)
        return s;
    if (options.readOnly)
        return Status();

    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA secure_delete = ON"_s}) {
        if (Status s = Sql::execRaw(db, pragma); !s)
            return s;
    }
    if (options.migrate) {
        if (Status s = Migrations::migrate(db, options.targetVersion); !s)
            return s;
    }
    // The -wal and -shm files take the main file's mode, but make sure of it.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            (void)FilePermissions::restrictToOwner(m_path + suffix);
    }
    return Status();
}

Status Database::checkIntegrity(const QSqlDatabase &connection, const QString &path)
{
    if (Dialect::isPostgres(connection))
        return Status(); // the server keeps its own files whole (checksums, WAL); there is no file to read

    auto check = Sql::scalar(connection, u"PRAGMA quick_check"_s);
    if (check && check->toString() == "ok"_L1)
        return Status();
    return Error::make(Error::Kind::Corrupt,
                       tr("The database %1 is damaged (its integrity check failed). Nothing was written "
                          "to it. Restore a backup, or open it read-only to copy what can be read.")
                           .arg(QDir::toNativeSeparators(path)),
                       check ? check->toString() : check.error().detail);
}

Status Database::refuseWrites()
{
    m_integrityCheckPending = false;
    m_readOnly = true;
    if (isShared())
        return Sql::execRaw(connection(), u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    return Sql::execRaw(connection(), u"PRAGMA query_only = ON"_s);
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    Options o;
    o.readOnly = m_readOnly;
    o.migrate = false;
    if (isShared()) {
        o.password = m_server.password();
        return open(m_server, o);
    }
    return open(m_path, o);
}

namespace {

// What libpq said, as a sentence for the user: the messages are libpq's own (English, or the language of
// the client's locale in part), so only their stable beginnings are matched; the detail keeps the text.
Error serverOpenError(const ServerAddress &server, const QString &native)
{
    const QString where = server.displayText();
    auto has = [&](const char *text) { return native.contains(QLatin1StringView(text), Qt::CaseInsensitive); };
    if (has("no password supplied") || has("password is required")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The server %1 asks for the password of the user “%2”, and none was given (the "
                                        "password file has no entry for it). Type the password, or add it to the "
                                        "password file named by PGPASSFILE (else ~/.pgpass).")
                               .arg(where, server.user()),
                           native);
    }
    if (has("password authentication failed")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The server refused the password of the user “%1” at %2. Check the password "
                                        "(or the password file named by PGPASSFILE, else ~/.pgpass) and try again.")
                               .arg(server.user(), where),
                           native);
    }
    if (has("not permitted to log in")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The user “%1” may no longer log in to %2: it has been deactivated. Ask an "
                                        "administrator of the shared database to activate it again.")
                               .arg(server.user(), where),
                           native);
    }
    if (has("role") && has("does not exist")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The server %1 has no user “%2”. Ask the administrator of the shared database "
                                        "to add you (File → Users…).")
                               .arg(where, server.user()),
                           native);
    }
    if (has("database") && has("does not exist")) {
        return Error::make(Error::Kind::NotFound,
                           Database::tr("The server has no database “%1” (%2). Check its name, or ask the "
                                        "administrator to create it.")
                               .arg(server.database(), where),
                           native);
    }
    if (has("SSL")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The server %1 and this computer could not agree on an encrypted connection "
                                        "(sslmode=%2). Ask the administrator which sslmode the server needs.")
                               .arg(where, server.sslMode()),
                           native);
    }
    if (has("pg_hba.conf")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The server %1 does not let the user “%2” connect from this computer. Ask the "
                                        "administrator to allow it.")
                               .arg(where, server.user()),
                           native);
    }
    if (has("could not connect") || has("connection refused") || has("could not translate host name")
        || has("timeout expired") || has("no route to host") || has("network is unreachable")
        || has("connection to server")) {
        return Error::make(Error::Kind::Io,
                           Database::tr("The server %1 cannot be reached. Check the host name and port, that the "
                                        "server is running, and this computer's network connection, then try again.")
                               .arg(where),
                           native);
    }
    return Error::make(Error::Kind::Io, Database::tr("The shared database %1 could not be opened.").arg(where), native);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const ServerAddress &server, const Options &options)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(server.displayText(), name, options.readOnly));
    database->m_backend = Backend::Postgres;
    database->m_server = server;
    if (!options.password.isEmpty())
        database->m_server.setPassword(options.password);
    {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            return Error::make(Error::Kind::Io,
                               tr("This installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver is "
                                  "missing. Install the package libqt6sql6-psql and try again."));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setDatabaseName(server.database());
        db.setUserName(server.user());
        if (!database->m_server.password().isEmpty())
            db.setPassword(database->m_server.password());
        db.setConnectOptions(server.connectOptions());
        if (!db.open())
            return serverOpenError(server, db.lastError().text());
    }
    if (Status s = database->configureServer(options); !s)
        return s.error();
    return database;
}

Status Database::configureServer(const Options &options)
{
    const QSqlDatabase db = connection();
    auto encoding = Sql::scalar(db, u"SELECT current_setting('server_encoding')"_s);
    if (!encoding)
        return encoding.error();
    if (encoding->toString() != "UTF8"_L1) {
        return Error::make(Error::Kind::NotADatabase,
                           tr("The database %1 stores text as %2, which cannot hold every name and accent. Nothing "
                              "was written to it. Ask the administrator to create it with ENCODING 'UTF8'.")
                               .arg(m_path, encoding->toString()));
    }
    // Dates and times are text the program writes itself; the session's own settings must not change them.
    for (const QString &set : {u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages = warning"_s}) {
        if (Status s = Sql::execRaw(db, set); !s)
            return s;
    }
    auto tables = Sql::scalar(db, u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s);
    if (!tables)
        return tables.error();
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (tables->toInt() > 0) {
        auto mark = *version > 0 ? Sql::scalar(db, u"SELECT obj_description(CAST('schema_version' AS regclass), 'pg_class')"_s)
                                 : Result<QVariant>(QVariant());
        if (!mark)
            return mark.error();
        if (mark->toString() != "Clearinghouse"_L1) {
            return Error::make(Error::Kind::NotADatabase,
                               tr("The database %1 belongs to another program, not to Clearinghouse. Nothing was "
                                  "written to it. Give the name of an empty database, or of a Clearinghouse one.")
                                   .arg(m_path));
        }
    }
    if (*version > Migrations::latestVersion()) {
        return Error::make(Error::Kind::NewerSchema,
                           tr("The shared database %1 was upgraded by a newer version of Clearinghouse (schema version "
                              "%2; this program knows up to %3). Nothing was written to it. Install the newer version "
                              "of the program on this computer to work with it.")
                               .arg(m_path)
                               .arg(*version)
                               .arg(Migrations::latestVersion()));
    }
    if (options.readOnly)
        return Sql::execRaw(db, u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    const int target = options.targetVersion < 0 ? Migrations::latestVersion() : options.targetVersion;
    if (options.migrate && *version > 0 && *version < target) {
        // Only the owner of the tables can change them: say who, rather than fail half-way with "permission".
        auto owner = Sql::scalar(db, u"SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()"
                                     " AND tablename = 'schema_version'"_s);
        if (!owner)
            return owner.error();
        auto member = Sql::scalar(db, u"SELECT pg_has_role(current_user, :o, 'MEMBER')"_s, {{":o", owner->toString()}});
        if (!member)
            return member.error();
        if (!member->toBool()) {
            return Error::make(Error::Kind::NewerSchema,
                               tr("The shared database %1 needs an upgrade (schema version %2 to %3) that only its "
                                  "owner, the server user “%4”, may make. Nothing was changed. Ask them to open it once "
                                  "with this version of the program.")
                                   .arg(m_path)
                                   .arg(*version)
                                   .arg(target)
                                   .arg(owner->toString()));
        }
    }
    if (options.migrate) {
        if (Status s = Migrations::migrate(db, options.targetVersion); !s)
            return s;
    }
    return Status();
}

} // namespace ch
