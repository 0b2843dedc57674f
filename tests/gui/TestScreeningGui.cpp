// GUI tests for screening: the screening panel, the reasons checklist and the screening queue, driven in
// the real main window offscreen. Widgets are found by object name; modal questions go through the
// MessageBox seam.

#include "CaseDetailView.h"
#include "FieldEditor.h"
#include "GuiFixture.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReasonsChecklist.h"
#include "ScreeningPanel.h"
#include "ScreeningQueuePage.h"
#include "demo/DemoDataGenerator.h"
#include "itemmodels/ReasonChecklistModel.h"
#include "itemmodels/ScreeningQueueModel.h"
#include "screening/ScreeningEngine.h"
#include "screening/ScreeningStore.h"
#include "storage/AuditLog.h"
#include "storage/ReasonRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestScreeningGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init();
    void cleanup();

    void queueToPanel_missingFieldOpensFormAndSavingRescreens();
    void screenedOutCase_showsReferralToCopy();
    void reasonsChecklist_assessmentAndEvidencePersist();
    void evidenceDialog_refusesABadDate();
    void rescreenAll_updatesTheAsOfDate();
    void contestedReason_isMarkedForTheCircuit();
    void demoData_queueByOutcomeOpensEachCase();

private:
    CaseDetailView *currentView() const
    {
        return qobject_cast<CaseDetailView *>(m_window->tabs()->currentWidget());
    }
    template<typename T> T *in(QWidget *root, const QString &name) const
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QDialog *waitForEvidenceDialog(QWidget *root) const
    {
        QDialog *d = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (d = root->findChild<QDialog *>(u"evidenceDialog"_s)) && d->isVisible(); }))
            return nullptr;
        return d;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreeningGui::init()
{
    MessageBox::reset();
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

void TestScreeningGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestScreeningGui::queueToPanel_missingFieldOpensFormAndSavingRescreens()
{
    // makeCase leaves sentence_status empty: the gates cannot decide.
    const qint64 id = test::seed(*m_db, test::makeCase(u"Luis Díaz"_s, u"12345-054"_s, u"1955-03-14"_s));
    QVERIFY(id);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *queue = m_window->screeningQueue();
    QCOMPARE(m_window->tabs()->currentWidget(), queue);
    in<QComboBox>(queue, u"queueOutcomeFilter"_s)->setCurrentIndex(1); // needs information
    auto *table = in<QTableView>(queue, u"screeningQueueTable"_s);
    ScreeningQueueModel *model = queue->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(
        model->index(0, ScreeningQueueModel::DetailColumn).data().toString().contains(u"Sentence status"_s));

    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CaseDetailView *view = currentView();
    QVERIFY(view);
    QCOMPARE(view->caseId(), id);
    ScreeningPanel *panel = view->screeningPanel();
    QVERIFY(panel->isVisible()); // the queue opens the case at its screening
    QCOMPARE(in<QLabel>(panel, u"screeningOutcome"_s)->text(), u"Needs information"_s);
    QVERIFY(in<QLabel>(panel, u"screeningRuleSet"_s)->text().contains(u"ussg-1b1.13-2023-11-01"_s));
    // No request to the warden yet: no exhaustion date, and the answer is one click away.
    QCOMPARE(in<QLabel>(panel, u"exhaustionDate"_s)->text(), u"No date yet"_s);
    QVERIFY(in<QPushButton>(panel, u"missingField_warden_request_date"_s));
    QVERIFY(!in<QLabel>(panel, u"keyDateExplanation_age_prong"_s)->text().isEmpty());

    // The BOP 5050.50 view sits beside the USSG view when asked for.
    auto *bop = in<QGroupBox>(panel, u"bopDates"_s);
    QVERIFY(!bop->isVisible());
    QTest::mouseClick(in<QCheckBox>(panel, u"bopViewToggle"_s), Qt::LeftButton, {}, QPoint(8, 8));
    QTRY_VERIFY(bop->isVisible());
    QVERIFY(in<QLabel>(bop, u"keyDate_bop_other_elderly"_s));

    QTest::mouseClick(in<QPushButton>(panel, u"missingField_sentence_status"_s), Qt::LeftButton);
    auto *form = qobject_cast<IntakeForm *>(m_window->tabs()->currentWidget());
    QVERIFY(form);
    QCOMPARE(form->caseId(), id);
    QTRY_VERIFY(form->editor(u"sentence_status"_s)->owns(QApplication::focusWidget()));

    auto *status = qobject_cast<QComboBox *>(form->editor(u"sentence_status"_s)->firstInput());
    QVERIFY(status);
    status->setCurrentIndex(status->findData(u"sentenced"_s));
    QVERIFY(form->save());

    view = currentView();
    QVERIFY(view);
    panel = view->screeningPanel();
    QTRY_COMPARE(in<QLabel>(panel, u"screeningOutcome"_s)->text(), u"Screened in"_s);
    auto *history = in<QTreeWidget>(panel, u"screeningHistory"_s);
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(1)->text(3), u"Needs information"_s);
    QVERIFY(!panel->findChild<QPushButton *>(u"missingField_sentence_status"_s));
    // The queue follows: the case is no longer waiting for information. (A hidden queue is read again
    // when it is shown, not on every save: at 100,000 cases it holds tens of thousands of rows.)
    m_window->showScreeningQueue();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->countOf(u"screened_in"_s), 1);
}

void TestScreeningGui::screenedOutCase_showsReferralToCopy()
{
    CaseRecord r = test::makeCase(u"Fatima Haddad"_s, u"88888-034"_s);
    r.setValue(u"court_type"_s, u"state"_s);
    const qint64 id = test::seed(*m_db, r);
    CaseDetailView *view = m_window->openCase(id);
    view->showScreening();
    ScreeningPanel *panel = view->screeningPanel();
    QCOMPARE(in<QLabel>(panel, u"screeningOutcome"_s)->text(), u"Screened out"_s);
    QVERIFY(in<QLabel>(panel, u"screeningReasons"_s)->text().contains(u"Not a federal case"_s));
    QVERIFY(!in<QGroupBox>(panel, u"exhaustionBox"_s)->isVisible());
    QVERIFY(in<QGroupBox>(panel, u"referralBox"_s)->isVisible());
    auto *text = in<QPlainTextEdit>(panel, u"referralText"_s);
    QVERIFY(text->toPlainText().contains(u"state"_s));

    QApplication::clipboard()->clear();
    QTest::mouseClick(in<QPushButton>(panel, u"copyReferralButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());
    QCOMPARE(in<QLabel>(panel, u"referralCopiedLabel"_s)->text(), u"Copied."_s);

    auto *language = in<QComboBox>(panel, u"referralLanguage"_s);
    language->setCurrentIndex(language->findData(u"es"_s));
    QVERIFY(text->toPlainText().startsWith(u"Gracias"_s));

    // In the queue it waits for its referral.
    m_window->showScreeningQueue();
    m_window->screeningQueue()->setOutcomeFilter(u"screened_out"_s);
    QCOMPARE(m_window->screeningQueue()->model()->rowCount(), 1);
}

void TestScreeningGui::reasonsChecklist_assessmentAndEvidencePersist()
{
    const qint64 id =
        test::seed(*m_db, test::makeCase(u"Maria Lopez"_s, u"22222-054"_s)); // claims terminal_illness;age
    CaseDetailView *view = m_window->openCase(id);
    view->showReasons();
    ReasonsChecklist *list = view->reasonsChecklist();
    QVERIFY(list->isVisible());
    QCOMPARE(list->currentReason(), u"terminal_illness"_s); // starts at the first claimed reason
    QCOMPARE(in<QLabel>(list, u"reasonClaimed"_s)->text(), u"Claimed by the family in the questionnaire."_s);
    auto *table = in<QTableView>(list, u"reasonsTable"_s);
    QCOMPARE(table->model()->rowCount(), 13);

    auto *assessment = in<QComboBox>(list, u"reasonAssessment"_s);
    assessment->setCurrentIndex(assessment->findData(u"likely"_s));
    auto *narrative = in<QPlainTextEdit>(list, u"reasonNarrative"_s);
    narrative->setFocus();
    QTest::keyClicks(narrative, u"Hospice referral in the BOP records"_s);
    auto *save = in<QPushButton>(list, u"saveAssessmentButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    const int row = list->model()->rowOfCode(u"terminal_illness"_s);
    QCOMPARE(table->model()->index(row, ReasonChecklistModel::AssessmentColumn).data().toString(),
             u"Likely"_s);

    QTest::mouseClick(in<QPushButton>(list, u"addEvidenceButton"_s), Qt::LeftButton);
    QDialog *dialog = waitForEvidenceDialog(list);
    QVERIFY(dialog);
    auto *type = in<QComboBox>(dialog, u"evidenceType"_s);
    type->setCurrentIndex(type->findData(u"bop_medical_records"_s));
    in<QLineEdit>(dialog, u"evidenceDescription"_s)->setText(u"Oncology notes 2026"_s);
    in<QLineEdit>(dialog, u"evidenceRequested"_s)->setText(u"2026-09-01"_s);
    in<QLineEdit>(dialog, u"evidenceReceived"_s)->setText(u"2026-09-20"_s);
    in<QLineEdit>(dialog, u"evidenceFileReference"_s)->setText(u"box 4 / folder 12"_s);
    QTest::mouseClick(in<QDialogButtonBox>(dialog, u"evidenceButtons"_s)->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    auto *evidence = in<QTreeWidget>(list, u"evidenceList"_s);
    QTRY_COMPARE(evidence->topLevelItemCount(), 1);
    QCOMPARE(evidence->topLevelItem(0)->text(4), u"box 4 / folder 12"_s);

    // A narrative typed for another reason is kept when the reviewer moves on.
    QVERIFY(list->selectReason(u"age"_s));
    QTest::keyClicks(narrative, u"Turns 65 next spring"_s);
    QVERIFY(list->selectReason(u"rehabilitation"_s));
    QVERIFY(in<QLabel>(list, u"combinedFactorNote"_s)->isVisible());

    // Close the case, open it again: everything was saved.
    QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(view)));
    view = m_window->openCase(id);
    view->showReasons();
    list = view->reasonsChecklist();
    QVERIFY(list->selectReason(u"terminal_illness"_s));
    assessment = in<QComboBox>(list, u"reasonAssessment"_s);
    QCOMPARE(assessment->currentData().toString(), u"likely"_s);
    QCOMPARE(in<QPlainTextEdit>(list, u"reasonNarrative"_s)->toPlainText(),
             u"Hospice referral in the BOP records"_s);
    evidence = in<QTreeWidget>(list, u"evidenceList"_s);
    QCOMPARE(evidence->topLevelItemCount(), 1);
    QCOMPARE(evidence->topLevelItem(0)->text(1), u"Oncology notes 2026"_s);
    QVERIFY(list->selectReason(u"age"_s));
    QCOMPARE(in<QPlainTextEdit>(list, u"reasonNarrative"_s)->toPlainText(), u"Turns 65 next spring"_s);

    // The audit trail says what happened.
    auto *audit = in<QTreeWidget>(view, u"auditTrail"_s);
    QStringList actions;
    for (int i = 0; i < audit->topLevelItemCount(); ++i)
        actions << audit->topLevelItem(i)->text(2);
    QVERIFY2(actions.contains(u"Reason assessed"_s) && actions.contains(u"Evidence added"_s),
             qPrintable(actions.join(u", "_s)));

    // Removing asks first.
    QVERIFY(list->selectReason(u"terminal_illness"_s));
    evidence = in<QTreeWidget>(list, u"evidenceList"_s);
    evidence->setCurrentItem(evidence->topLevelItem(0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(in<QPushButton>(list, u"removeEvidenceButton"_s), Qt::LeftButton);
    QCOMPARE(evidence->topLevelItemCount(), 0);
    auto stored = ReasonRepository(*m_db).forCase(id);
    QVERIFY(stored.ok());
    for (const ReasonAssessment &a : *stored)
        QVERIFY(a.evidence.isEmpty());
}

void TestScreeningGui::evidenceDialog_refusesABadDate()
{
    const qint64 id = test::seed(*m_db, test::makeCase(u"Ana Lopez"_s, u"44444-112"_s));
    CaseDetailView *view = m_window->openCase(id);
    view->showReasons();
    ReasonsChecklist *list = view->reasonsChecklist();
    QTest::mouseClick(in<QPushButton>(list, u"addEvidenceButton"_s), Qt::LeftButton);
    QDialog *dialog = waitForEvidenceDialog(list);
    QVERIFY(dialog);
    in<QLineEdit>(dialog, u"evidenceRequested"_s)->setText(u"2026-13-01"_s);
    QTest::mouseClick(in<QDialogButtonBox>(dialog, u"evidenceButtons"_s)->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(in<QLabel>(dialog, u"evidenceError"_s)->text().contains(u"YYYY-MM-DD"_s));
    in<QLineEdit>(dialog, u"evidenceRequested"_s)->setText(u"2026-10-02"_s);
    in<QLineEdit>(dialog, u"evidenceReceived"_s)->setText(u"2026-10-01"_s);
    QTest::mouseClick(in<QDialogButtonBox>(dialog, u"evidenceButtons"_s)->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(in<QLabel>(dialog, u"evidenceError"_s)->text().contains(u"before it was requested"_s));
    dialog->reject();
    QCOMPARE(in<QTreeWidget>(list, u"evidenceList"_s)->topLevelItemCount(), 0);
}

void TestScreeningGui::rescreenAll_updatesTheAsOfDate()
{
    const qint64 id = test::seed(*m_db, test::makeCase(u"John Smith"_s, u"33333-077"_s, u"1948-11-30"_s));
    auto record = CaseRepository(*m_db).load(id);
    QVERIFY(record.ok());
    auto old = ScreeningEngine::screenWithBuiltInRules(*record, QDate(2024, 1, 1));
    QVERIFY(old.ok());
    old->caseId = id;
    QVERIFY(ScreeningStore::store(m_db->connection(), *old).ok());
    CaseDetailView *view = m_window->openCase(id);
    auto *history = in<QTreeWidget>(view->screeningPanel(), u"screeningHistory"_s);
    QCOMPARE(history->topLevelItemCount(), 2);

    m_window->showScreeningQueue();
    auto *queue = m_window->screeningQueue();
    const int row = queue->model()->rowOfCase(id);
    QCOMPARE(
        queue->model()->index(row, ScreeningQueueModel::AsOfColumn).data(ScreeningQueueModel::RawValueRole),
        QVariant(u"2024-01-01"_s));
    QTest::mouseClick(in<QPushButton>(queue, u"rescreenAllButton"_s), Qt::LeftButton);
    QTRY_COMPARE(queue->model()
                     ->index(queue->model()->rowOfCase(id), ScreeningQueueModel::AsOfColumn)
                     .data(ScreeningQueueModel::RawValueRole),
                 QVariant(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(in<QLabel>(queue, u"queueCounts"_s)->text().startsWith(u"Screened 1 case"_s));
    QCOMPARE(history->topLevelItemCount(), 3); // open case views follow

    // One case can be screened again from its own panel.
    QVERIFY(ScreeningStore::store(m_db->connection(), *old).ok());
    view->reload();
    QCOMPARE(history->topLevelItemCount(), 4);
    QTest::mouseClick(in<QPushButton>(view->screeningPanel(), u"rescreenCaseButton"_s), Qt::LeftButton);
    QCOMPARE(history->topLevelItemCount(), 5);
    QCOMPARE((*ScreeningStore::current(m_db->connection(), id))->asOf, QDate::currentDate());
}

void TestScreeningGui::contestedReason_isMarkedForTheCircuit()
{
    CaseRecord r = test::makeCase(u"Robert Chen"_s, u"55555-016"_s);
    r.setValue(u"sentencing_district"_s, u"paed"_s); // Third Circuit
    r.setValue(u"reasons"_s, u"unusually_long_sentence"_s);
    const qint64 id = test::seed(*m_db, r);
    CaseDetailView *view = m_window->openCase(id);
    view->showScreening();
    auto *box = in<QGroupBox>(view->screeningPanel(), u"contestedBox"_s);
    QVERIFY(box->isVisible());
    const QString text = in<QLabel>(box, u"contestedText"_s)->text();
    QVERIFY2(text.contains(u"Unusually long sentence"_s) &&
                 text.contains(u"(circuit 3) it has been rejected"_s),
             qPrintable(text));
}

void TestScreeningGui::demoData_queueByOutcomeOpensEachCase()
{
    DemoDataGenerator::Options options;
    options.cases = 80;
    options.volunteers = 0;
    QVERIFY(DemoDataGenerator(options).generate(*m_db).ok());
    m_window->showScreeningQueue();
    ScreeningQueuePage *queue = m_window->screeningQueue();
    in<QCheckBox>(queue, u"queuePendingOnly"_s)->setChecked(false);
    ScreeningQueueModel *model = queue->model();
    QCOMPARE(model->rowCount(), 80); // every case has a current result
    auto *table = in<QTableView>(queue, u"screeningQueueTable"_s);
    for (const QString &outcome : {u"needs_info"_s, u"screened_in"_s, u"screened_out"_s}) {
        queue->setOutcomeFilter(outcome);
        QVERIFY2(model->rowCount() > 0, qPrintable(outcome));
        QCOMPARE(model->rowCount(), model->countOf(outcome));
        const qint64 id = model->caseIdAt(0);
        m_window->tabs()->setCurrentWidget(queue);
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        CaseDetailView *view = currentView();
        QVERIFY(view);
        QCOMPARE(view->caseId(), id);
        ScreeningPanel *panel = view->screeningPanel();
        QCOMPARE(panel->outcome(), outcome);
        auto stored = ScreeningStore::current(m_db->connection(), id);
        QVERIFY(stored.ok() && stored->has_value());
        for (const QString &field : (*stored)->missing)
            QVERIFY2(panel->findChild<QPushButton *>(u"missingField_"_s + field), qPrintable(field));
        QCOMPARE(in<QGroupBox>(panel, u"referralBox"_s)->isVisible(), outcome == u"screened_out");
        QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(view)));
    }
}

QTEST_MAIN(TestScreeningGui)
#include "TestScreeningGui.moc"
