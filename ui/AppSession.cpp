#include "AppSession.h"

#include "BackupController.h"
#include "DatabaseOpener.h"
#include "FirstPaintReporter.h"
#include "MainWindow.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace ch {

AppSession::AppSession(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{}

AppSession::~AppSession()
{
    m_window.reset();
    m_database.reset();
}

void AppSession::show(const QElapsedTimer *benchmarkStart)
{
    m_window = std::make_unique<MainWindow>(*m_database);
    MainWindow *window = m_window.get();
    // Queued, with the session as the receiver: the handlers destroy the window that emitted the signal,
    // which must not happen while the window's own code is still on the stack.
    connect(
        window, &MainWindow::openDatabaseRequested, this,
        [this, window](const QString &path) { openOther(window, path); }, Qt::QueuedConnection);
    connect(
        window, &MainWindow::openServerRequested, this,
        [this, window](const QString &location, const QString &password) { openServer(window, location, password); },
        Qt::QueuedConnection);
    connect(
        window->backups(), &BackupController::restoreRequested, this,
        [this, window](const QString &backup, const QString &passphrase) {
            restore(window, backup, passphrase);
        },
        Qt::QueuedConnection);
    if (benchmarkStart)
        new FirstPaintReporter(window, *benchmarkStart); // owned by the window
    window->show();
    window->showHome(); // the day starts from what needs doing
    window->restoreDrafts();
}

void AppSession::openOther(MainWindow *from, const QString &path)
{
    if (from != m_window.get())
        return; // a request from a window that has been replaced meanwhile
    replace(DatabaseOpener::open(path, m_window.get()));
}

void AppSession::openServer(MainWindow *from, const QString &location, const QString &password)
{
    if (from != m_window.get())
        return;
    replace(DatabaseOpener::openServer(location, password, m_window.get()));
}

void AppSession::replace(std::unique_ptr<Database> other)
{
    if (!other || !m_window->close())
        return;
    m_window.reset(); // with its timers and models, before the database they use
    m_database = std::move(other);
    show();
    Q_EMIT windowReplaced();
}

void AppSession::restore(MainWindow *from, const QString &backupPath, const QString &passphrase)
{
    if (from != m_window.get() || !m_window->close())
        return;
    const QString path = m_database->path();
    m_window.reset();   // with its timers and models, before the database they use
    m_database.reset(); // closed before its file is replaced
    m_database = DatabaseOpener::restoreAndOpen(backupPath, passphrase, path);
    if (!m_database) {
        Q_EMIT ended();
        return;
    }
    show();
    Q_EMIT windowReplaced();
}

} // namespace ch
