// Data safety in the GUI: backups from the main window, the backup age in the status bar, restore that
// checks first, and the dialog that offers only safe ways on when a database cannot be opened.

#include "BackupController.h"
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

using namespace Qt::StringLiterals;
using namespace ch;

class TestDataSafetyGui : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    QString backupDir() const { return BackupService::defaultDirectory(m_db->path()); }

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
        auto db = Database::open(m_dir->filePath(u"gui.db"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        test::seed(*m_db, test::makeCase(u"Rosa Díaz"_s, u"12345-004"_s));
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
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
                                                       DatabaseProblemDialog::ChooseAnother, DatabaseProblemDialog::Quit}));
        const Error newer = Error::make(Error::Kind::NewerSchema, u"Newer."_s);
        QCOMPARE(DatabaseProblemDialog::choicesFor(newer, true),
                 (QList<DatabaseProblemDialog::Choice>{DatabaseProblemDialog::ChooseAnother, DatabaseProblemDialog::Quit}));
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

    void idleLock_locksAfterTheConfiguredTime()
    {
        IdleLock::setIdleMinutes(0);
        IdleLock off(m_window.get());
        QTest::qWait(50);
        QVERIFY(!off.isLocked());
        IdleLock::setIdleMinutes(10);
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
};

QTEST_MAIN(TestDataSafetyGui)
#include "TestDataSafetyGui.moc"
