#pragma once

// UserRepository: the people who use this database and their roles (issue 7). Every change is written in
// one transaction with its audit entry; a user is never deleted, only deactivated, so the audit trail
// keeps naming someone the program knows. At least one active administrator always remains.

#include "auth/Role.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ch {

class Database;

struct User
{
    qint64 id = 0;
    QString login;       // the account name the program knows the person by (the audit log's "who")
    QString displayName; // as people read it
    Role role = Role::Staff;
    bool active = true;
    QString createdAt;
    QString createdBy;
};

class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::UserRepository)
public:
    explicit UserRepository(const Database &db);

    Result<QList<User>> all() const;          // by login
    Result<std::optional<User>> find(const QString &login) const;
    Result<int> count() const;
    // In shared mode (PostgreSQL) the user is also the server's: its login role is created or changed in
    // the same transaction (ServerRoles), with serverPassword when one is given.
    Result<qint64> create(const User &user, const QString &serverPassword = {});
    // Changes the display name, role and active flag of user.id.
    Status update(const User &user, const QString &serverPassword = {});

    // A login: 1 to 64 letters, digits, '.', '_', '-', '@'; what goes wrong, or empty.
    static QString loginProblem(const QString &login);

private:
    Result<int> activeAdminsOtherThan(qint64 id) const;
    Result<bool> isServerOwner(const QString &login) const; // shared mode: the database's owner on the server
    const Database &m_db;
};

} // namespace ch
