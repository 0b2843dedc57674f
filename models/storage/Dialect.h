#pragma once

// Dialect: the few places where SQLite and PostgreSQL need different SQL, kept in one file. Everything
// else the repositories write is portable SQL (standard joins, coalesce, ON CONFLICT … DO UPDATE,
// window functions, recursive CTEs) and runs unchanged on both.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ch {

enum class Backend { Sqlite, Postgres };

namespace Dialect {

Backend of(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return of(db) == Backend::Postgres; }

// Table definitions are written once, in SQLite's words; on PostgreSQL an "INTEGER PRIMARY KEY" becomes
// an identity column, every INTEGER a BIGINT (SQLite's integers are 64-bit) and REAL a DOUBLE PRECISION.
QString ddl(Backend backend, const QString &sql);

// string_agg / group_concat of expr with a literal separator.
QString groupConcat(Backend backend, const QString &expr, const QString &separator);

// Search over the case_search table (alias s): the condition to put in a WHERE clause, with :match bound
// to searchValue(). includeSummaries says whether the summaries column (the medical and family
// narratives) takes part: a role that may not read them may not learn from a search which cases mention
// "cancer" either. SQLite: an FTS5 MATCH with prefix terms; PostgreSQL: a tsvector match with prefix terms
// over words folded as foldForSearch() folds them. searchValue() is empty when nothing searchable is left.
QString searchCondition(Backend backend, bool includeSummaries);
QString searchValue(Backend backend, const QString &typed, bool includeSummaries);
// The words of what was typed, as both backends split them: letters, digits and marks; a register
// number is searched in its normal form.
QStringList searchWords(const QString &typed);

// A subquery listing the integers of a JSON array bound to placeholder (e.g. ":ids"), for "x IN (…)".
QString idsFromJson(Backend backend, const QString &placeholder);

// Case-insensitive sort key of a text expression (SQLite's NOCASE; lower() on PostgreSQL).
QString noCase(Backend backend, const QString &expr);

// The days between two ISO dates or timestamps held as text (later minus earlier), as a real number.
QString daysBetween(Backend backend, const QString &later, const QString &earlier);

// The larger of two values of one row (SQLite's scalar max(a, b); greatest() on PostgreSQL). Neither may
// be NULL: the two backends disagree there.
QString greatest(Backend backend, const QString &a, const QString &b);

// The 1-based position of needle in haystack, 0 when it is absent (SQLite's instr; strpos on PostgreSQL).
QString position(Backend backend, const QString &haystack, const QString &needle);

// Accents and case aside, as the search folds words on PostgreSQL (lower case, Latin accents removed).
QString foldForSearch(const QString &text);

} // namespace Dialect

} // namespace ch
