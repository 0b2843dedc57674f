#pragma once

// IntegrityMonitor: the full integrity check of a database opened with the check deferred
// (Database::Options::deferIntegrityCheck). It runs on a worker thread with its own connection a moment
// after the main window shows, so a large file no longer holds up the first paint. Its state is shown in
// the status bar; when the file is damaged, the database stops writing (Database::refuseWrites) and the
// user is told what happened and what to do.

#include <QObject>

class QLabel;

namespace ch {

class BackgroundRead;
class Database;

class IntegrityMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrityMonitor)
public:
    enum class State { NotNeeded, Waiting, Running, Passed, Failed, NotChecked };
    static constexpr int kStartDelayMs = 1000; // after the window's first paint and first screens

    // `window` is the parent of the warning and owns the monitor.
    IntegrityMonitor(Database &database, QWidget *window);

    State state() const { return m_state; }
    QLabel *statusLabel() const { return m_label; }
    void start();

Q_SIGNALS:
    void damaged(const QString &message);

private:
    void setState(State state);

    Database &m_db;
    QWidget *m_window = nullptr;
    BackgroundRead *m_read = nullptr;
    QLabel *m_label = nullptr;
    State m_state = State::NotNeeded;
};

} // namespace ch
