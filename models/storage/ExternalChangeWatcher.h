#pragma once

// ExternalChangeWatcher: notices that another program or another person (a second window on the same
// file, the CLI importing a batch, a colleague on a shared folder's copy) committed changes to the database,
// so that open lists refresh without a restart. SQLite's PRAGMA data_version changes exactly when a
// different connection has committed; it is one cheap read of a counter, polled on a timer. On a shared
// PostgreSQL server every committed change notifies "clearinghouse_changed" with the writer's backend id
// (triggers of migration 14): the watcher listens on a connection of its own and, at each tick, counts the
// notifications from other connections than the one it watches.

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace ch {

class ExternalChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalChangeWatcher)
public:
    explicit ExternalChangeWatcher(QSqlDatabase db, QObject *parent = nullptr);
    ~ExternalChangeWatcher() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop() { m_timer.stop(); }

public Q_SLOTS:
    // Reads the counter now; emits changedElsewhere() when it moved since the last look.
    void check();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 readVersion();
    bool listen();

    QString m_listener;  // shared mode: the connection that listens
    QString m_ownBackend; // shared mode: the watched connection's backend id, whose changes are not news
    qint64 m_heard = 0;   // shared mode: notifications from others so far

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace ch
