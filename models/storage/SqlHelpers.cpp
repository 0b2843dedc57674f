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

// PostgreSQL's SQLSTATE, by class (the first two characters) or in full.
void describeServerError(Error &e, const QString &state)
{
    const QStringView cls = QStringView(state).left(2);
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014") {
        e.message = tr("The database is busy with another program or user. Wait a moment and try again.");
    } else if (state == u"25006") {
        e.message = tr("The database is read-only. Changes cannot be saved; open a copy you can write to.");
    } else if (state == u"53100") {
        e.kind = Error::Kind::Io;
        e.message = tr("The server's disk is full. Nothing was saved; ask the administrator to free some space.");
    } else if (cls == u"53" || cls == u"08" || cls == u"57" || cls == u"58") {
        e.kind = Error::Kind::Io;
        e.message = tr("The connection to the shared database was lost or the server is unavailable. Nothing was "
                       "saved; check the network and try again.");
    } else if (state == u"42501") {
        e.message = tr("Your user on the server may not make this change. Ask the administrator for the role it needs.");
    } else if (cls == u"XX") {
        e.kind = Error::Kind::Corrupt;
        e.message = tr("The shared database reported damage. Ask the administrator to restore it from a backup.");
    } else if (cls == u"23") {
        e.kind = Error::Kind::InvalidInput;
        e.message = tr("The change conflicts with data already saved (a duplicate or a missing link).");
    } else {
        e.message = tr("The database reported an error. Nothing was changed.");
    }
}

Error makeError(const QSqlError &err, const QString &sql)
{
    const QString native = err.nativeErrorCode();
    const QString text = err.text();
    Error e;
    e.detail = text + QStringLiteral(" [") + native + QStringLiteral("] in: ") + sql.simplified().left(300);
    // PostgreSQL reports a five-character SQLSTATE ("23505"); SQLite's codes have at most four digits.
    if (native.size() == 5) {
        describeServerError(e, native);
        qCWarning(lcSql).noquote() << e.detail;
        return e;
    }
    // SQLite result codes: 5 busy, 6 locked, 8 readonly, 10 I/O, 11 corrupt, 13 full, 19 constraint,
    // 26 not a database. The driver reports extended codes (e.g. 778 = I/O error while writing); the
    // primary code is the low byte.
    bool numeric = false;
    const int primary = native.toInt(&numeric) & 0xff;
    switch (numeric ? primary : -1) {
    case 5:
    case 6:
        e.message = tr("The database is busy with another program or user. Wait a moment and try again.");
        break;
    case 8:
        e.message = tr("The database is read-only. Changes cannot be saved; open a copy you can write to.");
        break;
    case 13:
        e.kind = Error::Kind::Io;
        e.message = tr("The disk is full. Nothing was saved; free some space and try again.");
        break;
    case 10:
        e.kind = Error::Kind::Io;
        e.message = tr("The database file could not be read or written (the disk may be full, failing or "
                       "disconnected). Nothing was saved; check the disk and try again.");
        break;
    case 11:
        e.kind = Error::Kind::Corrupt;
        e.message = tr("The database file is damaged. Restore it from a backup.");
        break;
    case 26:
        e.kind = Error::Kind::NotADatabase;
        e.message = tr("The file is not a Clearinghouse database.");
        break;
    case 19:
        e.kind = Error::Kind::InvalidInput;
        e.message = tr("The change conflicts with data already saved (a duplicate or a missing link).");
        break;
    default:
        e.message = tr("The database reported an error. Nothing was changed.");
        break;
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

namespace {
thread_local StatementCache *activeCache = nullptr;

// The innermost cache on this thread that serves db's connection, or none.
StatementCache *cacheFor(const QSqlDatabase &db)
{
    StatementCache *cache = activeCache;
    while (cache && !cache->serves(db))
        cache = cache->previous();
    return cache;
}
} // namespace

StatementCache::StatementCache(const QSqlDatabase &db) : m_connection(db.connectionName()), m_previous(activeCache)
{
    activeCache = this;
}

StatementCache::~StatementCache()
{
    finishAll();
    activeCache = m_previous;
}

void StatementCache::finishAll()
{
    for (QSqlQuery &q : m_queries)
        q.finish();
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    StatementCache *cache = cacheFor(db);
    if (cache) {
        const auto it = cache->m_queries.constFind(sql);
        if (it != cache->m_queries.cend()) {
            // A copy shares the compiled statement: exactly what the cache is for. Qt 6 deprecates copying
            // because sharing surprises callers who expect two independent queries; the cache's contract
            // (above, in the header) rules that use out.
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            QSqlQuery q = *it;
            QT_WARNING_POP
            q.finish();
            return q;
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return makeError(q.lastError(), sql);
    if (cache) {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        cache->m_queries.insert(sql, q);
        QT_WARNING_POP
    }
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
    // Savepoints inside a bulk import: compiled once too. PostgreSQL prepares only queries and DML, so
    // there such statements run as they are.
    if (cacheFor(db) && db.driverName() != QLatin1StringView("QPSQL")) {
        auto q = run(db, sql);
        return q ? Status() : Status(q.error());
    }
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
