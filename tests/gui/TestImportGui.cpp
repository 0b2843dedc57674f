// GUI tests for File > Import…, the import summary, the import quarantine and File > Export…: the real main
// window, driven offscreen. File names come through the FileDialog seam, questions through MessageBox.

#include "CaseListPage.h"
#include "ColumnMappingEditor.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "ImportSummaryDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "QuarantinePage.h"
#include "io/ImportJob.h"
#include "io/ImportPresets.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/QuarantineModel.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QFile>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestImportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importFixtureCsv_previewImportAndSummary();
    void differentHeaders_suggestedRemappedAndSavedAsPreset();
    void cancelMidway_leavesDatabaseUnchanged();
    void quarantinedRow_correctedReimportedOrDiscarded();
    void export_writesOwnerOnlyCsv();
    void unreadableFileOrCancelledChoice_importsNothing();
    void markupInTheFile_tooltipsShowItLiterally();

private:
    // The text a tooltip shows: Qt renders it as HTML when it looks like HTML (QToolTip is an AutoText label).
    static QString shownText(const QString &tip)
    {
        if (!Qt::mightBeRichText(tip))
            return tip;
        QTextDocument document;
        document.setHtml(tip);
        return document.toPlainText();
    }
    static QString fixture(const QString &name)
    {
        return QStringLiteral(CH_FIXTURES_DIR) + u"/import/"_s + name;
    }
    bool activateMainWindow();
    ImportDialog *openImport(const QString &file);
    ImportSummaryDialog *runImport(ImportDialog *dialog);
    int countOf(const QString &table) const
    {
        return Sql::scalar(m_db->connection(), u"SELECT count(*) FROM "_s + table)->toInt();
    }
    template<typename T> T *find(QObject *root, const QString &objectName) const
    {
        T *w = root->findChild<T *>(objectName);
        if (!w)
            qWarning("no widget %s", qPrintable(objectName));
        return w;
    }
    void click(QObject *root, const QString &button)
    {
        auto *b = find<QPushButton>(root, button);
        QVERIFY(b);
        QVERIFY2(b->isEnabled() && b->isVisible(), qPrintable(button));
        QTest::mouseClick(b, Qt::LeftButton);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestImportGui::initTestCase()
{
    MessageBox::setTestMode(true);
    FileDialog::setTestMode(true);
}

void TestImportGui::init()
{
    MessageBox::reset();
    FileDialog::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"test.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
    m_db = std::move(db).value();
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestImportGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(FileDialog::unexpectedCount(), 0);
    QCOMPARE(FileDialog::pendingAnswers(), 0);
}

bool TestImportGui::activateMainWindow()
{
    // Dialogs closed with WA_DeleteOnClose go at the next event-loop turn; then the window takes the keys
    // again.
    if (!QTest::qWaitFor([this] {
            return !m_window->findChild<ImportDialog *>() && !m_window->findChild<ImportSummaryDialog *>();
        }))
        return false;
    QApplication::setActiveWindow(m_window.get());
    return QTest::qWaitForWindowActive(m_window.get());
}

ImportDialog *TestImportGui::openImport(const QString &file)
{
    if (!activateMainWindow())
        return nullptr;
    FileDialog::setNextFileName(file);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier); // File > Import…
    ImportDialog *dialog = m_window->findChild<ImportDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

ImportSummaryDialog *TestImportGui::runImport(ImportDialog *dialog)
{
    auto *import = dialog->findChild<QPushButton *>(u"startImportButton"_s);
    if (!import || !import->isEnabled())
        return nullptr;
    QTest::mouseClick(import, Qt::LeftButton);
    ImportSummaryDialog *summary = nullptr;
    (void)QTest::qWaitFor([&] { return (summary = m_window->findChild<ImportSummaryDialog *>()) != nullptr; },
                          20000);
    return summary;
}

void TestImportGui::importFixtureCsv_previewImportAndSummary()
{
    ImportDialog *dialog = openImport(fixture(u"good.csv"_s));
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), int(ImportDialog::PreviewPage));
    auto *preview = find<QTableWidget>(dialog, u"previewTable"_s);
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"submission_id"_s);
    QCOMPARE(preview->item(0, 0)->text(), u"F-1001"_s);
    click(dialog, u"nextButton"_s);
    QCOMPARE(dialog->currentPage(), int(ImportDialog::MappingPage));
    // Template names need no mapping.
    QVERIFY(dialog->mappingEditor()->mapping().isEmpty());
    QVERIFY(!dialog->mappingEditor()->fieldChoice(u"person_name"_s)->isEnabled());

    ImportSummaryDialog *summary = runImport(dialog);
    QVERIFY(summary);
    QCOMPARE(find<QLabel>(summary, u"importedCount"_s)->text(), u"4"_s);
    QCOMPARE(find<QLabel>(summary, u"duplicatesCount"_s)->text(), u"0"_s);
    QCOMPARE(find<QLabel>(summary, u"rejectedCount"_s)->text(), u"0"_s);
    QCOMPARE(summary->findChild<QTableWidget *>(u"rejectsTable"_s), nullptr);
    QCOMPARE(m_window->caseList()->model()->rowCount(), 4);
    QTRY_VERIFY(m_window->findChild<ImportDialog *>() == nullptr); // it closed itself
    click(summary, u"closeSummaryButton"_s);

    // The same file again: only duplicates; a returning person is flagged in its own table.
    const QString later = m_dir->filePath(u"later.csv"_s);
    QFile f(later);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "submission_id,person_name,register_number,submitted_at\r\nF-9,José Luis Hernández Peña,12345-004,"
        "2026-06-01\r\nF-1001,Someone,12345-004,2026-03-02\r\n");
    f.close();
    dialog = openImport(later);
    QVERIFY(dialog);
    click(dialog, u"nextButton"_s);
    summary = runImport(dialog);
    QVERIFY(summary);
    QCOMPARE(find<QLabel>(summary, u"importedCount"_s)->text(), u"1"_s);
    QCOMPARE(find<QLabel>(summary, u"duplicatesCount"_s)->text(), u"1"_s);
    QCOMPARE(find<QLabel>(summary, u"returningCount"_s)->text(), u"1"_s);
    auto *returning = find<QTableWidget>(summary, u"returningTable"_s);
    QVERIFY(returning);
    QCOMPARE(returning->rowCount(), 1);
    QCOMPARE(returning->item(0, 0)->text(), u"2"_s);
    QCOMPARE(returning->item(0, 2)->text(), u"José Luis Hernández Peña"_s);
    summary->close();
}

void TestImportGui::differentHeaders_suggestedRemappedAndSavedAsPreset()
{
    ImportDialog *dialog = openImport(fixture(u"mapped.csv"_s));
    QVERIFY(dialog);
    click(dialog, u"nextButton"_s);
    ColumnMappingEditor *editor = dialog->mappingEditor();
    QCOMPARE(editor->mapping().value(u"BOP Number"_s), u"register_number"_s);
    QCOMPARE(editor->mapping().value(u"Incarcerated Person"_s), u"person_name"_s);
    QVERIFY(!editor->mapping().contains(u"Favorite Color"_s));

    // Two columns for one field: refused at once.
    QComboBox *yourName = editor->fieldChoice(u"Your Name"_s);
    yourName->setCurrentIndex(yourName->findData(u"person_name"_s));
    QVERIFY(!find<QPushButton>(dialog, u"startImportButton"_s)->isEnabled());
    QVERIFY(find<QLabel>(dialog, u"mappingStatus"_s)->text().contains(u"Your Name"_s));
    yourName->setCurrentIndex(yourName->findData(u"submitter_name"_s));
    QVERIFY(find<QPushButton>(dialog, u"startImportButton"_s)->isEnabled());

    // Remap: the prison column stays an extra answer, the colour column fills "other circumstances".
    QComboBox *prison = editor->fieldChoice(u"Prison"_s);
    prison->setFocus();
    prison->setCurrentIndex(0);
    QComboBox *colour = editor->fieldChoice(u"Favorite Color"_s);
    colour->setCurrentIndex(colour->findData(u"other_summary"_s));
    auto *presetName = find<QLineEdit>(dialog, u"presetName"_s);
    presetName->setFocus();
    QTest::keyClicks(presetName, u"Form B"_s);
    click(dialog, u"savePresetButton"_s);
    auto saved = ImportPresets(m_db->connection()).load(u"Form B"_s);
    QVERIFY(saved);
    QCOMPARE(saved->value(u"Favorite Color"_s), u"other_summary"_s);
    QVERIFY(!saved->contains(u"Prison"_s));

    ImportSummaryDialog *summary = runImport(dialog);
    QVERIFY(summary);
    QCOMPARE(find<QLabel>(summary, u"importedCount"_s)->text(), u"2"_s);
    auto c = CaseRepository(*m_db).load(1);
    QVERIFY(c);
    QCOMPARE(c->value(u"person_name"), u"Ramón Díaz Ortega"_s);
    QCOMPARE(c->value(u"register_number"), u"23456-018"_s);
    QCOMPARE(c->value(u"other_summary"), u"blue"_s);
    QCOMPARE(c->value(u"facility"), QString());
    QCOMPARE(c->extraAnswers.value("Prison"_L1).toString(), u"FCI Terminal Island"_s);
    summary->close();

    // The preset is offered next time and restores the choices.
    dialog = openImport(fixture(u"mapped.csv"_s));
    QVERIFY(dialog);
    click(dialog, u"nextButton"_s);
    auto *presets = find<QComboBox>(dialog, u"presetChoice"_s);
    QCOMPARE(presets->currentText(), u"Form B"_s);
    QCOMPARE(dialog->mappingEditor()->fieldChoice(u"Prison"_s)->currentData().toString(), u"facility"_s);
    click(dialog, u"loadPresetButton"_s);
    QCOMPARE(dialog->mappingEditor()->fieldChoice(u"Prison"_s)->currentData().toString(), QString());
    QCOMPARE(dialog->mappingEditor()->fieldChoice(u"Favorite Color"_s)->currentData().toString(),
             u"other_summary"_s);
    click(dialog, u"closeImportButton"_s);
    QTRY_VERIFY(m_window->findChild<ImportDialog *>() == nullptr);
}

void TestImportGui::cancelMidway_leavesDatabaseUnchanged()
{
    // Something already in the database, so "unchanged" is not merely "empty".
    ImportDialog *earlier = openImport(fixture(u"bad_date.csv"_s));
    QVERIFY(earlier);
    click(earlier, u"nextButton"_s);
    ImportSummaryDialog *summary = runImport(earlier);
    QVERIFY(summary);
    summary->close();
    QTRY_VERIFY(m_window->findChild<ImportSummaryDialog *>() == nullptr);

    const QString big = m_dir->filePath(u"big.csv"_s);
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("submission_id,person_name,register_number,date_of_birth\r\n");
    for (int i = 0; i < 600; ++i)
        f.write(u"B-%1,Person %1,%2-054,1950-01-01\r\n"_s.arg(i).arg(10000 + i).toUtf8());
    f.write("B-bad,Bad Date,99999-054,1950-02-30\r\n");
    f.close();
    const QStringList tables{u"cases"_s,     u"persons"_s,        u"import_quarantine"_s,
                             u"audit_log"_s, u"status_history"_s, u"submitters"_s};
    QList<int> before;
    for (const QString &t : tables)
        before << countOf(t);

    ImportDialog *dialog = openImport(big);
    QVERIFY(dialog);
    click(dialog, u"nextButton"_s);
    // Hold the worker at its first progress report past 90 % (beyond the first batch of 500 rows, which an
    // import without a whole-file transaction would have committed) until Cancel has been clicked, so that
    // the cancel certainly lands mid-way; the window keeps processing events meanwhile.
    QSemaphore reached;
    QSemaphore proceed;
    bool first = true;
    connect(dialog, &ImportDialog::importStarted, this, [&] {
        connect(
            dialog->runningJob(), &ImportJob::progressed, dialog->runningJob(),
            [&](qint64 done, qint64 total) {
                if (!first || done * 10 < total * 9)
                    return;
                first = false;
                reached.release();
                proceed.acquire();
            },
            Qt::DirectConnection);
    });
    click(dialog, u"startImportButton"_s);
    QVERIFY(QTest::qWaitFor([&] { return reached.tryAcquire(); }, 20000));
    QCOMPARE(dialog->currentPage(), int(ImportDialog::ProgressPage));
    QVERIFY(find<QProgressBar>(dialog, u"importProgress"_s)->isVisible());
    QVERIFY(!find<QPushButton>(dialog, u"closeImportButton"_s)->isEnabled());
    click(dialog, u"cancelImportButton"_s);
    QVERIFY(dialog->runningJob()->isCancelRequested());
    proceed.release();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(dialog, u"importNotice"_s)->isVisible(), 20000);
    QVERIFY(find<QLabel>(dialog, u"importNotice"_s)->text().contains(u"cancelled"_s));
    QCOMPARE(dialog->currentPage(), int(ImportDialog::MappingPage));
    QCOMPARE(m_window->findChild<ImportSummaryDialog *>(), nullptr);
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(countOf(tables.at(i)), before.at(i));

    // The same dialog can run the import in full afterwards.
    summary = runImport(dialog);
    QVERIFY(summary);
    QCOMPARE(find<QLabel>(summary, u"importedCount"_s)->text(), u"600"_s);
    QCOMPARE(find<QLabel>(summary, u"rejectedCount"_s)->text(), u"1"_s);
    summary->close();
}

void TestImportGui::quarantinedRow_correctedReimportedOrDiscarded()
{
    ImportDialog *dialog = openImport(fixture(u"bad_date.csv"_s));
    QVERIFY(dialog);
    click(dialog, u"nextButton"_s);
    ImportSummaryDialog *summary = runImport(dialog);
    QVERIFY(summary);
    QCOMPARE(find<QLabel>(summary, u"rejectedCount"_s)->text(), u"3"_s);
    auto *rejects = find<QTableWidget>(summary, u"rejectsTable"_s);
    QVERIFY(rejects);
    QCOMPARE(rejects->rowCount(), 3);
    QCOMPARE(rejects->item(1, 0)->text(), u"3"_s);
    QCOMPARE(rejects->item(1, 1)->text(), u"date_of_birth"_s);
    QVERIFY(rejects->item(1, 2)->text().contains(u"not a date"_s));
    click(summary, u"openQuarantineButton"_s);

    auto *page = qobject_cast<QuarantinePage *>(m_window->tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 3);
    const int casesBefore = m_window->caseList()->model()->rowCount();

    // Row 3 of the file: 1950-02-30 is no date. Select it, correct the value by keyboard, import it again.
    QTableView *table = page->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(page->model()->index(1, QuarantineModel::FileColumn)).center());
    QCOMPARE(page->currentEntryId(), page->model()->entryAt(1)->id);
    auto *values = find<QTableWidget>(page, u"quarantineValues"_s);
    int dobRow = -1;
    for (int r = 0; r < values->rowCount(); ++r) {
        if (values->item(r, 0)->text() == u"date_of_birth")
            dobRow = r;
    }
    QVERIFY(dobRow >= 0);
    QCOMPARE(values->item(dobRow, 1)->text(), u"1950-02-30"_s);
    values->setFocus();
    values->setCurrentCell(dobRow, 1);
    QTest::keyClick(values, Qt::Key_F2);
    auto *editor = values->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"1950-02-28"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(values->item(dobRow, 1)->text(), u"1950-02-28"_s); // the delegate commits on the next turn
    click(page, u"retryButton"_s);
    QVERIFY(find<QLabel>(page, u"quarantineResult"_s)->text().contains(u"imported as case"_s));
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(m_window->caseList()->model()->rowCount(), casesBefore + 1);

    // A retry without a useful correction stays in the quarantine with its reason.
    page->selectRow(0);
    click(page, u"retryButton"_s);
    QVERIFY(find<QLabel>(page, u"quarantineResult"_s)->text().startsWith(u"Still not imported"_s));
    QCOMPARE(page->model()->rowCount(), 2);

    // Discard asks first; Cancel keeps the row, Discard removes it and the audit log keeps it.
    const qint64 id = page->currentEntryId();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    click(page, u"discardButton"_s);
    QCOMPARE(page->model()->rowCount(), 2);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    click(page, u"discardButton"_s);
    QCOMPARE(page->model()->rowCount(), 1);
    auto log = AuditLog::entries(m_db->connection(), u"import_quarantine"_s, id);
    QVERIFY(log);
    QCOMPARE(log->last().action, u"discard"_s);
}

void TestImportGui::export_writesOwnerOnlyCsv()
{
    ImportDialog *dialog = openImport(fixture(u"good.csv"_s));
    QVERIFY(dialog);
    click(dialog, u"nextButton"_s);
    ImportSummaryDialog *summary = runImport(dialog);
    QVERIFY(summary);
    summary->close();
    const QString path = m_dir->filePath(u"out"_s); // no suffix: CSV
    QVERIFY(activateMainWindow());
    FileDialog::setNextFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QFile f(path + u".csv"_s);
    QVERIFY(f.exists());
    QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readLine().startsWith("\xEF\xBB\xBFsubmission_id,submitted_at,"));
}

void TestImportGui::unreadableFileOrCancelledChoice_importsNothing()
{
    // No file chosen: nothing opens.
    QVERIFY(activateMainWindow());
    FileDialog::setNextFileName(QString());
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_window->findChild<ImportDialog *>(), nullptr);

    // A file that is not a questionnaire export: a sentence saying why, and no import dialog.
    FileDialog::setNextFileName(fixture(u"not_array.json"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_window->findChild<ImportDialog *>(), nullptr);
    QVERIFY2(MessageBox::lastText().contains(u"not_array.json cannot be imported"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(countOf(u"cases"_s), 0);
}

QTEST_MAIN(TestImportGui)
#include "TestImportGui.moc"

void TestImportGui::markupInTheFile_tooltipsShowItLiterally()
{
    const QStringList values{u"<img src=x>"_s, u"<b>bold</b> & <i>more</i>"_s};
    QVERIFY(Qt::mightBeRichText(values.at(0)) && Qt::mightBeRichText(values.at(1))); // else the test proves nothing
    const QString path = m_dir->filePath(u"markup.csv"_s);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("person_name,medical_summary\n\"<img src=x>\",\"<b>bold</b> & <i>more</i>\"\n");
    csv.close();

    ImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    auto *preview = find<QTableWidget>(dialog, u"previewTable"_s);
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 1);
    for (int c = 0; c < values.size(); ++c) {
        QCOMPARE(preview->item(0, c)->text(), values.at(c));
        QCOMPARE(shownText(preview->item(0, c)->toolTip()), values.at(c));
    }
    auto *mapping = find<QTableWidget>(dialog, u"mappingTable"_s);
    QVERIFY(mapping);
    QCOMPARE(mapping->rowCount(), 2);
    for (int r = 0; r < values.size(); ++r)
        QCOMPARE(shownText(mapping->item(r, 1)->toolTip()), values.at(r));
    dialog->close();
}
