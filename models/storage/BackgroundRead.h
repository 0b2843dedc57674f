#pragma once

// BackgroundRead: one read (a count over every match, the full integrity check, the work queues) on a
// worker thread over its own read-only connection to the same database (a clone of the source connection:
// the file on SQLite, the server on PostgreSQL), so that a read that can take
// longer than a frame never holds up the UI thread. The result comes back as a signal in the owner's
// thread. Starting again and cancel() interrupt a read still running (SQLite: sqlite3_interrupt and a
// progress handler; PostgreSQL: libpq's cancel request) and drop its result without waiting for it, so an answer never belongs to an older question
// and a keystroke never waits for a worker; the destructor waits for every worker to end.

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <memory>

class QThread;

namespace ch {

class BackgroundRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundRead)
public:
    // Returns the result, or sets `error` (a sentence for the user) and returns nothing.
    using Work = std::function<QVariant(const QSqlDatabase &connection, QString *error)>;

    // `source`: the UI thread's connection; the worker opens the same database read-only.
    explicit BackgroundRead(const QSqlDatabase &source, QObject *parent = nullptr);
    ~BackgroundRead() override;

    void start(Work work);
    // Inside a Work, on its worker thread: true once the read was stopped (its result will be dropped), so
    // a read of several statements can stop between them.
    static bool isStopping();
    void cancel();
    bool isRunning() const { return m_running != nullptr; }
    // Blocks until the current read has finished and its signal was sent (tests, and closing).
    bool waitForFinished(int timeoutMs = 30000);

Q_SIGNALS:
    void finished(const QVariant &result);
    void failed(const QString &message);

private:
    struct Run;
    void stopCurrent();

    QString m_sourceName; // the source connection's name, for the thread-safe cloneDatabase()
    std::shared_ptr<Run> m_running;
    QThread *m_thread = nullptr;
    QList<QThread *> m_retired; // stopped, still winding down
};

} // namespace ch
