// GUI tests for packets and letters: the real main window, the case view's packet row, the letters
// dialog, the template editor and the batch dialog. File and print dialogs answer through their seams;
// what would have been printed goes to a PDF that pdftotext reads back.

#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "CasePacketPanel.h"
#include "FileDialog.h"
#include "GuiFixture.h"
#include "LetterDialog.h"
#include "LetterTemplateDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PacketBatchDialog.h"
#include "PacketFixture.h"
#include "PrintDialog.h"
#include "storage/LetterTemplateRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestPacketsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        FileDialog::setTestMode(true);
        PrintDialog::setTestMode(true);
    }
    void init();
    void cleanup();

    void caseView_saveAsPdf_usesTheChosenProfileAndIsAudited();
    void caseView_print_goesToThePrinterAndCancelPrintsNothing();
    void caseView_printPreview_showsEveryPageWithoutBlocking();
    void letters_openInTheFamilysLanguageAndSave();
    void templateEditor_warnsSavesAndResets();
    void batch_oneFileWithProgress_thenPerCaseCancelled();

private:
    CaseDetailView *openFullCase();
    template<typename T> T *find(QObject *root, const QString &name) const
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_volunteer = 0;
};

void TestPacketsGui::init()
{
    MessageBox::reset();
    FileDialog::reset();
    PrintDialog::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"test.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
    m_db = std::move(db).value();
    m_volunteer = test::addVolunteer(*m_db, u"Dana Whitfield"_s);
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPacketsGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(FileDialog::unexpectedCount(), 0);
    QCOMPARE(PrintDialog::unexpectedCount(), 0);
}

CaseDetailView *TestPacketsGui::openFullCase()
{
    const qint64 id = test::fullyDocumentedCase(*m_db, m_volunteer);
    if (id <= 0)
        return nullptr;
    m_window->caseList()->reload();
    return m_window->openCase(id);
}

void TestPacketsGui::caseView_saveAsPdf_usesTheChosenProfileAndIsAudited()
{
    CaseDetailView *view = openFullCase();
    QVERIFY(view);
    auto *profile = find<QComboBox>(view, u"packetProfileCombo"_s);
    QVERIFY(profile);
    profile->setCurrentIndex(profile->findData(u"external"_s));
    FileDialog::setNextFileName(path(u"external.pdf"_s));
    QTest::mouseClick(find<QPushButton>(view, u"packetSaveButton"_s), Qt::LeftButton);

    QVERIFY(test::isOwnerOnly(path(u"external.pdf"_s)));
    const QString text = test::pdfText(path(u"external.pdf"_s));
    QVERIFY(text.contains(u"José García"_s));
    QVERIFY(text.contains(u"Redaction profile: External."_s));
    QVERIFY(!text.contains(u"ana.garcia@example.org"_s));

    auto *audit = find<QTreeWidget>(view, u"auditTrail"_s);
    QVERIFY(audit);
    const QTreeWidgetItem *last = audit->topLevelItem(audit->topLevelItemCount() - 1);
    QCOMPARE(last->text(2), u"Packet saved as PDF"_s);
    QCOMPARE(last->text(3), u"Profile: external"_s);

    // A cancelled file dialog writes and records nothing.
    const int entries = audit->topLevelItemCount();
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(find<QPushButton>(view, u"packetSaveButton"_s), Qt::LeftButton);
    QCOMPARE(audit->topLevelItemCount(), entries);
}

void TestPacketsGui::caseView_print_goesToThePrinterAndCancelPrintsNothing()
{
    CaseDetailView *view = openFullCase();
    QVERIFY(view);
    auto *audit = find<QTreeWidget>(view, u"auditTrail"_s);
    const int before = audit->topLevelItemCount();

    PrintDialog::setNextAnswer(false);
    QTest::mouseClick(find<QPushButton>(view, u"packetPrintButton"_s), Qt::LeftButton);
    QCOMPARE(audit->topLevelItemCount(), before);

    PrintDialog::setNextAnswer(true, path(u"printed.pdf"_s));
    QTest::mouseClick(find<QPushButton>(view, u"packetPrintButton"_s), Qt::LeftButton);
    const QString text = test::pdfText(path(u"printed.pdf"_s));
    QVERIFY(text.contains(u"Clearinghouse case %1"_s.arg(view->caseId())));
    QVERIFY(text.contains(u"Page 1 of"_s));
    QVERIFY(text.contains(u"Sister prefers calls after 6 pm."_s)); // volunteer profile: staff notes included
    QVERIFY(test::isOwnerOnly(path(u"printed.pdf"_s)));
    QCOMPARE(audit->topLevelItemCount(), before + 1);
    QCOMPARE(audit->topLevelItem(before)->text(2), u"Packet printed"_s);

    // Printing over an existing world-readable file leaves it owner-only too.
    QFile::setPermissions(path(u"printed.pdf"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    PrintDialog::setNextAnswer(true, path(u"printed.pdf"_s));
    QTest::mouseClick(find<QPushButton>(view, u"packetPrintButton"_s), Qt::LeftButton);
    QVERIFY(test::isOwnerOnly(path(u"printed.pdf"_s)));
    QCOMPARE(audit->topLevelItemCount(), before + 2);
}

void TestPacketsGui::caseView_printPreview_showsEveryPageWithoutBlocking()
{
    CaseDetailView *view = openFullCase();
    QVERIFY(view);
    QTest::mouseClick(find<QPushButton>(view, u"packetPreviewButton"_s), Qt::LeftButton);
    QPointer<QPrintPreviewDialog> preview =
        m_window->findChild<QPrintPreviewDialog *>(u"printPreviewDialog"_s);
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    QTRY_VERIFY2(widget->pageCount() >= 6, qPrintable(QString::number(widget->pageCount())));
    auto *audit = find<QTreeWidget>(view, u"auditTrail"_s);
    const int before = audit->topLevelItemCount();
    preview->reject(); // closing the preview prints nothing and records nothing
    QTRY_VERIFY(preview.isNull()); // deleted on close
    QCOMPARE(audit->topLevelItemCount(), before);

    // Printing from the preview (the dialog is accepted) is recorded.
    QTest::mouseClick(find<QPushButton>(view, u"packetPreviewButton"_s), Qt::LeftButton);
    preview = m_window->findChild<QPrintPreviewDialog *>(u"printPreviewDialog"_s);
    QVERIFY(preview);
    // As if the preview's own print dialog had chosen "print to file" and written it with the usual umask:
    // accepting restricts the file to the owner.
    const QString file = path(u"previewed.pdf"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
    }
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    preview->printer()->setOutputFormat(QPrinter::PdfFormat);
    preview->printer()->setOutputFileName(file);
    preview->accept();
    QVERIFY(test::isOwnerOnly(file));
    QTRY_COMPARE(audit->topLevelItemCount(), before + 1);
    QCOMPARE(audit->topLevelItem(before)->text(2), u"Packet printed"_s);
}

void TestPacketsGui::letters_openInTheFamilysLanguageAndSave()
{
    CaseDetailView *view = openFullCase();
    QVERIFY(view);
    QTest::mouseClick(find<QPushButton>(view, u"lettersButton"_s), Qt::LeftButton);
    auto *dialog = m_window->findChild<LetterDialog *>(u"letterDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->language(), u"es"_s);    // the submitter writes Spanish
    QCOMPARE(dialog->kind(), u"in_review"_s); // the case is in screening
    QVERIFY(dialog->previewText().contains(u"está revisando la solicitud sobre José García"_s));
    QVERIFY(find<QLabel>(dialog, u"letterNote"_s)->text().contains(u"Spanish"_s));

    auto *kind = find<QComboBox>(dialog, u"letterKindCombo"_s);
    kind->setCurrentIndex(kind->findData(u"matched"_s));
    QVERIFY(dialog->previewText().contains(u"Dana Whitfield, Hill & Dale LLP"_s));
    auto *language = find<QComboBox>(dialog, u"letterLanguageCombo"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    QVERIFY(dialog->previewText().contains(u"has been matched with a volunteer lawyer"_s));

    FileDialog::setNextFileName(path(u"letter.pdf"_s));
    QTest::mouseClick(find<QPushButton>(dialog, u"letterSaveButton"_s), Qt::LeftButton);
    QVERIFY(test::isOwnerOnly(path(u"letter.pdf"_s)));
    QVERIFY(test::pdfText(path(u"letter.pdf"_s)).contains(u"Dear Ana García,"_s));
    auto *audit = find<QTreeWidget>(view, u"auditTrail"_s);
    QCOMPARE(audit->topLevelItem(audit->topLevelItemCount() - 1)->text(2), u"Letter saved as PDF"_s);
    dialog->reject();
}

void TestPacketsGui::templateEditor_warnsSavesAndResets()
{
    const qint64 id = test::fullyDocumentedCase(*m_db, m_volunteer);
    QVERIFY(id > 0);
    m_window->findChild<QAction *>(u"actionLetterTemplates"_s)->trigger();
    auto *dialog = m_window->findChild<LetterTemplateDialog *>(u"letterTemplateDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *kind = find<QComboBox>(dialog, u"templateKindCombo"_s);
    kind->setCurrentIndex(kind->findData(u"received"_s));
    auto *edit = find<QPlainTextEdit>(dialog, u"templateEdit"_s);
    QVERIFY(edit->toPlainText().contains(u"{{family_name}}"_s));
    QVERIFY(find<QLabel>(dialog, u"templateWarning"_s)->isHidden());
    QVERIFY(!find<QPushButton>(dialog, u"templateSaveButton"_s)->isEnabled());

    edit->setFocus();
    QTest::keyClicks(edit, u"Hola {{nombre}} "_s);
    QVERIFY(find<QLabel>(dialog, u"templateWarning"_s)->isVisible());
    QVERIFY(find<QLabel>(dialog, u"templateWarning"_s)->text().contains(u"{{nombre}}"_s));
    QTest::mouseClick(find<QPushButton>(dialog, u"templateSaveButton"_s), Qt::LeftButton);
    auto stored = LetterTemplateRepository(*m_db).load(u"received"_s, u"en"_s);
    QVERIFY(stored && !stored->isDefault);
    QVERIFY(stored->body.startsWith(u"Hola {{nombre}} "_s));
    QVERIFY(find<QLabel>(dialog, u"templateStatusLabel"_s)->text().startsWith(u"Edited by"_s));

    // Switching with unsaved changes asks; Cancel keeps the text and the choice.
    QTest::keyClicks(edit, u"x"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    kind->setCurrentIndex(kind->findData(u"matched"_s));
    QCOMPARE(kind->currentData().toString(), u"received"_s);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    kind->setCurrentIndex(kind->findData(u"received"_s) == 1 ? 0 : 1);
    kind->setCurrentIndex(kind->findData(u"received"_s));

    MessageBox::setNextAnswer(QMessageBox::Reset);
    QTest::mouseClick(find<QPushButton>(dialog, u"templateResetButton"_s), Qt::LeftButton);
    QVERIFY(LetterTemplateRepository(*m_db).load(u"received"_s, u"en"_s)->isDefault);
    QVERIFY(!edit->toPlainText().contains(u"{{nombre}}"_s));
    dialog->reject();
}

void TestPacketsGui::batch_oneFileWithProgress_thenPerCaseCancelled()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        CaseRecord c = test::validCase(u"Batch Person %1"_s.arg(i), u"2468%1-054"_s.arg(i));
        c.setValue(u"submission_id"_s, u"GUI-BATCH-%1"_s.arg(i));
        ids << test::fullyDocumentedCase(*m_db, m_volunteer, c);
        QVERIFY(ids.constLast() > 0);
    }
    m_window->findChild<QAction *>(u"actionPacketBatch"_s)->trigger();
    auto *dialog = m_window->findChild<PacketBatchDialog *>(u"packetBatchDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(find<QLabel>(dialog, u"batchCountLabel"_s)->text().startsWith(u"3 case"_s));
    find<QDateEdit>(dialog, u"batchSinceEdit"_s)->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(dialog->matchingCases(), ids);

    QSignalSpy finished(dialog, &PacketBatchDialog::batchFinished);
    FileDialog::setNextFileName(path(u"batch.pdf"_s));
    QTest::mouseClick(find<QPushButton>(dialog, u"batchStartButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QCOMPARE(find<QProgressBar>(dialog, u"batchProgress"_s)->value(), 3);
    QVERIFY(find<QLabel>(dialog, u"batchStatusLabel"_s)->text().contains(u"written"_s));
    QVERIFY(test::isOwnerOnly(path(u"batch.pdf"_s)));
    const QString text = test::pdfText(path(u"batch.pdf"_s));
    QCOMPARE(text.count(u"Page 1 of"_s), 3);

    find<QRadioButton>(dialog, u"batchPerCaseRadio"_s)->setChecked(true);
    FileDialog::setNextFileName(path(u"folder"_s));
    QTest::mouseClick(find<QPushButton>(dialog, u"batchStartButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(find<QPushButton>(dialog, u"batchCancelButton"_s)->isEnabled());
    QTest::mouseClick(find<QPushButton>(dialog, u"batchCancelButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY(find<QLabel>(dialog, u"batchStatusLabel"_s)->text().startsWith(u"Cancelled"_s));
    QVERIFY(!find<QPushButton>(dialog, u"batchCancelButton"_s)->isEnabled());
    QVERIFY(QDir(path(u"folder"_s)).entryList(QDir::Files).size() < 3);
    dialog->reject();
}

QTEST_MAIN(TestPacketsGui)
#include "TestPacketsGui.moc"
