#pragma once

// SqlHelpers: every prepare() and exec() goes through here, so that no failure is ignored and each one
// becomes an Error with a sentence for the user and the SQL error for the log.

#include "core/Result.h"

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

} // namespace ch::Sql
