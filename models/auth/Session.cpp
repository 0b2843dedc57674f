#include "Session.h"

#include "core/Actor.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

using namespace Qt::StringLiterals;

namespace ch {

Result<Session> Session::start(Database &db, const QString &login)
{
    UserRepository users(db);
    if (db.isReadOnly()) {
        // Nothing can be written: a file from before users existed (no table, or no users) is looked at by
        // whoever opened it as its first user would; a file with users still needs a known one.
        auto n = users.count();
        if (!n || *n == 0) {
            User reader;
            reader.login = login;
            reader.displayName = login;
            reader.role = Role::Admin;
            return Session(reader);
        }
    }
    auto found = users.find(login);
    if (!found)
        return found.error();
    if (found->has_value()) {
        if (!(*found)->active)
            return Error::make(Error::Kind::InvalidInput,
                               tr("The user “%1” has been deactivated in this database. Ask an administrator "
                                  "to activate it again.")
                                   .arg(login));
        return Session(**found);
    }
    auto n = users.count();
    if (!n)
        return n.error();
    if (*n > 0)
        return Error::make(Error::Kind::InvalidInput,
                           tr("“%1” is not a user of this database. Ask an administrator to add you (Users… "
                              "in the File menu, or clearinghouse-cli users add).")
                               .arg(login));
    // The first user of a database runs it: an administrator, who can then add the others.
    User first;
    first.login = login;
    first.displayName = login;
    first.role = Role::Admin;
    auto id = users.create(first);
    if (!id)
        return id.error();
    first.id = *id;
    return Session(first, true);
}

QString Session::loginFor(const Database &db)
{
    return db.isShared() ? db.server().user() : Actor::current();
}

Status Session::require(Permission p) const
{
    if (allows(p))
        return Status();
    return Error::make(Error::Kind::InvalidInput, Roles::refusal(m_user.role, p));
}

} // namespace ch
