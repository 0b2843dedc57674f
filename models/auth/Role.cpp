#include "Role.h"

using namespace Qt::StringLiterals;

namespace ch {

bool Roles::allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Staff:
        return permission == Permission::EditCases || permission == Permission::ViewSensitive
               || permission == Permission::PrintPackets || permission == Permission::ExportData;
    case Role::Coordinator:
        // Matching needs the reasons claimed (codes, shown to everyone), not the medical narrative.
        return permission == Permission::ManageRoster || permission == Permission::MatchCases;
    case Role::Auditor:
        return false; // reads the cases (without sensitive details), the history and the audit trail
    }
    return false;
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Staff:
        return u"staff"_s;
    case Role::Coordinator:
        return u"coordinator"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Auditor:
        return u"auditor"_s;
    }
    return {};
}

std::optional<Role> Roles::fromCode(QStringView code)
{
    for (Role r : all()) {
        if (code == Roles::code(r))
            return r;
    }
    return std::nullopt;
}

QList<Role> Roles::all()
{
    return {Role::Staff, Role::Coordinator, Role::Admin, Role::Auditor};
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Staff:
        return tr("Staff");
    case Role::Coordinator:
        return tr("Volunteer coordinator");
    case Role::Admin:
        return tr("Administrator");
    case Role::Auditor:
        return tr("Auditor (read only)");
    }
    return {};
}

QString Roles::description(Role role)
{
    switch (role) {
    case Role::Staff:
        return tr("Enters, imports and screens cases, reads medical and family details, prints packets and "
                  "letters, exports and backs up.");
    case Role::Coordinator:
        return tr("Keeps the volunteer roster and matches cases to volunteers; does not see medical and family "
                  "details.");
    case Role::Admin:
        return tr("Everything staff and coordinators do, and manages the users.");
    case Role::Auditor:
        return tr("Reads cases, their history and the audit trail without medical and family details; changes "
                  "nothing.");
    }
    return {};
}

QString Roles::refusal(Role role, Permission permission)
{
    QString what;
    switch (permission) {
    case Permission::EditCases:
        what = tr("change cases");
        break;
    case Permission::ViewSensitive:
        what = tr("see medical and family details");
        break;
    case Permission::PrintPackets:
        what = tr("print packets and letters");
        break;
    case Permission::ManageRoster:
        what = tr("change the volunteer roster");
        break;
    case Permission::MatchCases:
        what = tr("match cases to volunteers");
        break;
    case Permission::ExportData:
        what = tr("export data, back up or restore");
        break;
    case Permission::ManageUsers:
        what = tr("manage users");
        break;
    }
    return tr("Your role (%1) does not allow you to %2. Ask an administrator if you need to.").arg(label(role), what);
}

} // namespace ch
