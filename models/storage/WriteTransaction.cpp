#include "WriteTransaction.h"

#include "SqlHelpers.h"

#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// Open transactions per connection name. Connections are used by one thread each, but several
// threads may hold connections, hence the lock.
QMutex depthLock;
QHash<QString, int> &depths()
{
    static QHash<QString, int> d;
    return d;
}

int currentDepth(const QString &connection)
{
    QMutexLocker lock(&depthLock);
    return depths().value(connection);
}

void setDepth(const QString &connection, int depth)
{
    QMutexLocker lock(&depthLock);
    if (depth == 0)
        depths().remove(connection);
    else
        depths().insert(connection, depth);
}

QString savepointName(int depth)
{
    return u"ch_sp_%1"_s.arg(depth);
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::begin()
{
    m_depth = currentDepth(m_db.connectionName());
    QString sql;
    if (m_depth > 0)
        sql = u"SAVEPOINT "_s + savepointName(m_depth);
    else
        sql = m_db.driverName() == "QSQLITE"_L1 ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    Status s = Sql::execRaw(m_db, sql);
    m_active = s.ok();
    if (m_active)
        setDepth(m_db.connectionName(), m_depth + 1);
    return s;
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Error::make(Error::Kind::General, QStringLiteral("commit() without begin()"));
    Status s = Sql::execRaw(m_db, m_depth > 0 ? u"RELEASE "_s + savepointName(m_depth) : u"COMMIT"_s);
    if (!s.ok()) {
        rollback();
        return s;
    }
    m_active = false;
    setDepth(m_db.connectionName(), m_depth);
    return s;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    setDepth(m_db.connectionName(), m_depth);
    if (m_depth > 0) {
        // Undo this savepoint's work, then drop it; the outer transaction stays open.
        (void)Sql::execRaw(m_db, u"ROLLBACK TO "_s + savepointName(m_depth));
        (void)Sql::execRaw(m_db, u"RELEASE "_s + savepointName(m_depth));
        return;
    }
    // A failed ROLLBACK leaves nothing to do: SQLite has already rolled back on the error that led here.
    (void)Sql::execRaw(m_db, u"ROLLBACK"_s);
}

} // namespace ch
