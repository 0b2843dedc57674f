#pragma once

// Actor: who is doing the work, for the audit log and the status history. The application sets it
// once at start (the signed-in user, or the operating-system account); the CLI may override it.

#include <QString>

namespace ch::Actor {

QString current();
void setCurrent(const QString &name);

} // namespace ch::Actor
