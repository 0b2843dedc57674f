// Two people edit the same case (issue 7): the second save does not overwrite the first; it shows the merge
// dialog with what changed on each side, and saves the merge, reloads, or goes back to editing.
#include "CaseListPage.h"
#include "ConflictMergeDialog.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "itemmodels/CaseListModel.h"

#include "GuiFixture.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ch;

class TestConflictGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init();
    void cleanup();
    void saveAfterSomeoneElse_mergesChosenValues();
    void reloadDiscardsMineAndShowsTheirs();
    void keepEditing_savesNothing();
    void changesSavedElsewhere_appearInTheOpenListKeepingTheSelection();

private:
    // Opens the case in the form, lets "someone else" save their change, types mine into the form.
    IntakeForm *editWithConcurrentChange();
    // Clicks save; while the merge dialog is open, act(dialog) runs.
    bool saveWithDialog(IntakeForm *form, const std::function<void(ConflictMergeDialog *)> &act);
    void typeInto(IntakeForm *form, const QString &key, const QString &text);

    // A file, or in the "_postgres" run a throwaway database on the test server.
    std::unique_ptr<test::TestDatabase> m_t;
    Database *m_db = nullptr;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestConflictGui::init()
{
    MessageBox::reset();
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    m_db = &m_t->db();
    CaseRecord r = test::makeCase(u"Maria Lopez"_s, u"22222-054"_s);
    r.setValue(u"offense"_s, u"Conspiracy"_s);
    r.setValue(u"medical_summary"_s, u"Diabetes"_s);
    m_id = test::seed(*m_db, r);
    QVERIFY(m_id > 0);
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConflictGui::cleanup()
{
    m_window.reset();
    m_db = nullptr;
    m_t.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0);
}

void TestConflictGui::typeInto(IntakeForm *form, const QString &key, const QString &text)
{
    auto *edit = form->findChild<QWidget *>(u"field_"_s + key);
    QVERIFY2(edit, qPrintable(key));
    edit->setFocus(Qt::OtherFocusReason);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        plain->selectAll();
    else
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

IntakeForm *TestConflictGui::editWithConcurrentChange()
{
    IntakeForm *form = m_window->editCase(m_id);
    if (!form)
        return nullptr;
    // Someone else saves first: a new facility (only theirs) and a medical summary (both change it).
    CaseRepository other(*m_db);
    CaseRecord theirs = other.load(m_id).value();
    theirs.setValue(u"facility"_s, u"FCI Aliceville"_s);
    theirs.setValue(u"medical_summary"_s, u"Diabetes; kidney failure (their note)"_s);
    if (!other.update(theirs).ok())
        return nullptr;
    typeInto(form, u"offense"_s, u"Wire fraud"_s);                       // only mine
    typeInto(form, u"medical_summary"_s, u"Diabetes, dialysis (my note)"_s); // both
    return form;
}

bool TestConflictGui::saveWithDialog(IntakeForm *form, const std::function<void(ConflictMergeDialog *)> &act)
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ConflictMergeDialog *>(QApplication::activeModalWidget()));
        seen = true;
        act(qobject_cast<ConflictMergeDialog *>(QApplication::activeModalWidget()));
    });
    const bool saved = form->save();
    return seen && saved;
}

void TestConflictGui::saveAfterSomeoneElse_mergesChosenValues()
{
    IntakeForm *form = editWithConcurrentChange();
    QVERIFY(form);
    bool saved = saveWithDialog(form, [](ConflictMergeDialog *dialog) {
        QCOMPARE(dialog->conflictCount(), 1);
        auto *table = dialog->findChild<QTableWidget *>(u"mergeTable"_s);
        QVERIFY(table);
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            keys << table->item(row, 0)->data(Qt::UserRole).toString();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"facility"_s, u"medical_summary"_s, u"offense"_s}));
        auto *keep = dialog->findChild<QComboBox *>(u"keep_medical_summary"_s);
        QVERIFY(keep);
        QVERIFY(!keep->accessibleName().isEmpty());
        keep->setCurrentIndex(keep->findData(static_cast<int>(CaseMerge::Side::Theirs)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"mergeSaveButton"_s), Qt::LeftButton);
    });
    QVERIFY(saved);
    const CaseRecord stored = CaseRepository(*m_db).load(m_id).value();
    QCOMPARE(stored.value(u"offense"), u"Wire fraud"_s);                              // mine, only mine changed
    QCOMPARE(stored.value(u"facility"), u"FCI Aliceville"_s);                         // theirs, only theirs
    QCOMPARE(stored.value(u"medical_summary"), u"Diabetes; kidney failure (their note)"_s); // chosen: theirs
    QCOMPARE(stored.rowVersion, 3);
    QVERIFY(!form->isDirty());
}

void TestConflictGui::reloadDiscardsMineAndShowsTheirs()
{
    IntakeForm *form = editWithConcurrentChange();
    QVERIFY(form);
    const bool saved = saveWithDialog(form, [](ConflictMergeDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"mergeReloadButton"_s), Qt::LeftButton);
    });
    QVERIFY(!saved);
    const CaseRecord stored = CaseRepository(*m_db).load(m_id).value();
    QCOMPARE(stored.value(u"offense"), u"Conspiracy"_s);
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(form->record().value(u"facility"), u"FCI Aliceville"_s);
    QCOMPARE(form->record().value(u"offense"), u"Conspiracy"_s);
    QVERIFY(!form->isDirty());
}

void TestConflictGui::keepEditing_savesNothing()
{
    IntakeForm *form = editWithConcurrentChange();
    QVERIFY(form);
    const bool saved = saveWithDialog(form, [](ConflictMergeDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"mergeCancelButton"_s), Qt::LeftButton);
    });
    QVERIFY(!saved);
    QCOMPARE(CaseRepository(*m_db).load(m_id)->value(u"offense"), u"Conspiracy"_s);
    QCOMPARE(form->record().value(u"offense"), u"Wire fraud"_s); // my typing is still there
    QVERIFY(form->isDirty());
}

void TestConflictGui::changesSavedElsewhere_appearInTheOpenListKeepingTheSelection()
{
    CaseListPage *list = m_window->caseList();
    QCOMPARE(list->model()->rowCount(), 1);
    list->selectCase(m_id);
    QCOMPARE(list->selectedCaseId(), m_id);

    // Another program (a second connection to the same file), or a colleague on the same server, saves a
    // new case.
    auto other = Database::open(m_t->path());
    QVERIFY2(other.ok(), qPrintable(other.error().fullText()));
    QVERIFY(test::seed(**other, test::makeCase(u"Ana Ruiz"_s, u"33333-054"_s)) > 0);

    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 8000); // no restart, no click
    QCOMPARE(list->selectedCaseId(), m_id);                         // still on the case the person chose
}

QTEST_MAIN(TestConflictGui)
#include "TestConflictGui.moc"
