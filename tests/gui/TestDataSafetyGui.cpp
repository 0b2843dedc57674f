// Data safety in the GUI: backups from the main window, the backup age in the status bar, restore that
// checks first, and the dialog that offers only safe ways on when a database cannot be opened.

#include "AppSession.h"
#include "BackupController.h"
#include "CaseDetailView.h"
#include "HostileCorpus.h"
#include "PreferencesDialog.h"
#include "CaseListPage.h"
#include "IdleLock.h"
#include "IntakeForm.h"
#include "IntegrityMonitor.h"
#include "SensitiveClipboard.h"
#include "itemmodels/CaseListModel.h"
#include "DatabaseProblemDialog.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RestoreBackupDialog.h"
#include "backup/BackupService.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace ch;

class TestDataSafetyGui : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    QString backupDir() const { return BackupService::defaultDirectory(m_db ? m_db->path() : m_path); }
    int backupCount() const
    {
        auto all = BackupService::list(backupDir());
        return all ? static_cast<int>(all->size()) : -1;
    }
    QString m_path; // the database file, also while m_db is held by a session

    // True when a label of the view shows the text as typed: as plain text, or escaped inside our markup.
    static bool showsLiterally(QWidget *view, const QString &text)
    {
        bool shown = false;
        for (QLabel *label : view->findChildren<QLabel *>()) {
            const bool rich = label->textFormat() == Qt::RichText
                              || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (!rich) {
                shown |= label->text().contains(text);
                continue;
            }
            if (label->text().contains(text) && text != text.toHtmlEscaped())
                return false; // the user's markup would be rendered
            QTextDocument document;
            document.setHtml(label->text());
            shown |= document.toPlainText().contains(text);
        }
        return shown;
    }

    // Types the text key by key where a keyboard can (printable Latin-1), else pastes it with Ctrl+V as
    // people do with bidi marks, emoji and long texts (Qt's key events carry only printable text).
    static void enter(QWidget *field, const QString &text)
    {
        field->setFocus();
        const bool typable = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 256 && c.isPrint(); });
        if (typable && text.size() <= 200) {
            QTest::keyClicks(field, text);
            return;
        }
        QGuiApplication::clipboard()->setText(text);
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setTestMode(true);
    }
    void init()
    {
        MessageBox::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"gui.db"_s);
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        test::seed(*m_db, test::makeCase(u"Rosa Díaz"_s, u"12345-004"_s));
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        BackupController::setSessionPassphrase({});
        m_window.reset();
        m_db.reset();
        QCOMPARE(MessageBox::unexpectedCount(), 0);
    }

    void backupNow_writesACheckedBackupAndShowsItsAge()
    {
        auto *label = m_window->findChild<QLabel *>(u"backupAgeLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"No backup yet"_s);
        auto *action = m_window->findChild<QAction *>(u"actionBackupNow"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto all = BackupService::list(backupDir());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QVERIFY(BackupService::verify(all->constFirst().path).ok());
        m_window->backups()->refreshLabel();
        QCOMPARE(label->text(), u"Last backup: just now"_s);
    }

    void closingTheWindow_backsUp()
    {
        QVERIFY(m_window->close());
        QCOMPARE(BackupService::list(backupDir())->size(), 1);
    }

    void restore_refusesADamagedFileAndAsksBeforeReplacing()
    {
        QSignalSpy spy(m_window->backups(), &BackupController::restoreRequested);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_window->backups()->requestRestore(QStringLiteral(CH_FIXTURES_DIR "/corrupt.db")));
        QVERIFY(MessageBox::lastText().contains(u"damaged"_s) || MessageBox::lastText().contains(u"not"_s));
        QCOMPARE(spy.size(), 0);

        QVERIFY(m_window->backups()->backupNow(true));
        const QString good = BackupService::list(backupDir())->constFirst().path;
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->backups()->requestRestore(good));
        QCOMPARE(spy.size(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_window->backups()->requestRestore(good));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), good);
    }

    void restoreDialog_listsBackupsNewestFirst()
    {
        QVERIFY(m_window->backups()->backupNow(true));
        QVERIFY(m_window->backups()->backupNow(true));
        RestoreBackupDialog dialog(backupDir());
        QCOMPARE(dialog.backupCount(), 2);
        QCOMPARE(dialog.selectedPath(), BackupService::list(backupDir())->constFirst().path);
        auto *passphrase = dialog.findChild<QWidget *>(u"backupPassphrase"_s);
        QVERIFY(passphrase && !passphrase->isEnabled()); // not encrypted
        QVERIFY(dialog.findChild<QPushButton *>(u"restoreButton"_s)->isEnabled());
    }

    void problemDialog_offersOnlySafeWaysOn()
    {
        const Error corrupt = Error::make(Error::Kind::Corrupt, u"The database is damaged."_s);
        QCOMPARE(DatabaseProblemDialog::choicesFor(corrupt, true),
                 (QList<DatabaseProblemDialog::Choice>{DatabaseProblemDialog::RestoreBackup,
                                                       DatabaseProblemDialog::OpenReadOnly,
                                                       DatabaseProblemDialog::ChooseAnother,
                                                       DatabaseProblemDialog::ConnectServer, DatabaseProblemDialog::Quit}));
        const Error newer = Error::make(Error::Kind::NewerSchema, u"Newer."_s);
        QCOMPARE(DatabaseProblemDialog::choicesFor(newer, true),
                 (QList<DatabaseProblemDialog::Choice>{DatabaseProblemDialog::ChooseAnother,
                                                       DatabaseProblemDialog::ConnectServer, DatabaseProblemDialog::Quit}));
        const Error foreign = Error::make(Error::Kind::NotADatabase, u"Not ours."_s);
        QVERIFY(!DatabaseProblemDialog::choicesFor(foreign, false).contains(DatabaseProblemDialog::OpenReadOnly));

        // The real error for the damaged fixture, shown as the user would see it.
        auto opened = Database::open(QStringLiteral(CH_FIXTURES_DIR "/corrupt.db"));
        QVERIFY(!opened.ok());
        DatabaseProblemDialog dialog(QStringLiteral(CH_FIXTURES_DIR "/corrupt.db"), opened.error());
        auto *text = dialog.findChild<QLabel *>(u"problemText"_s);
        QVERIFY(text && text->text() == opened.error().message);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        auto *readOnly = dialog.findChild<QPushButton *>(u"openReadOnlyButton"_s);
        QVERIFY(readOnly);
        QVERIFY(!dialog.findChild<QPushButton *>(u"openAnywayButton"_s));
        readOnly->click();
        QCOMPARE(dialog.choice(), DatabaseProblemDialog::OpenReadOnly);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void idleLock_coversTheWindowAndKeepsWork()
    {
        IntakeForm *form = m_window->newCase();
        QVERIFY(form);
        auto *name = m_window->findChild<QLineEdit *>(u"field_person_name"_s);
        QVERIFY(name);
        QTest::keyClicks(name, u"Ana"_s);
        IdleLock *lock = m_window->idleLock();
        auto *cover = m_window->findChild<QWidget *>(u"idleLockCover"_s);
        QVERIFY(cover && !cover->isVisible());
        lock->lock();
        QVERIFY(lock->isLocked());
        QVERIFY(cover->isVisible());
        QCOMPARE(cover->geometry(), m_window->rect());
        QTest::mouseClick(cover->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QVERIFY(!lock->isLocked());
        QCOMPARE(name->text(), u"Ana"_s);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(form)));
    }

    void idleLock_locksAfterTheIdleTimeAndInputPostponesIt()
    {
        IdleLock *lock = m_window->idleLock();
        auto *cover = m_window->findChild<QWidget *>(u"idleLockCover"_s);
        QVERIFY(cover && !lock->isLocked());
        QSignalSpy changed(lock, &IdleLock::lockedChanged);
        lock->setIdleTimeForTesting(800ms);
        // Someone working: a key every 50 ms for twice the idle time keeps the window open.
        QElapsedTimer working;
        working.start();
        while (working.elapsed() < 1600) {
            QTest::keyClick(m_window.get(), Qt::Key_Shift);
            QTest::qWait(50);
        }
        QVERIFY(!lock->isLocked());
        QCOMPARE(changed.count(), 0);
        // Then nobody: the window locks by itself.
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 10000);
        QVERIFY(cover->isVisible());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        // Unlocking starts the idle time again, and it locks again.
        QTest::mouseClick(cover->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QVERIFY(!lock->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 10000);
        QCOMPARE(changed.count(), 3);
        lock->unlock();
        lock->setIdleTimeForTesting(0ms);
    }

    void idleLock_zeroMinutesNeverLocks()
    {
        IdleLock::setIdleMinutes(0);
        IdleLock off(m_window.get());
        QTest::qWait(50);
        QVERIFY(!off.isLocked());
        IdleLock::setIdleMinutes(10);
    }

    void backupTimer_writesACheckedBackupWhenItFires()
    {
        QCOMPARE(backupCount(), 0);
        m_window->backups()->setIntervalForTesting(100ms);
        QTRY_VERIFY_WITH_TIMEOUT(backupCount() >= 1, 10000);
        m_window->backups()->setIntervalForTesting(0ms);
        const BackupInfo newest = BackupService::list(backupDir())->constFirst();
        QVERIFY(!newest.encrypted);
        QVERIFY(BackupService::verify(newest.path).ok());
        QCOMPARE(m_window->findChild<QLabel *>(u"backupAgeLabel"_s)->text(), u"Last backup: just now"_s);
    }

    void sensitiveFieldCopy_isClearedFromTheClipboard()
    {
        QVERIFY(m_window->newCase());
        auto *medical = m_window->findChild<QPlainTextEdit *>(u"field_medical_summary"_s);
        auto *name = m_window->findChild<QLineEdit *>(u"field_person_name"_s);
        QVERIFY(medical && name);
        QVERIFY(SensitiveClipboard::isSensitive(medical));
        QVERIFY(!SensitiveClipboard::isSensitive(name));
        SensitiveClipboard guard(nullptr, 100);
        medical->setFocus();
        QGuiApplication::clipboard()->setText(u"Stage IV cancer"_s);
        QTRY_VERIFY(guard.isArmed());
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 2000);
        name->setFocus();
        QGuiApplication::clipboard()->setText(u"Rosa Díaz"_s);
        QTest::qWait(300);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Rosa Díaz"_s);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->closeTab(m_window->tabs()->count() - 1));
    }

    void caseList_hidesMedicalReasonsUntilShown()
    {
        CaseListModel *model = m_window->caseList()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex reasons = model->index(0, CaseListModel::ReasonsColumn);
        QVERIFY(!reasons.data().toString().contains(u"Terminal illness"_s));
        QVERIFY(reasons.data().toString().contains(u"hidden"_s));
        QVERIFY(reasons.data().toString().contains(u"Age"_s)); // not sensitive
        auto *show = m_window->findChild<QCheckBox *>(u"showSensitiveReasons"_s);
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(reasons.data().toString().contains(u"Terminal illness"_s));
    }

    void readOnlyDatabase_opensWithReadOnlyTitleAndNoRestore()
    {
        m_window.reset();
        Database::Options o;
        o.readOnly = true;
        o.migrate = false;
        const QString path = m_db->path();
        m_db.reset();
        auto ro = Database::open(path, o);
        QVERIFY(ro.ok());
        m_db = std::move(ro).value();
        m_window = std::make_unique<MainWindow>(*m_db);
        QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
        QVERIFY(!m_window->findChild<QAction *>(u"actionRestoreBackup"_s)->isEnabled());
    }

    void deferredIntegrityCheck_damagedFile_isReportedAndWritesStop()
    {
        // The GUI opens a database with the full check deferred (first paint at 100,000 cases); the check
        // runs on a worker thread after the window shows, and a damaged file is still reported and then
        // written no more.
        m_window.reset();
        const QString path = m_db->path();
        for (int i = 0; i < 40; ++i)
            QVERIFY(test::seed(*m_db, test::makeCase(u"Person %1"_s.arg(i), u"%1-054"_s.arg(20000 + i))));
        m_db.reset(); // closing checkpoints the log into the file
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype pageSize = 4096;
        QVERIFY(bytes.size() > 8 * pageSize);
        for (qsizetype i = bytes.size() - pageSize; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 131 + 17) & 0xff);
        QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
        file.close();

        Database::Options deferred;
        deferred.deferIntegrityCheck = true;
        auto opened = Database::open(path, deferred);
        QVERIFY2(opened.ok(), "the header and schema read fine: the window can show");
        m_db = std::move(opened).value();
        QVERIFY(m_db->integrityCheckPending());
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        IntegrityMonitor *monitor = m_window->integrity();
        QCOMPARE(monitor->state(), IntegrityMonitor::State::Waiting);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy damaged(monitor, &IntegrityMonitor::damaged);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), IntegrityMonitor::State::Failed, 20000);
        QCOMPARE(damaged.count(), 1);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY2(MessageBox::lastText().contains(u"damaged"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
        auto *label = m_window->findChild<QLabel *>(u"integrityLabel"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY(m_db->isReadOnly());
        CaseRecord late = test::makeCase(u"After Damage"_s, u"99999-054"_s);
        QVERIFY2(!CaseRepository(*m_db).create(late), "nothing more may be written to a damaged file");
        QCOMPARE(MessageBox::unexpectedCount(), 0);
        m_window.reset();
        m_db.reset();
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void deferredIntegrityCheck_goodFile_showsCheckedInStatusBar()
    {
        IntegrityMonitor *monitor = m_window->integrity();
        QCOMPARE(monitor->state(), IntegrityMonitor::State::NotNeeded); // opened with the full check
        m_window.reset();
        const QString path = m_db->path();
        m_db.reset();
        Database::Options deferred;
        deferred.deferIntegrityCheck = true;
        auto opened = Database::open(path, deferred);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        monitor = m_window->integrity();
        QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), IntegrityMonitor::State::Passed, 20000);
        QCOMPARE(m_window->findChild<QLabel *>(u"integrityLabel"_s)->text(), u"Database checked: no damage found"_s);
        QVERIFY(!m_db->isReadOnly());
        CaseRecord still = test::makeCase(u"Still Writable"_s, u"99998-054"_s);
        QVERIFY(CaseRepository(*m_db).create(still));
    }

    void restore_throughTheSession_replacesTheWindowBeforeItsDatabase()
    {
        // As main() runs it: the session owns the database and its window.
        m_window.reset();
        AppSession session(std::move(m_db));
        session.show();
        MainWindow *first = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        QVERIFY(first->backups()->backupNow(true));
        const QString backup = BackupService::list(backupDir())->constFirst().path;
        QVERIFY(test::seed(*session.database(), test::makeCase(u"After Backup"_s, u"54321-004"_s)));
        QCOMPARE(CaseRepository(*session.database()).count().value(), 2);

        // The old window, its backup controller and the label timer that reads the database's path must be
        // gone before the database is closed; they are checked the moment the new window exists.
        QPointer<MainWindow> oldWindow = first;
        QPointer<BackupController> oldBackups = first->backups();
        bool oldGoneFirst = false;
        QSignalSpy replaced(&session, &AppSession::windowReplaced);
        connect(&session, &AppSession::windowReplaced, this,
                [&] { oldGoneFirst = oldWindow.isNull() && oldBackups.isNull(); });
        MessageBox::setNextAnswer(QMessageBox::Yes); // restore this backup?
        MessageBox::setNextAnswer(QMessageBox::Ok);  // the backup was restored
        QVERIFY(first->backups()->requestRestore(backup));
        QVERIFY2(!oldWindow.isNull(), "the window is replaced from the event loop, not inside its own handler");
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(oldGoneFirst);
        QVERIFY(session.window() && session.window()->isVisible());
        QCOMPARE(CaseRepository(*session.database()).count().value(), 1); // as the backup had it
        QVERIFY(MessageBox::lastText().contains(u"restored"_s));
        // The new window's timers work on the new database.
        session.window()->backups()->refreshLabel();
        QTest::qWait(50);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void openOtherDatabase_throughTheSession_replacesTheWindowBeforeItsDatabase()
    {
        m_window.reset();
        AppSession session(std::move(m_db));
        session.show();
        QPointer<MainWindow> oldWindow = session.window();
        bool oldGoneFirst = false;
        QSignalSpy replaced(&session, &AppSession::windowReplaced);
        connect(&session, &AppSession::windowReplaced, this, [&] { oldGoneFirst = oldWindow.isNull(); });
        const QString other = m_dir->filePath(u"other.db"_s);
        Q_EMIT oldWindow->openDatabaseRequested(other);
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(oldGoneFirst);
        QCOMPARE(session.database()->path(), other);
        QCOMPARE(CaseRepository(*session.database()).count().value(), 0);
    }

    void preferences_encryptBackupsWithAPassphraseKeptInMemoryOnly()
    {
        const QString secret = u"correct horse battery"_s;
        QAction *action = m_window->findChild<QAction *>(u"actionPreferences"_s);
        QVERIFY(action);
        action->trigger();
        PreferencesDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible(); }));
        auto *encrypt = dialog->findChild<QCheckBox *>(u"encryptBackupsCheck"_s);
        auto *passphrase = dialog->findChild<QLineEdit *>(u"backupPassphraseEdit"_s);
        auto *confirm = dialog->findChild<QLineEdit *>(u"backupPassphraseConfirm"_s);
        auto *note = dialog->findChild<QLabel *>(u"backupPassphraseNote"_s);
        auto *problem = dialog->findChild<QLabel *>(u"backupPassphraseProblem"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>(u"preferencesButtons"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(encrypt && passphrase && confirm && note && problem && ok);
        QVERIFY(!encrypt->isChecked());
        QVERIFY(!passphrase->isEnabled());
        QVERIFY(note->text().contains(u"never saved"_s));
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);

        QTest::mouseClick(encrypt, Qt::LeftButton, {}, QPoint(5, encrypt->height() / 2));
        QVERIFY(encrypt->isChecked() && passphrase->isEnabled());
        QVERIFY(!ok->isEnabled()); // no passphrase yet
        QTest::keyClicks(passphrase, secret);
        QTest::keyClicks(confirm, u"correct horse"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible() && problem->text().contains(u"differ"_s));
        QTest::keyClicks(confirm, u" battery"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
        QCOMPARE(BackupController::sessionPassphrase(), secret);

        // Never written to the settings: neither as a value nor in the file.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"horse"_s), qPrintable(key));
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("horse"));

        // Backups on demand, at the interval and on closing are encrypted with it.
        m_window->findChild<QAction *>(u"actionBackupNow"_s)->trigger();
        QCOMPARE(backupCount(), 1);
        m_window->backups()->setIntervalForTesting(100ms);
        QTRY_VERIFY_WITH_TIMEOUT(backupCount() >= 2, 10000);
        m_window->backups()->setIntervalForTesting(0ms);
        const int before = backupCount();
        QVERIFY(m_window->close());
        QCOMPARE(backupCount(), before + 1);
        const auto all = *BackupService::list(backupDir());
        for (const BackupInfo &b : all) {
            QVERIFY2(b.encrypted, qPrintable(b.path));
            QVERIFY(!BackupService::verify(b.path).ok());
            QVERIFY(!BackupService::verify(b.path, u"wrong"_s).ok());
            QVERIFY(BackupService::verify(b.path, secret).ok());
        }

        // Restore from the window asks for the passphrase before it can go on.
        m_window->show();
        QSignalSpy restore(m_window->backups(), &BackupController::restoreRequested);
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *picker = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            if (!picker)
                return;
            auto *field = picker->findChild<QLineEdit *>(u"backupPassphrase"_s);
            auto *restoreButton = picker->findChild<QPushButton *>(u"restoreButton"_s);
            asked = field->isEnabled() && !restoreButton->isEnabled();
            QTest::keyClicks(field, secret);
            if (restoreButton->isEnabled())
                QTest::mouseClick(restoreButton, Qt::LeftButton);
            else
                picker->reject();
        });
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->findChild<QAction *>(u"actionRestoreBackup"_s)->trigger();
        QVERIFY(asked);
        QCOMPARE(restore.count(), 1);
        QCOMPARE(restore.at(0).at(1).toString(), secret);

        // Turning encryption off again forgets the passphrase.
        PreferencesDialog off(m_window.get());
        off.findChild<QCheckBox *>(u"encryptBackupsCheck"_s)->setChecked(false);
        off.apply();
        QCOMPARE(BackupController::sessionPassphrase(), QString());
    }

    void failedBackupOnClosing_isShownAtTheNextStart()
    {
        // A file where the backup folder should be: every backup fails, also for root.
        QFile blocker(backupDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(m_window->close());
        QCOMPARE(BackupController::exitFailure(m_db->path()).has_value(), true);
        m_window.reset();

        m_window = std::make_unique<MainWindow>(*m_db); // the next start
        auto *label = m_window->findChild<QLabel *>(u"backupAgeLabel"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"backup on closing"_s) && label->text().contains(u"failed"_s),
                 qPrintable(label->text()));
        QVERIFY(!label->toolTip().isEmpty()); // the reason, for whoever looks
        m_window->backups()->refreshLabel(); // the minute timer does not hide it
        QVERIFY(label->text().contains(u"failed"_s));
        // Another database does not show this one's failure.
        QVERIFY(!BackupController::exitFailure(m_dir->filePath(u"elsewhere.db"_s)).has_value());

        // Once a backup succeeds the warning goes.
        QVERIFY(QFile::remove(backupDir()));
        QVERIFY(m_window->backups()->backupNow(true));
        QVERIFY(!BackupController::exitFailure(m_db->path()).has_value());
        QCOMPARE(label->text(), u"Last backup: just now"_s);
    }

    void hostileTextTypedIntoTheForm_comesBackLiterally()
    {
        // From the shared corpus: SQL injection, markup, bidi controls, a formula, accents and emoji.
        const QStringList all = test::hostileCorpus();
        QStringList typed;
        for (const QString &s : all) {
            if (!s.contains(u'\n') && s.size() <= 200) // line edits take neither line breaks nor 5000 characters
                typed << s;
        }
        QVERIFY(typed.size() >= 15);
        int tried = 0;
        for (const QString &s : std::as_const(typed)) {
            IntakeForm *form = m_window->newCase();
            QVERIFY(form);
            auto *name = form->findChild<QLineEdit *>(u"field_person_name"_s);
            auto *medical = form->findChild<QPlainTextEdit *>(u"field_medical_summary"_s);
            QVERIFY(name && medical);
            enter(name, s);
            enter(medical, s);
            QCOMPARE(name->text(), s);
            QVERIFY(form->save());
            const qint64 id = CaseRepository(*m_db).allIds()->constLast();
            auto stored = CaseRepository(*m_db).load(id);
            QVERIFY(stored.ok());
            QCOMPARE(stored->value(u"person_name"_s), s.trimmed());
            QCOMPARE(stored->value(u"medical_summary"_s), s.trimmed());
            // The saved form gives way to the case view, which shows the values as text.
            auto *view = qobject_cast<CaseDetailView *>(m_window->tabs()->currentWidget());
            QVERIFY(view && view->caseId() == id);
            QVERIFY2(showsLiterally(view, s.trimmed()), qPrintable(s));
            QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(view)));
            ++tried;
        }
        // Multi-line and over-long text, pasted into the medical summary; the over-long name is cut at its
        // limit by the field itself.
        IntakeForm *form = m_window->newCase();
        auto *name = form->findChild<QLineEdit *>(u"field_person_name"_s);
        auto *medical = form->findChild<QPlainTextEdit *>(u"field_medical_summary"_s);
        const QString longText = all.constLast();
        QCOMPARE(longText.size(), 5000);
        const QString lines = u"line one\nline two\nline three <b>x</b>"_s;
        enter(name, longText);
        QCOMPARE(name->text().size(), 200);
        enter(medical, lines + u'\n' + longText);
        QVERIFY(form->save());
        auto stored = CaseRepository(*m_db).load(CaseRepository(*m_db).allIds()->constLast());
        QVERIFY(stored.ok());
        QCOMPARE(stored->value(u"person_name"_s), longText.left(200));
        QCOMPARE(stored->value(u"medical_summary"_s), lines + u'\n' + longText);
        tried += 2;

        QCOMPARE(CaseRepository(*m_db).count().value(), 1 + typed.size() + 1);
        qInfo("hostile strings typed into the real form: %d", tried);
    }
};

QTEST_MAIN(TestDataSafetyGui)
#include "TestDataSafetyGui.moc"
