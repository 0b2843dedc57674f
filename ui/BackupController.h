#pragma once

// BackupController: the GUI side of backups. Backs up at an interval (Preferences; 60 minutes by
// default), when the window closes, and on demand; shows the age of the last good backup in the status
// bar; offers "Restore from backup…", which checks the chosen backup and then asks main() to close the
// database, restore and reopen (a database cannot be replaced while it is open).

#include "backup/BackupService.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

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

    // Settings (QSettings "backup/..."): minutes between automatic backups (0: none), backups kept.
    static int intervalMinutes();
    static void setIntervalMinutes(int minutes);
    static int keep();

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

Q_SIGNALS:
    void restoreRequested(const QString &backupPath, const QString &passphrase);

private:
    void chooseAndRestore();

    Database &m_db;
    QPointer<QWidget> m_window;
    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_labelTimer = nullptr;
};

} // namespace ch
