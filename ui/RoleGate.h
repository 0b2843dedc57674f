#pragma once

// RoleGate: takes away what the signed-in user's role may not do (issue 7). Every action and control that
// changes data, shows medical and family details, prints or exports is named here with the permission it
// needs; for a role without it the control is hidden and disabled (a hidden action's shortcut does not
// fire either). The slots behind the main actions check the permission again (MainWindow), so a control
// reached another way still refuses.

#include "auth/Session.h"

#include <QString>

#include <optional>

class QWidget;

namespace ch::RoleGate {

// The permission the control or action with this objectName needs, if any.
std::optional<Permission> permissionFor(const QString &objectName);
// Hides and disables every control and action under root (root included) the session may not use.
void apply(QWidget *root, const Session &session);
// True when apply() took w away from this session (for double-click and Enter paths beside a button).
bool refused(const QWidget *w);

} // namespace ch::RoleGate
