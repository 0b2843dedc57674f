#pragma once

// Migrations: the schema as a list of numbered steps. A database records each step it has taken in
// schema_version; opening an older database applies the missing steps in order, each in its own write
// transaction, so an interrupted upgrade leaves the database at the last complete version.

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace ch {

class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(ch::Migrations)
public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements;
        // Work SQL cannot do (a value computed in C++), run after the statements in the same transaction.
        std::function<Status(const QSqlDatabase &)> after = {};
        // On PostgreSQL: these statements instead, where SQLite's differ by more than Dialect::ddl() turns
        // (triggers, the search table). Empty: Dialect::ddl() of each statement.
        QStringList postgres = {};
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Applies every step after the current version up to target (-1: latest).
    static Status migrate(const QSqlDatabase &db, int target = -1);
    // Step 11: fills persons.name_sort_key (Collation::sortKey) for every person.
    static Status fillNameSortKeys(const QSqlDatabase &db);
};

} // namespace ch
