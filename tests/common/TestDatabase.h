#pragma once

// Test helpers shared by the storage, item-model and CLI tests: a fresh database in its own temporary
// folder, a raw SQLite connection for building deliberately odd files, a valid case, and file utilities.
// Header-only so that every test executable stays one source file.

#include "domain/CaseRecord.h"
#include "storage/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <vector>

namespace ch::test {

using namespace Qt::StringLiterals;

// Shared mode in tests: when CH_TEST_POSTGRES names a server (postgresql://user@host:port/maintenance-db,
// the password from PGPASSFILE), the storage tests run a second time against it (CTest's "_postgres"
// runs), each TestDatabase in a throwaway database of its own, created UTF-8 and dropped at the end.
inline QString postgresTestServer()
{
    return qEnvironmentVariable("CH_TEST_POSTGRES");
}

// A test about the embedded file itself (its bytes, its folder, its WAL) has no meaning on a server.
#define CH_SQLITE_ONLY()                                                                                               \
    do {                                                                                                               \
        if (!::ch::test::postgresTestServer().isEmpty())                                                              \
            QSKIP("about the embedded database's file; runs in the SQLite pass");                                     \
    } while (false)

class PostgresScratch
{
    Q_DISABLE_COPY_MOVE(PostgresScratch)
public:
    // Creates a fresh database on the test server; location() is its address.
    PostgresScratch()
    {
        static QAtomicInteger<int> counter = 0;
        auto server = ServerAddress::parse(postgresTestServer());
        if (!server) {
            m_error = server.error().fullText();
            return;
        }
        m_name = u"ch_t_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                     .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                     .arg(counter.fetchAndAddRelaxed(1));
        m_error = admin(*server, u"CREATE DATABASE %1 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
                                 " TEMPLATE template0"_s.arg(m_name));
        if (!m_error.isEmpty())
            return;
        m_oid = adminScalar(*server, u"SELECT oid FROM pg_database WHERE datname = '%1'"_s.arg(m_name)).toString();
        server->setDatabase(m_name);
        m_location = server->displayText();
        m_server = *server;
    }
    ~PostgresScratch()
    {
        if (m_location.isEmpty())
            return;
        auto server = ServerAddress::parse(postgresTestServer());
        if (!server)
            return;
        (void)admin(*server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
        // Roles belong to the whole server: the database's groups (ServerRoles) and the users a test made
        // (named with rolePrefix()) go with it.
        const QStringList roles = adminScalar(*server, u"SELECT string_agg(rolname, ',') FROM pg_roles"
                                                       " WHERE rolname LIKE 'ch\\_%1\\_%%' OR rolname LIKE '%2%%'"_s
                                                           .arg(m_oid, rolePrefix()))
                                      .toString()
                                      .split(u',', Qt::SkipEmptyParts);
        for (const QString &role : roles)
            (void)admin(*server, u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
    }
    // Server users a test creates are named with this prefix, so that they are dropped with the database.
    QString rolePrefix() const { return u"cht"_s + m_oid + u'_'; }
    QString location() const { return m_location; }
    QString name() const { return m_name; }
    QString error() const { return m_error; }

    // Runs one statement on the database at location as its address's user (e.g. the scratch database's
    // owner); the error text, empty on success.
    static QString runOn(const QString &location, const QString &sql)
    {
        auto server = ServerAddress::parse(location);
        return server ? admin(*server, sql) : server.error().fullText();
    }

    static QVariant adminScalar(const ServerAddress &server, const QString &sql)
    {
        QVariant value;
        (void)admin(server, sql, &value);
        return value;
    }

    // Runs one statement on the server's maintenance database; the error text, empty on success.
    static QString admin(const ServerAddress &server, const QString &sql, QVariant *firstValue = nullptr)
    {
        static QAtomicInteger<int> counter = 0;
        const QString connection = u"pg-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setHostName(server.host());
            db.setPort(server.port());
            db.setDatabaseName(server.database());
            db.setUserName(server.user());
            db.setConnectOptions(server.connectOptions());
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    error = q.lastError().text() + u" in: "_s + sql;
                else if (firstValue && q.next())
                    *firstValue = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

private:
    QString m_name;
    QString m_oid;
    QString m_location;
    QString m_error;
    ServerAddress m_server;
};

// Fresh database locations for a test that opens (and reopens) databases itself: files in a temporary
// folder, or with CH_TEST_POSTGRES set, throwaway databases on the test server that live as long as this
// object (declare it before the Database members, so that they close first).
class FreshLocations
{
    Q_DISABLE_COPY_MOVE(FreshLocations)
public:
    FreshLocations() = default;
    // A new location each call; fileName names the file in the SQLite pass. Empty on failure (see error()).
    QString next(const QString &fileName)
    {
        if (postgresTestServer().isEmpty())
            return m_dir.filePath(fileName);
        auto scratch = std::make_unique<PostgresScratch>();
        if (!scratch->error().isEmpty()) {
            m_error = scratch->error();
            return {};
        }
        const QString location = scratch->location();
        m_scratches.push_back(std::move(scratch));
        return location;
    }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<PostgresScratch>> m_scratches;
    QString m_error;
};

// A Clearinghouse database at the latest schema in a folder that disappears with the object (or, with
// CH_TEST_POSTGRES set, in a throwaway database on the test server).
class TestDatabase
{
public:
    explicit TestDatabase(const Database::Options &options = {})
    {
        if (!m_dir.isValid()) {
            m_error = u"QTemporaryDir failed"_s;
            return;
        }
        if (!postgresTestServer().isEmpty()) {
            m_scratch = std::make_unique<PostgresScratch>();
            if (!m_scratch->error().isEmpty()) {
                m_error = m_scratch->error();
                return;
            }
        }
        auto opened = Database::open(path(), options);
        if (!opened) {
            m_error = opened.error().fullText();
            return;
        }
        m_db = std::move(opened).value();
    }

    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    Database &db() const { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    // The file, or on the test server the database's address.
    QString path() const { return m_scratch ? m_scratch->location() : m_dir.filePath(u"test.db"_s); }
    bool isShared() const { return m_scratch != nullptr; }
    // Who the audit log names for a change made while the program's actor was programActor: on a server,
    // always the server user the connection logged in as (AuditLog).
    QString auditActor(const QString &programActor) const
    {
        return isShared() ? connection().userName() : programActor;
    }
    // Shared mode: the prefix for server users a test creates (dropped with the database).
    QString serverRolePrefix() const { return m_scratch ? m_scratch->rolePrefix() : QString(); }
    QString dirPath() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    bool reopen(const Database::Options &options = {})
    {
        m_db.reset();
        auto opened = Database::open(path(), options);
        if (!opened) {
            m_error = opened.error().fullText();
            return false;
        }
        m_db = std::move(opened).value();
        return true;
    }

    ~TestDatabase() { m_db.reset(); } // before the scratch database is dropped

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresScratch> m_scratch;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

// A plain QSQLITE connection to any file, outside Database's checks: for building foreign, newer or
// damaged databases, and for looking at a file without our code in between.
class RawConnection
{
    Q_DISABLE_COPY_MOVE(RawConnection)
public:
    explicit RawConnection(const QString &path)
    {
        static QAtomicInteger<int> counter = 0;
        m_name = u"raw-test-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns the error text, empty on success.
    QString exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return q.lastError().text() + u" in: "_s + sql;
        return {};
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

// First column of the first row on an existing connection, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// Runs an SQL script written one statement per line or several lines per statement, each ending in ';'
// at the end of a line (the format of sqlite3's .dump). Returns the first error, empty on success.
inline QString runSqlScript(const QSqlDatabase &db, const QString &script)
{
    QString statement;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (statement.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(u"--"_s)))
            continue;
        statement += line + u'\n';
        const QString t = statement.trimmed();
        if (!t.endsWith(u';'))
            continue;
        if (t.count(u'\'') % 2 != 0)
            continue; // a ';' inside a string literal that spans lines
        if (t.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive) &&
            !t.endsWith(u"END;"_s, Qt::CaseInsensitive))
            continue;
        QSqlQuery q(db);
        if (!q.exec(t))
            return q.lastError().text() + u" in: "_s + t.left(200);
        statement.clear();
    }
    if (!statement.trimmed().isEmpty())
        return u"unterminated statement: "_s + statement.left(200);
    return {};
}

// A complete, valid federal compassionate-release request: every questionnaire field has a value in its
// canonical form, so that a save and a load can be compared field by field.
inline CaseRecord validCase(const QString &personName = u"José García"_s,
                            const QString &registerNumber = u"12345-054"_s)
{
    CaseRecord c;
    c.setValue(u"submission_id"_s, u"FORM-2024-0001"_s);
    c.setValue(u"submitted_at"_s, u"2024-03-01"_s);
    c.setValue(u"submitter_name"_s, u"Ana García"_s);
    c.setValue(u"submitter_relationship"_s, u"Sister"_s);
    c.setValue(u"submitter_phone"_s, u"(212) 555-0143"_s);
    c.setValue(u"submitter_email"_s, u"ana.garcia@example.org"_s);
    c.setValue(u"submitter_address"_s, u"12 Main Street\nApt 4\nBronx, NY 10451"_s);
    c.setValue(u"submitter_language"_s, u"Spanish"_s);
    c.setValue(u"consent_to_contact"_s, u"yes"_s);
    c.setValue(u"person_name"_s, personName);
    c.setValue(u"aliases"_s, u"Pepe García; J. Garcia"_s);
    c.setValue(u"register_number"_s, registerNumber);
    c.setValue(u"date_of_birth"_s, u"1958-04-12"_s);
    c.setValue(u"person_language"_s, u"Spanish"_s);
    c.setValue(u"facility"_s, u"FMC Butner"_s);
    c.setValue(u"court_type"_s, u"federal"_s);
    c.setValue(u"sentencing_district"_s, u"nysd"_s);
    c.setValue(u"case_number"_s, u"1:15-cr-00123"_s);
    c.setValue(u"co_defendants"_s, u"Luis Pérez; Mark Hill"_s);
    c.setValue(u"offense"_s, u"Conspiracy to distribute cocaine (21 U.S.C. §846)"_s);
    c.setValue(u"relief_sought"_s, u"compassionate_release"_s);
    c.setValue(u"sentence_status"_s, u"sentenced"_s);
    c.setValue(u"sentence_months"_s, u"240"_s);
    c.setValue(u"custody_start_date"_s, u"2010-06-01"_s);
    c.setValue(u"projected_release_date"_s, u"2027-01-15"_s);
    c.setValue(u"sentenced_under_3559c"_s, u"no"_s);
    c.setValue(u"reasons"_s, u"terminal_illness;age"_s);
    c.setValue(u"medical_summary"_s,
               u"Stage IV pancreatic cancer diagnosed in January.\nPrognosis: months."_s);
    c.setValue(u"family_summary"_s, u"His sister will care for him."_s);
    c.setValue(u"abuse_summary"_s, u"None reported."_s);
    c.setValue(u"other_summary"_s, u"No disciplinary reports in 14 years."_s);
    c.setValue(u"warden_request_date"_s, u"2024-01-10"_s);
    c.setValue(u"warden_response"_s, u"denied"_s);
    c.setValue(u"warden_response_date"_s, u"2024-02-01"_s);
    c.setValue(u"release_plan"_s, u"Will live with his sister in the Bronx; hospice referral made."_s);
    return c;
}

// The smallest case the repository accepts: a name only.
inline CaseRecord minimalCase(const QString &personName)
{
    CaseRecord c;
    c.setValue(u"person_name"_s, personName);
    c.setValue(u"submitted_at"_s, u"2024-05-01"_s);
    return c;
}

} // namespace ch::test
