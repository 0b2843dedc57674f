#include "BackupController.h"

#include "MessageBox.h"
#include "RestoreBackupDialog.h"
#include "core/PlainToolTip.h"
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

namespace {

QString &passphraseStore()
{
    static QString passphrase; // memory only, for this run of the program
    return passphrase;
}

const QString kExitFailureDatabase = u"backup/exitFailureDatabase"_s;
const QString kExitFailureMessage = u"backup/exitFailureMessage"_s;
const QString kExitFailureAt = u"backup/exitFailureAt"_s;

void forgetExitFailure(const QString &databasePath)
{
    QSettings settings;
    if (settings.value(kExitFailureDatabase).toString() != databasePath)
        return;
    settings.remove(kExitFailureDatabase);
    settings.remove(kExitFailureMessage);
    settings.remove(kExitFailureAt);
}

} // namespace

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
    m_backupNow->setEnabled(!m_db.isShared());
    m_restore->setEnabled(!m_db.isShared());

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

QString BackupController::sharedDatabaseNote()
{
    return tr("A shared database is backed up on the server (pg_dump); ask its administrator.");
}

void BackupController::retranslate()
{
    m_backupNow->setText(tr("&Back up now"));
    m_restore->setText(tr("&Restore from backup…"));
    if (m_db.isShared()) {
        for (QAction *a : {m_backupNow, m_restore}) {
            a->setStatusTip(sharedDatabaseNote());
            a->setToolTip(sharedDatabaseNote());
        }
    } else {
        m_backupNow->setStatusTip(tr("Write a checked copy of the database to the backup folder"));
        m_restore->setStatusTip(tr("Replace the database with a checked backup; the current one is kept beside it"));
    }
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

QString BackupController::sessionPassphrase()
{
    return passphraseStore();
}

void BackupController::setSessionPassphrase(const QString &passphrase)
{
    passphraseStore() = passphrase;
}

void BackupController::rememberExitFailure(const QString &databasePath, const QString &message)
{
    QSettings settings;
    settings.setValue(kExitFailureDatabase, databasePath);
    settings.setValue(kExitFailureMessage, message);
    settings.setValue(kExitFailureAt, QDateTime::currentDateTimeUtc());
}

std::optional<BackupController::ExitFailure> BackupController::exitFailure(const QString &databasePath)
{
    QSettings settings;
    if (databasePath.isEmpty() || settings.value(kExitFailureDatabase).toString() != databasePath)
        return std::nullopt;
    return ExitFailure{settings.value(kExitFailureAt).toDateTime(), settings.value(kExitFailureMessage).toString()};
}

void BackupController::showProblem(const QString &text, const QString &detail)
{
    m_label->setText(text);
    m_label->setToolTip(PlainToolTip::from(detail));
    m_label->setStyleSheet(u"QLabel { color: #b3261e; font-weight: bold; }"_s);
}

QString BackupController::backupDirectory() const
{
    return BackupService::defaultDirectory(m_db.path());
}

void BackupController::applyInterval()
{
    const int minutes = intervalMinutes();
    if (m_db.isShared())
        m_timer->stop();
    else if (m_testInterval.count() > 0)
        m_timer->start(m_testInterval);
    else if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void BackupController::setIntervalForTesting(std::chrono::milliseconds interval)
{
    m_testInterval = interval;
    applyInterval();
}

bool BackupController::backupNow(bool quiet)
{
    if (m_db.isShared()) {
        if (!quiet)
            MessageBox::information(m_window, tr("Backed up on the server"), sharedDatabaseNote());
        return false;
    }
    applyInterval(); // the interval may have changed in Preferences
    BackupService::Options o;
    o.keep = keep();
    o.passphrase = sessionPassphrase();
    auto info = BackupService::backup(m_db, o);
    if (!info) {
        qWarning("backup failed: %s", qPrintable(info.error().fullText()));
        showProblem(tr("Backup failed: %1").arg(info.error().message), info.error().message);
        if (!quiet)
            MessageBox::warning(m_window, tr("Backup failed"), info.error().message);
        return false;
    }
    forgetExitFailure(m_db.path());
    refreshLabel();
    if (!quiet && m_window)
        m_label->setText(tr("Backup written: %1").arg(QDir::toNativeSeparators(info->path)));
    return true;
}

void BackupController::backupOnExit()
{
    if (m_db.isReadOnly() || m_db.isShared())
        return;
    BackupService::Options o;
    o.keep = keep();
    o.passphrase = sessionPassphrase();
    auto info = BackupService::backup(m_db, o);
    if (info) {
        forgetExitFailure(m_db.path());
        return;
    }
    // Nobody is left to read a message now: logged, and shown in the status bar at the next start.
    qWarning("backup on closing failed: %s", qPrintable(info.error().fullText()));
    rememberExitFailure(m_db.path(), info.error().message);
}

void BackupController::refreshLabel()
{
    if (m_db.isShared()) {
        m_label->setStyleSheet(QString());
        m_label->setText(tr("Backups: on the server"));
        m_label->setToolTip(sharedDatabaseNote());
        return;
    }
    if (const auto failure = exitFailure(m_db.path())) {
        showProblem(tr("The backup on closing (%1) failed; back up now")
                        .arg(QLocale().toString(failure->at.toLocalTime(), QLocale::ShortFormat)),
                    failure->message);
        return;
    }
    m_label->setStyleSheet(QString());
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
    if (m_db.isShared()) {
        MessageBox::information(m_window, tr("Restored on the server"), sharedDatabaseNote());
        return false;
    }
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
