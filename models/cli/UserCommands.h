#pragma once

// UserCommands: clearinghouse-cli users (issue 7):
//   users list [--json]                                   every user, role and state
//   users add LOGIN --role ROLE [--name NAME]             a new user (administrators)
//   users set LOGIN [--role ROLE] [--name NAME] [--active yes|no]   change one (administrators)
// The account running the command (--actor, or the system's) must be an active administrator; in a
// database without users it becomes the first one, as in the window. Exit codes: 0 done, 1 refused or
// failed, 2 the command line was wrong.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ch {

class Database;

class UserCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ch::UserCommands)
public:
    using Opener = std::function<std::unique_ptr<Database>()>;
    UserCommands(QTextStream &out, QTextStream &err, Opener openDatabase)
        : m_out(out), m_err(err), m_open(std::move(openDatabase))
    {
    }

    int users(const QStringList &args);

private:
    int list(Database &db, bool json);
    int add(Database &db, const QString &login, const QString &role, const QString &name,
            const QString &serverPassword);
    int set(Database &db, const QString &login, const QString &role, const QString &name,
            const QString &active, const QString &serverPassword);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Opener m_open;
};

} // namespace ch
