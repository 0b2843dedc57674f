#include "ServerRoles.h"

#include "auth/UserRepository.h"
#include "storage/PostgresConnection.h"
#include "storage/SensitiveData.h"
#include "storage/SqlHelpers.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

Error refusedWithout(const Error &e)
{
    Error out = e;
    if (e.detail.contains(u"42501"_s) || e.detail.contains(u"permission denied"_s)) {
        out.message = ServerRoles::tr("Your user on the server may not create or change server users: it needs the "
                                      "CREATEROLE right. Ask the server's administrator to grant it "
                                      "(ALTER ROLE … CREATEROLE), then try again.");
    }
    return out;
}

// Directly a member of group (not through another role).
Result<bool> isMember(const QSqlDatabase &db, const QString &group, const QString &login)
{
    auto n = Sql::scalar(db,
                         u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                         " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"_s,
                         {{":g", group}, {":u", login}});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

} // namespace

Status ServerRoles::run(const QSqlDatabase &db, const QString &formatSql, std::initializer_list<QVariant> values)
{
    // The server builds the statement with its own quoting from bound values; then it runs as it is (DDL
    // cannot be prepared).
    // format()'s arguments are untyped to the server: each value is passed as text.
    QString sql = formatSql;
    sql.replace(u"?"_s, u"CAST(? AS TEXT)"_s);
    auto q = Sql::prepare(db, u"SELECT "_s + sql);
    if (!q)
        return q.error();
    int i = 0;
    for (const QVariant &v : values)
        q->bindValue(i++, v);
    if (Status s = Sql::exec(*q); !s)
        return s;
    if (!q->next())
        return Error::make(Error::Kind::General, tr("The server did not build the statement."));
    const QString statement = q->value(0).toString();
    q->finish();
    if (statement.isEmpty())
        return Status(); // nothing to do (format returned NULL for a condition that holds)
    Status s = Sql::execRaw(db, statement);
    if (!s) {
        // The statement may carry a password (hashed, but still not for a log or a screen): keep only the
        // server's reason.
        Error e = s.error();
        e.detail = e.detail.section(u" in: "_s, 0, 0);
        return e;
    }
    return s;
}

Result<QString> ServerRoles::hashedPassword(const QSqlDatabase &db, const QString &login, const QString &password)
{
    // The server is sent a SCRAM hash made here, never the password itself, so that no statement text or
    // server log can show it.
    PGconn *conn = Postgres::connection(db);
    if (!conn)
        return Error::make(Error::Kind::General, tr("The server connection cannot hash a password."));
    char *hash = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(),
                                       "scram-sha-256");
    if (!hash)
        return Error::make(Error::Kind::General, tr("The password could not be prepared for the server: %1")
                                                     .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString out = QString::fromLatin1(hash);
    PQfreemem(hash);
    return out;
}

Status ServerRoles::checkOurs(const QSqlDatabase &db, const QString &login)
{
    // Role names are the whole server's: a login may only take over a role this database made for a user
    // (marked by its comment) or its owner's, never another database's or program's account.
    if (login.startsWith(u"ch_"_s) || login.toUtf8().size() > 63) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("“%1” cannot be a login on a shared database: names beginning with ch_ are the "
                              "program's own, and the server allows at most 63 bytes.")
                               .arg(login));
    }
    auto marked = Sql::scalar(db,
                              u"SELECT coalesce(shobj_description(r.oid, 'pg_authid'), '') = :mark"
                              " OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())"
                              " FROM pg_roles r WHERE r.rolname = :r"_s,
                              {{":mark", marker(db)}, {":r", login}});
    if (!marked)
        return marked.error();
    if (marked->isValid() && !marked->toBool()) {
        return Error::make(Error::Kind::Conflict,
                           tr("The server already has a user “%1” that does not belong to this database. Choose "
                              "another login, or ask the server's administrator.")
                               .arg(login));
    }
    return Status();
}

QString ServerRoles::marker(const QSqlDatabase &db)
{
    return u"Clearinghouse user of database "_s + db.databaseName();
}

Result<QString> ServerRoles::groupName(const QSqlDatabase &db, Role role)
{
    auto oid = Sql::scalar(db, u"SELECT oid FROM pg_database WHERE datname = current_database()"_s);
    if (!oid)
        return oid.error();
    return u"ch_%1_%2"_s.arg(oid->toString(), Roles::code(role));
}

Status ServerRoles::ensureGroups(const QSqlDatabase &db)
{
    for (Role role : Roles::all()) {
        auto group = groupName(db, role);
        if (!group)
            return group.error();
        auto exists = Sql::scalar(db, u"SELECT count(*) FROM pg_roles WHERE rolname = :r"_s, {{":r", *group}});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0) {
            if (Status s = run(db, u"format('CREATE ROLE %I NOLOGIN', ?)"_s, {*group}); !s)
                return refusedWithout(s.error());
        }
        const QList<QString> grants = {
            u"format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), ?)"_s,
            u"format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), ?)"_s,
            u"format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), ?)"_s,
            u"format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), ?)"_s,
            u"format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I', current_schema(), ?)"_s,
        };
        for (const QString &grant : grants) {
            if (Status s = run(db, grant, {*group}); !s)
                return refusedWithout(s.error());
        }
        if (role != Role::Auditor) {
            for (const QString &grant :
                 {u"format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), ?)"_s,
                  u"format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE, DELETE ON TABLES TO %I',"
                  " current_schema(), ?)"_s,
                  u"format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',"
                  " current_schema(), ?)"_s}) {
                if (Status s = run(db, grant, {*group}); !s)
                    return refusedWithout(s.error());
            }
        }
        if (role != Role::Admin) {
            // Only administrators change who may do what.
            if (Status s = run(db, u"format('REVOKE INSERT, UPDATE, DELETE ON users FROM %I', ?)"_s, {*group}); !s)
                return refusedWithout(s.error());
        }
    }
    // Then what the coordinator and auditor groups may not read (medical, family and abuse details, not even
    // with a SQL client) and what coordinators may not write: the same call a schema upgrade makes.
    if (Status s = SensitiveData::restrictGroups(db); !s)
        return refusedWithout(s.error());
    return Status();
}

Status ServerRoles::apply(const QSqlDatabase &db, const User &user, const QString &password)
{
    if (const QString problem = UserRepository::loginProblem(user.login); !problem.isEmpty())
        return Error::make(Error::Kind::InvalidInput, problem);
    if (Status s = checkOurs(db, user.login); !s)
        return s;
    if (Status s = ensureGroups(db); !s)
        return s;
    QString hash;
    if (!password.isEmpty()) {
        auto hashed = hashedPassword(db, user.login, password);
        if (!hashed)
            return hashed.error();
        hash = *hashed;
    }
    auto exists = Sql::scalar(db, u"SELECT count(*) FROM pg_roles WHERE rolname = :r"_s, {{":r", user.login}});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0) {
        Status made = hash.isEmpty() ? run(db, u"format('CREATE ROLE %I LOGIN', ?)"_s, {user.login})
                                     : run(db, u"format('CREATE ROLE %I LOGIN PASSWORD %L', ?, ?)"_s, {user.login, hash});
        if (!made)
            return refusedWithout(made.error());
        if (Status s = run(db, u"format('COMMENT ON ROLE %I IS %L', ?, ?)"_s, {user.login, marker(db)}); !s)
            return refusedWithout(s.error());
    } else if (!hash.isEmpty()) {
        if (Status s = run(db, u"format('ALTER ROLE %I PASSWORD %L', ?, ?)"_s, {user.login, hash}); !s)
            return refusedWithout(s.error());
    }
    for (Role role : Roles::all()) {
        auto group = groupName(db, role);
        if (!group)
            return group.error();
        // GRANT only where missing and REVOKE only where held: the server would warn of each no-op.
        auto member = isMember(db, *group, user.login);
        if (!member)
            return member.error();
        const bool is = *member;
        // A deactivated user leaves every group: that takes effect at once, even in a session still open
        // (NOLOGIN below only stops new ones).
        const bool shouldBe = role == user.role && user.active;
        if (is == shouldBe)
            continue;
        const QString sql = shouldBe ? u"format('GRANT %I TO %I', ?, ?)"_s : u"format('REVOKE %I FROM %I', ?, ?)"_s;
        if (Status s = run(db, sql, {*group, user.login}); !s)
            return refusedWithout(s.error());
    }
    // A deactivated user's program can no longer connect at all, not only the window refusing it.
    const QString login = user.active ? u"format('ALTER ROLE %I LOGIN', ?)"_s : u"format('ALTER ROLE %I NOLOGIN', ?)"_s;
    if (Status s = run(db, login, {user.login}); !s)
        return refusedWithout(s.error());
    return Status();
}

Result<std::optional<Role>> ServerRoles::serverRole(const QSqlDatabase &db, const QString &login)
{
    for (Role role : {Role::Admin, Role::Coordinator, Role::Staff, Role::Auditor}) {
        auto group = groupName(db, role);
        if (!group)
            return group.error();
        auto member = isMember(db, *group, login);
        if (!member)
            return member.error();
        if (*member)
            return std::optional<Role>(role);
    }
    return std::optional<Role>();
}

} // namespace ch
