#include "BackupController.h"

#include "MessageBox.h"
#include "RestoreBackupDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ch {

BackupController::BackupController(Database &database, QWidget *window)
    : QObject(window), m_db(database), m_window(window)
{
    m_backupNow = new QAction(this);
    m_backupNow->setObjectName(u"actionBackupNow"_s);
    m_backupNow->setShortcut(QKeySequence(u"Ctrl+Shift+B"_s));
    connect(m_backupNow, &QAction::triggered, this, [this] { (void)backupNow(); });
    m_restore = new QAction(this);
    m_restore->setObjectName(u"actionRestoreBackup"_s);
    connect(m_restore, &QAction::triggered, this, &BackupController::chooseAndRestore);
    m_backupNow->setEnabled(true);

    m_label = new QLabel(window);
    m_label->setObjectName(u"backupAgeLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"backupTimer"_s);
    connect(m_timer, &QTimer::timeout, this, [this] { (void)backupNow(true); });
    m_labelTimer = new QTimer(this);
    m_labelTimer->setInterval(60 * 1000);
    connect(m_labelTimer, &QTimer::timeout, this, &BackupController::refreshLabel);
    m_labelTimer->start();
    applyInterval();
    retranslate();
}

void BackupController::retranslate()
{
    m_backupNow->setText(tr("&Back up now"));
    m_backupNow->setStatusTip(tr("Write a checked copy of the database to the backup folder"));
    m_restore->setText(tr("&Restore from backup…"));
    m_restore->setStatusTip(tr("Replace the database with a checked backup; the current one is kept beside it"));
    refreshLabel();
}

int BackupController::intervalMinutes()
{
    return QSettings().value(u"backup/intervalMinutes"_s, 60).toInt();
}

void BackupController::setIntervalMinutes(int minutes)
{
    QSettings().setValue(u"backup/intervalMinutes"_s, qMax(0, minutes));
}

int BackupController::keep()
{
    return qMax(1, QSettings().value(u"backup/keep"_s, 20).toInt());
}

QString BackupController::backupDirectory() const
{
    return BackupService::defaultDirectory(m_db.path());
}

void BackupController::applyInterval()
{
    const int minutes = intervalMinutes();
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

bool BackupController::backupNow(bool quiet)
{
    applyInterval(); // the interval may have changed in Preferences
    BackupService::Options o;
    o.keep = keep();
    auto info = BackupService::backup(m_db, o);
    if (!info) {
        qWarning("backup failed: %s", qPrintable(info.error().fullText()));
        m_label->setText(tr("Backup failed: %1").arg(info.error().message));
        if (!quiet)
            MessageBox::warning(m_window, tr("Backup failed"), info.error().message);
        return false;
    }
    refreshLabel();
    if (!quiet && m_window)
        m_label->setText(tr("Backup written: %1").arg(QDir::toNativeSeparators(info->path)));
    return true;
}

void BackupController::backupOnExit()
{
    if (!m_db.isReadOnly())
        (void)backupNow(true);
}

void BackupController::refreshLabel()
{
    auto all = BackupService::list(backupDirectory());
    if (!all || all->isEmpty()) {
        m_label->setText(tr("No backup yet"));
        return;
    }
    const qint64 minutes = all->constFirst().createdAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    QString age;
    if (minutes < 1)
        age = tr("Last backup: just now");
    else if (minutes < 120)
        age = tr("Last backup: %n minute(s) ago", nullptr, static_cast<int>(minutes));
    else if (minutes < 48 * 60)
        age = tr("Last backup: %n hour(s) ago", nullptr, static_cast<int>(minutes / 60));
    else
        age = tr("Last backup: %n day(s) ago", nullptr, static_cast<int>(minutes / (24 * 60)));
    m_label->setText(age);
    m_label->setToolTip(QLocale().toString(all->constFirst().createdAt.toLocalTime(), QLocale::LongFormat));
}

bool BackupController::requestRestore(const QString &backupPath, const QString &passphrase)
{
    if (Status s = BackupService::verify(backupPath, passphrase); !s) {
        MessageBox::warning(m_window, tr("Cannot restore this backup"), s.error().message);
        return false;
    }
    const auto answer = MessageBox::question(
        m_window, tr("Restore this backup?"),
        tr("The backup %1 passed its checks.\n\nRestoring replaces the database you have open; every change made "
           "since the backup is no longer shown. The current database is kept beside it, so nothing is deleted.")
            .arg(QDir::toNativeSeparators(backupPath)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Restore")}});
    if (answer != QMessageBox::Yes)
        return false;
    Q_EMIT restoreRequested(backupPath, passphrase);
    return true;
}

void BackupController::chooseAndRestore()
{
    RestoreBackupDialog dialog(backupDirectory(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)requestRestore(dialog.selectedPath(), dialog.passphrase());
}

} // namespace ch
