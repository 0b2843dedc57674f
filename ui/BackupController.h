#pragma once

// BackupController: the GUI side of backups. Backs up at an interval (Preferences; 60 minutes by
// default), when the window closes, and on demand, encrypted when a passphrase was given in Preferences;
// shows the age of the last good backup (or a failed backup on closing) in the status bar; offers "Restore from backup…", which checks the chosen backup and then asks main() to close the
// database, restore and reopen (a database cannot be replaced while it is open). A shared database (on a
// PostgreSQL server) is backed up on the server: there the actions are disabled and say why.

#include "backup/BackupService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QAction;
class QLabel;
class QTimer;
class QWidget;

namespace ch {

class Database;

class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)
public:
    BackupController(Database &database, QWidget *window);

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    QLabel *statusLabel() const { return m_label; }
    // The actions' and the label's texts in the current language (the window calls it on a language change).
    void retranslate();

    // Shared mode: backups, restores and their encryption are the server's business (pg_dump), not this
    // program's: the actions stay disabled and say so, and nothing is backed up at an interval or on closing.
    static QString sharedDatabaseNote();

    // Settings (QSettings "backup/..."): minutes between automatic backups (0: none), backups kept.
    static int intervalMinutes();
    static void setIntervalMinutes(int minutes);
    static int keep();

    // The passphrase that encrypts backups (Preferences), or empty for plain backups. Kept in memory for
    // this run of the program only: it is never written to the settings or anywhere else.
    static QString sessionPassphrase();
    static void setSessionPassphrase(const QString &passphrase);

    // A failed backup on closing, remembered (QSettings "backup/exitFailure...") until the next good backup
    // of the same database, so the status bar can say so at the next start.
    static void rememberExitFailure(const QString &databasePath, const QString &message);
    struct ExitFailure
    {
        QDateTime at; // UTC
        QString message;
    };
    // The remembered failure for this database, if any.
    static std::optional<ExitFailure> exitFailure(const QString &databasePath);

    // Writes a backup now; on failure tells the user (unless quiet) and returns false.
    bool backupNow(bool quiet = false);
    // The automatic backup when the window closes; quiet, but a failure is logged and shown next start.
    void backupOnExit();
    // Checks the backup, asks for confirmation, then emits restoreRequested. Returns false when refused.
    bool requestRestore(const QString &backupPath, const QString &passphrase = {});
    QString backupDirectory() const;
    void refreshLabel();
    // Restarts the automatic backup timer with intervalMinutes() (after Preferences changed it).
    void applyInterval();
    // Test seam: backs up every `interval` instead of intervalMinutes() (zero: back to the setting).
    void setIntervalForTesting(std::chrono::milliseconds interval);

Q_SIGNALS:
    void restoreRequested(const QString &backupPath, const QString &passphrase);

private:
    void chooseAndRestore();
    void showProblem(const QString &text, const QString &detail);

    Database &m_db;
    QPointer<QWidget> m_window;
    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_labelTimer = nullptr;
    std::chrono::milliseconds m_testInterval{0};
};

} // namespace ch
