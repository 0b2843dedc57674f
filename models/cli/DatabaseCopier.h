#pragma once

// DatabaseCopier: the work of `clearinghouse-cli migrate`. Copies every table of an office's database file
// to an empty shared (PostgreSQL) database in one transaction, keeping every id, then reads both sides
// again and compares each table's row count and checksum before it commits: the target holds an exact
// copy, or nothing.
//
// The checksum is SHA-256 over every row, in key order, of the same SELECT on both sides, each value
// written with its kind: NULL and '' stay apart, integers as integers, reals to 17 significant digits
// (enough to tell any two doubles apart), text as UTF-8 with its length.

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ch {

class Database;

class DatabaseCopier final
{
    Q_DECLARE_TR_FUNCTIONS(ch::DatabaseCopier)
    Q_DISABLE_COPY_MOVE(DatabaseCopier)
public:
    struct TableReport
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QString sourceChecksum; // hex
        QString targetChecksum;
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };
    struct Outcome
    {
        QList<TableReport> tables;
        qint64 rowsCopied = 0;
        bool committed = false; // false: a table differed and the copy was rolled back
    };

    DatabaseCopier(Database &source, Database &target);

    // What the copy says while it works (one line per step), e.g. for stderr.
    std::function<void(const QString &)> progress;

    // An error naming the tables that already hold rows, when the target is not empty.
    Status checkTargetEmpty();
    // Copies, verifies, and commits only when every table matches.
    Result<Outcome> run();

    // The tables copied, parents before the tables that refer to them.
    static const QStringList &tables();

private:
    Result<QStringList> columnsOf(const QString &table);
    Status checkTableSets();
    Result<qint64> copyTable(const QString &table, const QStringList &columns);
    Result<TableReport> verifyTable(const QString &table, const QStringList &columns);
    Status rebuildSearch();
    Status resetIdentities();
    void say(const QString &line) const;

    Database &m_source;
    Database &m_target;
};

} // namespace ch
