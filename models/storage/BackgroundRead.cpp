#include "BackgroundRead.h"

#include "Dialect.h"
#include "PostgresConnection.h"
#include "SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ch {

// Shared by the owner and the worker: the worker's handle (for interrupting it) and the answer.
struct BackgroundRead::Run
{
    QMutex mutex;
    sqlite3 *handle = nullptr; // SQLite: set while the worker's connection is open
    PGcancel *pgCancel = nullptr; // PostgreSQL: libpq's cancel request for the worker's connection
    bool cancelled = false;
    // Also polled by SQLite every 1,000 steps (progress handler): sqlite3_interrupt alone misses a
    // statement that starts just after it was called.
    std::atomic_bool stop = false;
    QVariant result;
    QString error;
};

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return u"clearinghouse-background-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

thread_local const std::atomic_bool *tl_stop = nullptr;

int stopRequested(void *run)
{
    return static_cast<std::atomic_bool *>(run)->load(std::memory_order_relaxed) ? 1 : 0;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Asks the server to stop the worker's statement; the worker then sees an error and its answer is dropped.
void cancelOnServer(PGcancel *cancel)
{
    char message[256];
    (void)PQcancel(cancel, message, sizeof message); // best effort: a failed request only means a late answer
}

} // namespace

BackgroundRead::BackgroundRead(const QSqlDatabase &source, QObject *parent)
    : QObject(parent), m_sourceName(source.connectionName())
{
}

BackgroundRead::~BackgroundRead()
{
    stopCurrent();
    // The connection of a stopped read must not outlive its owner: wait for every worker still winding down.
    for (QThread *thread : std::as_const(m_retired)) {
        thread->wait();
        delete thread;
    }
}

void BackgroundRead::stopCurrent()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_running->mutex);
        m_running->cancelled = true;
        m_running->stop = true;
        if (m_running->handle)
            sqlite3_interrupt(m_running->handle);
        if (m_running->pgCancel)
            cancelOnServer(m_running->pgCancel);
    }
    // Not waited for here: a worker still opening its connection cannot be interrupted, and the UI thread
    // must not wait for it. It finishes on its own, its answer is dropped, and it is deleted then.
    m_retired.append(m_thread);
    m_thread = nullptr;
    m_running.reset();
}

void BackgroundRead::cancel()
{
    stopCurrent();
}

void BackgroundRead::start(Work work)
{
    stopCurrent();
    auto run = std::make_shared<Run>();
    m_running = run;
    const QString name = nextConnectionName();
    const QString sourceName = m_sourceName;
    m_thread = QThread::create([run, name, sourceName, work = std::move(work)] {
        {
            // The same database, driver and settings (password included) as the source connection.
            QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceName, name);
            const bool postgres = db.driverName() == u"QPSQL"_s;
            if (!postgres) {
                QString options = db.connectOptions();
                if (!options.contains(u"QSQLITE_OPEN_READONLY"_s))
                    options += options.isEmpty() ? u"QSQLITE_OPEN_READONLY"_s : u";QSQLITE_OPEN_READONLY"_s;
                db.setConnectOptions(options);
            }
            QString error;
            QVariant result;
            bool opened = db.open();
            QString openError = db.lastError().text();
            if (opened && postgres) {
                // The server's equivalent of opening the file read-only (every transaction of this session),
                // and the same session settings as Database gives its own connection (dates read as UTC).
                for (const QString &set : {u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s,
                                           u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages = warning"_s}) {
                    if (const Status s = Sql::execRaw(db, set); !s.ok()) {
                        opened = false;
                        openError = s.error().detail;
                        break;
                    }
                }
            }
            if (!opened) {
                error = QCoreApplication::translate("ch::BackgroundRead", "The database could not be read: %1")
                            .arg(openError);
            } else {
                bool go = false;
                {
                    QMutexLocker lock(&run->mutex);
                    go = !run->cancelled;
                    if (go && postgres) {
                        if (PGconn *conn = Postgres::connection(db))
                            run->pgCancel = PQgetCancel(conn);
                    } else if (go) {
                        run->handle = sqliteHandle(db);
                    }
                    if (run->handle)
                        sqlite3_progress_handler(run->handle, 1000, &stopRequested, &run->stop);
                }
                if (go) {
                    tl_stop = &run->stop;
                    result = work(db, &error);
                    tl_stop = nullptr;
                }
                QMutexLocker lock(&run->mutex);
                if (run->handle)
                    sqlite3_progress_handler(run->handle, 0, nullptr, nullptr);
                run->handle = nullptr;
                if (run->pgCancel)
                    PQfreeCancel(run->pgCancel);
                run->pgCancel = nullptr;
            }
            db.close();
            QMutexLocker lock(&run->mutex);
            run->result = std::move(result);
            run->error = std::move(error);
        }
        QSqlDatabase::removeDatabase(name);
    });
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, run] {
        if (run != m_running) {
            // A read that was stopped: nobody wants its answer.
            if (m_retired.removeOne(thread)) {
                thread->wait();
                delete thread;
            }
            return;
        }
        m_thread = nullptr;
        m_running.reset();
        thread->wait();
        delete thread;
        if (run->cancelled)
            return;
        if (run->error.isEmpty())
            Q_EMIT finished(run->result);
        else
            Q_EMIT failed(run->error);
    }, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

bool BackgroundRead::isStopping()
{
    return tl_stop && tl_stop->load(std::memory_order_relaxed);
}

bool BackgroundRead::waitForFinished(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while ((m_thread || !m_retired.isEmpty()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !m_thread;
}

} // namespace ch
