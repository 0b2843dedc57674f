#pragma once

// SqlHelpers: every prepare() and exec() goes through here, so that no failure is ignored and each one
// becomes an Error with a sentence for the user and the SQL error for the log.

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace ch::Sql {

using Binding = std::pair<const char *, QVariant>;

// Prepares sql on db; the query is forward-only.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
// Binds the named values and executes.
Status exec(QSqlQuery &query, std::initializer_list<Binding> bindings = {});
// prepare + bind + exec in one.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, std::initializer_list<Binding> bindings = {});
// Runs a statement that takes no parameters (DDL, PRAGMA).
Status execRaw(const QSqlDatabase &db, const QString &sql);
// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<Binding> bindings = {});

// Text for a NOT NULL column: never binds NULL, even for a null QString.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(s);
}
// Text for a nullable column: an empty string is stored as NULL.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Error errorFrom(const QSqlQuery &query, const QString &context = {});

// While a StatementCache is alive on this thread, prepare() (and so run() and scalar()) hands out the same
// compiled statement for the same SQL on its connection instead of compiling it again: bulk work such as an
// import runs a dozen statements per row, and compiling them was a third of its time.
// Callers must be done with a statement before they prepare the same SQL again (no nested use of one
// statement while iterating it), and must bind every placeholder on each use; the import path does both.
class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    // Resets every cached statement (releases read cursors), e.g. before a commit.
    void finishAll();
    qsizetype size() const { return m_queries.size(); }
    bool serves(const QSqlDatabase &db) const { return m_connection == db.connectionName(); }
    // The cache that was active on this thread before this one.
    StatementCache *previous() const { return m_previous; }

private:
    friend Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
    QString m_connection;
    QHash<QString, QSqlQuery> m_queries;
    StatementCache *m_previous = nullptr;
};

} // namespace ch::Sql
