#pragma once

// Session: who is using the program, and in which role. The user is the account name the program runs
// under (Actor::current(), or the CLI's --actor), looked up among the database's users. A database without
// users (new, or made before users existed) makes its first user an administrator, audited; after that an
// account that is not an active user is refused with a sentence saying whom to ask.

#include "auth/Role.h"
#include "auth/UserRepository.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace ch {

class Database;

class Session final
{
    Q_DECLARE_TR_FUNCTIONS(ch::Session)
public:
    // Looks up (or, in a database without users, creates) the user for login.
    static Result<Session> start(Database &db, const QString &login);
    // Who works on db: in shared mode the server's user the connection logged in as (the audit log names
    // the real person, whatever the computer's account is), else the computer's account (Actor::current()).
    static QString loginFor(const Database &db);
    // A session for a user already known (tests, a read-only look at a file).
    explicit Session(User user, bool firstUser = false) : m_user(std::move(user)), m_firstUser(firstUser) {}

    const User &user() const { return m_user; }
    Role role() const { return m_user.role; }
    bool allows(Permission p) const { return Roles::allows(m_user.role, p); }
    // Error::Kind::InvalidInput with Roles::refusal when not allowed.
    Status require(Permission p) const;
    // True when this session made the database's first user (the program says so once).
    bool createdFirstUser() const { return m_firstUser; }

private:
    User m_user;
    bool m_firstUser = false;
};

} // namespace ch
