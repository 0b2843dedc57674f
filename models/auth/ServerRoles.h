#pragma once

// ServerRoles: in shared mode every user of the program is a PostgreSQL role of its own (no shared
// account), and the server itself enforces what the roles may change. Each Clearinghouse database has
// four group roles, one per program role, named after the database's object id (role names are global to
// a server, which may hold several offices' databases): ch_<oid>_staff, _coordinator, _admin, _auditor.
//   - every group may connect and read every table;
//   - staff, coordinators and administrators may also write, except the users table, which only
//     administrators may change;
//   - auditors may only read: the server refuses their writes, whatever program they use.
// Adding a user creates its login role (with the password given, if any) and makes it a member of its
// role's group; a changed role moves it; a deactivated user leaves its group and may no longer log in.
// Passwords reach the server as SCRAM hashes made by libpq, and only roles this database made (marked by
// a comment) or its owner's are ever changed.
// Identifiers and passwords reach the DDL through the server's own quoting (format('%I', '%L') with
// bound values), never by pasting text into SQL. Creating roles needs CREATEROLE on the server: an
// administrator's server role needs it, and gets a sentence saying so otherwise.

#include "auth/Role.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ch {

struct User;

class ServerRoles final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ServerRoles)
public:
    // The group role of role in the database db is connected to.
    static Result<QString> groupName(const QSqlDatabase &db, Role role);
    // Creates the four groups if missing and (re)grants their privileges on every table and sequence.
    static Status ensureGroups(const QSqlDatabase &db);
    // Makes the server agree with user: its login role exists (created with password when one is given),
    // belongs to its role's group only, and may log in only while active. Runs inside the caller's
    // transaction (role changes are transactional on PostgreSQL).
    static Status apply(const QSqlDatabase &db, const User &user, const QString &password = {});
    // The role the server gives login in this database (the first of its groups, from the most to the
    // least), or nothing when it belongs to none of them.
    static Result<std::optional<Role>> serverRole(const QSqlDatabase &db, const QString &login);

private:
    static Result<QString> hashedPassword(const QSqlDatabase &db, const QString &login, const QString &password);
    static Status checkOurs(const QSqlDatabase &db, const QString &login);
    static QString marker(const QSqlDatabase &db);
    static Status run(const QSqlDatabase &db, const QString &formatSql, std::initializer_list<QVariant> values);
};

} // namespace ch
