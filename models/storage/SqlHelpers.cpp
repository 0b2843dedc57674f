#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "clearinghouse.sql")

namespace ch::Sql {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ch::Sql", s);
}

Error makeError(const QSqlError &err, const QString &sql)
{
    const QString native = err.nativeErrorCode();
    const QString text = err.text();
    Error e;
    e.detail = text + QStringLiteral(" [") + native + QStringLiteral("] in: ") + sql.simplified().left(300);
    // SQLite result codes: 5 busy, 6 locked, 8 readonly, 10 I/O, 11 corrupt, 13 full, 26 not a database.
    if (native == u"5" || native == u"6") {
        e.message = tr("The database is busy with another program or user. Wait a moment and try again.");
    } else if (native == u"8") {
        e.message = tr("The database is read-only. Changes cannot be saved; open a copy you can write to.");
    } else if (native == u"13") {
        e.kind = Error::Kind::Io;
        e.message = tr("The disk is full. Nothing was saved; free some space and try again.");
    } else if (native == u"10") {
        e.kind = Error::Kind::Io;
        e.message = tr("The database file could not be read or written (input/output error).");
    } else if (native == u"11") {
        e.kind = Error::Kind::Corrupt;
        e.message = tr("The database file is damaged. Restore it from a backup.");
    } else if (native == u"26") {
        e.kind = Error::Kind::NotADatabase;
        e.message = tr("The file is not a Clearinghouse database.");
    } else if (native == u"19" || native == u"2067" || native == u"1555" || native == u"787") {
        e.kind = Error::Kind::InvalidInput;
        e.message = tr("The change conflicts with data already saved (a duplicate or a missing link).");
    } else {
        e.message = tr("The database reported an error. Nothing was changed.");
    }
    qCWarning(lcSql).noquote() << e.detail;
    return e;
}

} // namespace

Error errorFrom(const QSqlQuery &query, const QString &context)
{
    Error e = makeError(query.lastError(), query.lastQuery());
    if (!context.isEmpty())
        e.message = context + u' ' + e.message;
    return e;
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return makeError(q.lastError(), sql);
    return q;
}

Status exec(QSqlQuery &query, std::initializer_list<Binding> bindings)
{
    for (const auto &[name, value] : bindings)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec())
        return makeError(query.lastError(), query.lastQuery());
    return Status();
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, std::initializer_list<Binding> bindings)
{
    auto q = prepare(db, sql);
    if (!q)
        return q.error();
    if (Status s = exec(*q, bindings); !s)
        return s.error();
    return q;
}

Status execRaw(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(q.lastError(), sql);
    return Status();
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<Binding> bindings)
{
    auto q = run(db, sql, bindings);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

} // namespace ch::Sql
