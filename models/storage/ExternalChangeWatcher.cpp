#include "ExternalChangeWatcher.h"

#include "Dialect.h"
#include "PostgresConnection.h"
#include "SqlHelpers.h"

#include <QAtomicInteger>
#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace ch {

ExternalChangeWatcher::ExternalChangeWatcher(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
}

ExternalChangeWatcher::~ExternalChangeWatcher()
{
    if (m_listener.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_listener, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_listener);
}

bool ExternalChangeWatcher::listen()
{
    if (!m_listener.isEmpty())
        return QSqlDatabase::database(m_listener, false).isOpen();
    static QAtomicInteger<int> counter = 0;
    m_listener = u"clearinghouse-listen-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    auto own = Sql::scalar(m_db, u"SELECT pg_backend_pid()"_s);
    if (!own)
        return false;
    m_ownBackend = own->toString();
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_db, m_listener);
    return db.open() && Sql::execRaw(db, u"LISTEN clearinghouse_changed"_s).ok();
}

void ExternalChangeWatcher::start()
{
    m_version = readVersion();
    m_timer.start();
}

qint64 ExternalChangeWatcher::readVersion()
{
    if (!m_db.isOpen())
        return -1;
    if (Dialect::isPostgres(m_db)) {
        if (!listen())
            return -1;
        // The listening connection runs no queries, so what libpq has not read yet is on its socket.
        PGconn *conn = Postgres::connection(QSqlDatabase::database(m_listener, false));
        if (!conn)
            return -1;
        if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
            // The listening connection broke (a server restart, the network): listen afresh at the next tick,
            // and count it as a change, since what happened meanwhile was not heard.
            {
                QSqlDatabase broken = QSqlDatabase::database(m_listener, false);
                broken.close();
            }
            QSqlDatabase::removeDatabase(m_listener);
            m_listener.clear();
            return ++m_heard;
        }
        while (PGnotify *n = PQnotifies(conn)) {
            if (QString::fromUtf8(n->extra) != m_ownBackend)
                ++m_heard;
            PQfreemem(n);
        }
        return m_heard;
    }
    auto v = Sql::scalar(m_db, u"PRAGMA data_version"_s);
    // A failed read (the file went away, the disk is busy) is not a change; the next tick tries again.
    return v && v->isValid() ? v->toLongLong() : -1;
}

void ExternalChangeWatcher::check()
{
    const qint64 now = readVersion();
    if (now < 0)
        return;
    const bool moved = m_version >= 0 && now != m_version;
    m_version = now;
    if (moved)
        Q_EMIT changedElsewhere();
}

} // namespace ch
