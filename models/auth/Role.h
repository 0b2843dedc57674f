#pragma once

// Role: what a user of the Clearinghouse may do. Four roles (issue 7): staff enter and screen cases and
// print packets; coordinators keep the roster and match cases; admins do everything, including users;
// auditors read, without medical and family details, and change nothing.
//
// In the embedded SQLite mode the roles are the office's working rules, kept in the database with every
// change audited: whoever can open the file can read it, so the file's owner-only permissions and the
// backups' encryption are the protection there. A shared server maps each user to a server role.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ch {

enum class Role { Staff, Coordinator, Admin, Auditor };

enum class Permission {
    EditCases,     // enter, import, edit and screen cases, change their status, notes, reasons
    ViewSensitive, // read medical, family and abuse details (lists, case view, exports)
    PrintPackets,  // packets and letters
    ManageRoster,  // add, edit, deactivate volunteers; import the roster
    MatchCases,    // assign, unassign, batch matching
    ExportData,    // export every case to a file, backups and restore
    ManageUsers,   // add users, change roles, deactivate users
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(ch::Roles)
public:
    static bool allows(Role role, Permission permission);
    static QString code(Role role); // "staff", "coordinator", "admin", "auditor": stored and on the CLI
    static std::optional<Role> fromCode(QStringView code);
    static QList<Role> all();
    static QString label(Role role);       // for people, translated
    static QString description(Role role); // one sentence: what the role may do
    // Why an action is not offered, for a tooltip or an error: names the role and the permission.
    static QString refusal(Role role, Permission permission);
};

} // namespace ch
