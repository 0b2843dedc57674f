#include "UserCommands.h"

#include <iostream>
#include <string>

#include "CommandLine.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

int UserCommands::fail(const QString &message)
{
    m_err << tr("clearinghouse-cli users: %1").arg(message) << Qt::endl;
    return 1;
}

int UserCommands::users(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List, add or change the users of this database and their roles (staff, "
                                   "coordinator, admin, auditor). Adding and changing need an administrator."));
    p.addHelpOption();
    p.addPositionalArgument(u"ACTION"_s, tr("list, add or set."), u"list|add|set"_s);
    p.addPositionalArgument(u"LOGIN"_s, tr("The user's login (for add and set)."), u"[LOGIN]"_s);
    p.addOption({u"role"_s, tr("staff, coordinator, admin or auditor."), u"ROLE"_s});
    p.addOption({u"name"_s, tr("The name people read."), u"NAME"_s});
    p.addOption({u"active"_s, tr("yes or no: whether the user may use the program."), u"YES|NO"_s});
    p.addOption({u"json"_s, tr("Print the list as JSON.")});
    p.addOption({u"new-password-stdin"_s,
                 tr("Shared database: read the user's server password from the next line of standard input (after "
                    "the connection's own with --password-stdin). A new user of a shared database needs one.")});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    auto usage = [this](const QString &why) {
        m_err << tr("clearinghouse-cli users: %1").arg(why) << Qt::endl;
        return 2;
    };
    if (action != "list"_L1 && action != "add"_L1 && action != "set"_L1)
        return usage(tr("say list, add or set."));
    if (action == "list"_L1 && pos.size() != 1)
        return usage(tr("list takes no login."));
    if (action != "list"_L1 && pos.size() != 2)
        return usage(tr("%1 takes exactly one login.").arg(action));
    if (p.isSet(u"role"_s) && !Roles::fromCode(p.value(u"role"_s)))
        return usage(tr("--role is staff, coordinator, admin or auditor, not “%1”.").arg(p.value(u"role"_s)));
    if (action == "add"_L1 && !p.isSet(u"role"_s))
        return usage(tr("add needs --role."));
    const QString active = p.value(u"active"_s);
    if (p.isSet(u"active"_s) && active != "yes"_L1 && active != "no"_L1)
        return usage(tr("--active is yes or no."));

    auto db = m_open();
    if (!db)
        return 1;
    if (action == "list"_L1)
        return list(*db, p.isSet(u"json"_s));
    auto session = Session::start(*db, Session::loginFor(*db));
    if (!session)
        return fail(session.error().message);
    if (Status s = session->require(Permission::ManageUsers); !s)
        return fail(s.error().message);
    QString serverPassword;
    if (p.isSet(u"new-password-stdin"_s)) {
        std::string line;
        if (!std::getline(std::cin, line) || line.empty())
            return usage(tr("--new-password-stdin found no password on standard input."));
        serverPassword = QString::fromStdString(line);
    }
    if (action == "add"_L1 && db->isShared() && serverPassword.isEmpty())
        return usage(tr("a new user of a shared database needs a server password: give --new-password-stdin."));
    if (action == "add"_L1)
        return add(*db, pos.at(1), p.value(u"role"_s), p.value(u"name"_s), serverPassword);
    return set(*db, pos.at(1), p.value(u"role"_s), p.value(u"name"_s), active, serverPassword);
}

int UserCommands::list(Database &db, bool json)
{
    auto all = UserRepository(db).all();
    if (!all)
        return fail(all.error().message);
    if (json) {
        QJsonArray out;
        for (const User &u : *all)
            out.append(QJsonObject{{u"login"_s, u.login},
                                   {u"name"_s, u.displayName},
                                   {u"role"_s, Roles::code(u.role)},
                                   {u"active"_s, u.active}});
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const User &u : *all) {
        m_out << u"%1\t%2\t%3\t%4"_s.arg(u.login, Roles::code(u.role), u.active ? tr("active") : tr("deactivated"),
                                           u.displayName)
              << Qt::endl;
    }
    return 0;
}

int UserCommands::add(Database &db, const QString &login, const QString &role, const QString &name,
                      const QString &serverPassword)
{
    User u;
    u.login = login;
    u.displayName = name;
    u.role = *Roles::fromCode(role);
    auto id = UserRepository(db).create(u, serverPassword);
    if (!id)
        return fail(id.error().message);
    m_out << QString::fromUtf8(
                 QJsonDocument(QJsonObject{{u"login"_s, login}, {u"role"_s, role}, {u"id"_s, *id}})
                     .toJson(QJsonDocument::Compact))
          << Qt::endl;
    return 0;
}

int UserCommands::set(Database &db, const QString &login, const QString &role, const QString &name,
                      const QString &active, const QString &serverPassword)
{
    UserRepository users(db);
    auto found = users.find(login);
    if (!found)
        return fail(found.error().message);
    if (!found->has_value())
        return fail(tr("there is no user “%1”.").arg(login));
    User u = **found;
    if (!role.isEmpty())
        u.role = *Roles::fromCode(role);
    if (!name.isEmpty())
        u.displayName = name;
    if (!active.isEmpty())
        u.active = active == "yes"_L1;
    if (Status s = users.update(u, serverPassword); !s)
        return fail(s.error().message);
    return 0;
}

} // namespace ch
