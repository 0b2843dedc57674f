#include "UserRepository.h"

#include "auth/ServerRoles.h"
#include "core/Actor.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QString kSelect = u"SELECT id, login, display_name, role, active, created_at, created_by FROM users"_s;

User fromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Auditor); // the schema allows only the four
    u.active = q.value(4).toInt() != 0;
    u.createdAt = q.value(5).toString();
    u.createdBy = q.value(6).toString();
    return u;
}

QJsonObject toJson(const User &u)
{
    return QJsonObject{{u"login"_s, u.login},
                       {u"display_name"_s, u.displayName},
                       {u"role"_s, Roles::code(u.role)},
                       {u"active"_s, u.active}};
}

} // namespace

UserRepository::UserRepository(const Database &db) : m_db(db) {}

QString UserRepository::loginProblem(const QString &login)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    if (login.trimmed().isEmpty())
        return tr("A user needs a login (the account name).");
    if (!allowed.match(login).hasMatch())
        return tr("“%1” is not a login: use 1 to 64 letters, digits, dots, hyphens, underscores or @.")
            .arg(login);
    return {};
}

Result<QList<User>> UserRepository::all() const
{
    auto q = Sql::run(m_db.connection(), kSelect + u" ORDER BY login"_s);
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out << fromQuery(*q);
    return out;
}

Result<std::optional<User>> UserRepository::find(const QString &login) const
{
    auto q = Sql::run(m_db.connection(), kSelect + u" WHERE login = :l"_s, {{":l", login}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(fromQuery(*q));
}

Result<int> UserRepository::count() const
{
    auto n = Sql::scalar(m_db.connection(), u"SELECT count(*) FROM users"_s);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<qint64> UserRepository::create(const User &user, const QString &serverPassword)
{
    if (const QString problem = loginProblem(user.login); !problem.isEmpty())
        return Error::make(Error::Kind::InvalidInput, problem);
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto existing = find(user.login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::make(Error::Kind::Conflict,
                           tr("There is already a user “%1”. Change that user instead.").arg(user.login));
    auto ins = Sql::run(db,
                        u"INSERT INTO users(login, display_name, role, active, created_at, created_by)"
                        " VALUES (:l, :n, :r, :a, :at, :by)"_s,
                        {{":l", user.login},
                         {":n", user.displayName.trimmed().isEmpty() ? user.login : user.displayName.trimmed()},
                         {":r", Roles::code(user.role)},
                         {":a", user.active ? 1 : 0},
                         {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {":by", Actor::current()}});
    if (!ins)
        return ins.error();
    const qint64 id = ins->lastInsertId().toLongLong();
    if (Status s = AuditLog::record(db, u"user"_s, id, u"create"_s, {}, toJson(user)); !s)
        return s.error();
    // In shared mode the user is a server role of its own (ServerRoles), except the database's owner (who
    // normally creates it and is its first user): it holds every right by ownership, and may lack CREATEROLE.
    if (m_db.isShared()) {
        auto owner = isServerOwner(user.login);
        if (!owner)
            return owner.error();
        if (!*owner) {
            if (Status s = ServerRoles::apply(db, user, serverPassword); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<bool> UserRepository::isServerOwner(const QString &login) const
{
    auto owner = Sql::scalar(m_db.connection(),
                             u"SELECT r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                             " WHERE d.datname = current_database()"_s);
    if (!owner)
        return owner.error();
    return owner->toString() == login;
}

Result<int> UserRepository::activeAdminsOtherThan(qint64 id) const
{
    auto n = Sql::scalar(m_db.connection(),
                         u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> :id"_s,
                         {{":id", id}});
    if (!n)
        return n.error();
    return n->toInt();
}

Status UserRepository::update(const User &user, const QString &serverPassword)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto q = Sql::run(db, kSelect + u" WHERE id = :id"_s, {{":id", user.id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("User %1 does not exist.").arg(user.id));
    const User before = fromQuery(*q);
    q->finish();
    const bool staysAdmin = user.role == Role::Admin && user.active;
    if (before.role == Role::Admin && before.active && !staysAdmin) {
        auto others = activeAdminsOtherThan(user.id);
        if (!others)
            return others.error();
        if (*others == 0)
            return Error::make(Error::Kind::InvalidInput,
                               tr("%1 is the only active administrator. Make someone else an administrator "
                                  "first, so that somebody can still manage the users.")
                                   .arg(before.login));
    }
    User after = before;
    after.displayName = user.displayName.trimmed().isEmpty() ? before.login : user.displayName.trimmed();
    after.role = user.role;
    after.active = user.active;
    auto upd = Sql::run(db, u"UPDATE users SET display_name = :n, role = :r, active = :a WHERE id = :id"_s,
                        {{":n", after.displayName}, {":r", Roles::code(after.role)}, {":a", after.active ? 1 : 0},
                         {":id", user.id}});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog::record(db, u"user"_s, user.id, u"update"_s, toJson(before), toJson(after)); !s)
        return s;
    // The server's owner (normally the first user) holds every right by ownership and is never changed
    // on the server from here; every other user follows its row.
    if (m_db.isShared()) {
        auto owner = isServerOwner(after.login);
        if (!owner)
            return owner.error();
        if (!*owner) {
            if (Status s = ServerRoles::apply(db, after, serverPassword); !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace ch
