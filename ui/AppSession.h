#pragma once

// AppSession: the open database and the main window that shows it, replaced together when the user opens
// another database or restores a backup. The window and everything in it that holds a reference to the
// database (timers, item models, the backup controller) is destroyed before the database, and the
// replacement runs from the event loop (queued), never inside the old window's own signal handler.

#include <QObject>
#include <QPointer>

#include <memory>

class QElapsedTimer;

namespace ch {

class Database;
class MainWindow;

class AppSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)
public:
    explicit AppSession(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~AppSession() override; // the window first, then its database

    Database *database() const { return m_database.get(); }
    MainWindow *window() const { return m_window.get(); }

    // Makes a window for the database, shows it on the home page and offers unsaved drafts back.
    void show(const QElapsedTimer *benchmarkStart = nullptr);

Q_SIGNALS:
    // A new window shows the replacing database (the old window and database are gone by then).
    void windowReplaced();
    // After a failed restore the database could not be opened again and the user chose to quit.
    void ended();

private:
    void openOther(MainWindow *from, const QString &path);
    void openServer(MainWindow *from, const QString &location, const QString &password);
    void replace(std::unique_ptr<Database> other);
    void restore(MainWindow *from, const QString &backupPath, const QString &passphrase);

    // Declared in this order so that, whatever else happens, the window is destroyed before the database.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ch
