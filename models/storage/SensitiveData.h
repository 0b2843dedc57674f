#pragma once

// SensitiveData: where the database keeps medical, family and abuse details, and who may read them there.
//
// The program shows those details only to roles with Permission::ViewSensitive (staff and administrators).
// On a shared server that is not left to the program: the coordinator and auditor groups are granted every
// column except these (restrict()), so a coordinator or auditor with their own password and a SQL client
// cannot read them either. The program asks the server what this connection may read (readable()) and reads
// the rest, so the same screens work for every role.
//
// The audit log keeps the sensitive part of each entry in columns of their own (before_private,
// after_private; split()), so that auditors can still read who changed what and when.
//
// In the embedded SQLite file there are no server rights: whoever can open the file can read it, and
// readable() is always true there; the program's roles hide the details on screen.

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace ch::SensitiveData {

struct Table
{
    QString name;
    QStringList columns; // empty: the whole table is sensitive
};

// Every table with sensitive details, and which of its columns hold them.
const QList<Table> &tables();

// Whether this connection may read the sensitive columns: always on SQLite; on a server, as granted.
bool readable(const QSqlDatabase &db);

// Column `column` of `table` for a SELECT list: the column itself (prefixed "alias."), or NULL when this
// connection may not read it.
QString column(const QSqlDatabase &db, const QString &table, const QString &column, const QString &alias = {});

// On a server: takes the sensitive columns and tables away from a group role. Run as the tables' owner.
Status restrict(const QSqlDatabase &db, const QString &group);
// On a server: what a coordinator group may write. Coordinators keep the roster and match: of a case they
// change only where it stands (CaseRepository::changeStatus); the answers, reasons, evidence, drafts, notes,
// screening results and templates they do not write, so they may not overwrite them unseen with a SQL client.
Status restrictWrites(const QSqlDatabase &db, const QString &group);
// On a server: restrict() for this database's coordinator and auditor groups that exist, and
// restrictWrites() for its coordinator group. Nothing on SQLite. Run after every schema step.
Status restrictGroups(const QSqlDatabase &db);

// An audit entry's values: moves the sensitive keys of `values` into the returned object.
QJsonObject split(const QString &entity, const QString &action, QJsonObject &values);

// Migration step 15: the audit log's private columns filled from the entries written before them, and the
// server's groups restricted.
Status upgradeAuditLog(const QSqlDatabase &db);

} // namespace ch::SensitiveData
