// GUI tests: the real main window, driven by keyboard and mouse offscreen. Widgets are found by their
// object names; modal questions are answered through the MessageBox seam.

#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "DuplicateBanner.h"
#include "GuiFixture.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "domain/CaseStatus.h"
#include "domain/FieldCatalog.h"
#include "domain/ReasonCatalog.h"
#include "itemmodels/CaseListModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enterCompleteCaseByKeyboard_savesAndListsIt();
    void badValues_showInlineErrorsAndRefuseSave();
    void existingRegisterNumber_showsDuplicateBanner();
    void search_filtersListAfterDebounce();
    void fieldEdit_undoAndRedo();
    void closingDirtyForm_asksAndCancelKeepsIt();
    void caseDetail_changeStatus();
    void autosavedDraft_isOfferedAndRestored();

private:
    IntakeForm *currentForm() const { return qobject_cast<IntakeForm *>(m_window->tabs()->currentWidget()); }
    CaseListModel *model() const { return m_window->caseList()->model(); }
    IntakeForm *newCaseByShortcut();
    void typeInto(const QString &objectName, const QString &text);
    template<typename T> T *find(const QString &objectName) const
    {
        T *w = m_window->findChild<T *>(objectName);
        if (!w)
            qWarning("no widget %s", qPrintable(objectName));
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestGui::initTestCase()
{
    MessageBox::setTestMode(true);
}

void TestGui::init()
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

void TestGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0); // every question a test caused was answered
    QCOMPARE(MessageBox::pendingAnswers(), 0);  // and every answer given was asked for
}

IntakeForm *TestGui::newCaseByShortcut()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    IntakeForm *form = currentForm();
    if (form && !QTest::qWaitFor([form] { return form->isVisible(); }))
        return nullptr;
    return form;
}

void TestGui::typeInto(const QString &objectName, const QString &text)
{
    auto *w = find<QWidget>(objectName);
    QVERIFY(w);
    w->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), w);
    QTest::keyClicks(w, text);
}

void TestGui::enterCompleteCaseByKeyboard_savesAndListsIt()
{
    IntakeForm *form = newCaseByShortcut();
    QVERIFY(form);
    QCOMPARE(form->objectName(), u"intakeForm"_s);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QHash<QString, QString> typed = {
        {u"submitted_at"_s, today},
        {u"submitter_name"_s, u"Rosa Diaz"_s},
        {u"submitter_relationship"_s, u"Daughter"_s},
        {u"submitter_phone"_s, u"(555) 201-3344"_s},
        {u"submitter_email"_s, u"rosa@example.org"_s},
        {u"submitter_address"_s, u"12 Elm St, Springfield"_s},
        {u"submitter_language"_s, u"Spanish"_s},
        {u"person_name"_s, u"Luis Diaz"_s},
        {u"register_number"_s, u"12345-054"_s},
        {u"date_of_birth"_s, u"1955-03-14"_s},
        {u"person_language"_s, u"Spanish"_s},
        {u"facility"_s, u"FMC Butner"_s},
        {u"sentencing_district"_s, u"nysd"_s},
        {u"case_number"_s, u"1:09-cr-00123"_s},
        {u"offense"_s, u"Conspiracy (21 U.S.C. 846)"_s},
        {u"sentence_months"_s, u"240"_s},
        {u"custody_start_date"_s, u"2009-06-01"_s},
        {u"projected_release_date"_s, u"2029-01-15"_s},
        {u"medical_summary"_s, u"Stage IV cancer."_s},
        {u"warden_request_date"_s, u"2024-02-01"_s},
        {u"warden_response_date"_s, u"2024-03-01"_s},
        {u"release_plan"_s, u"Live with daughter."_s},
    };
    // Choices: how many times to press Down from "—".
    const QHash<QString, int> downs = {{u"consent_to_contact"_s, 1}, {u"court_type"_s, 1},
                                       {u"relief_sought"_s, 1},      {u"sentence_status"_s, 1},
                                       {u"sentenced_under_3559c"_s, 2}, {u"warden_response"_s, 2}};
    const QStringList ticked = {u"field_reasons_terminal_illness"_s, u"field_reasons_age"_s};

    // The tab order must visit every field in questionnaire order; the test types only with the keyboard.
    QStringList expectedOrder;
    for (FieldGroup g : FieldCatalog::groups()) {
        for (const FieldInfo *f : FieldCatalog::fieldsInGroup(g)) {
            if (f->kind == FieldKind::ReasonList) {
                for (const QString &code : ReasonCatalog::codes())
                    expectedOrder << u"field_reasons_"_s + code;
            } else {
                expectedOrder << u"field_"_s + f->key;
                if (f->kind == FieldKind::Months)
                    expectedOrder << u"field_"_s + f->key + u"_life"_s;
            }
        }
    }
    expectedOrder << u"saveButton"_s;

    QTRY_COMPARE(QApplication::focusWidget()->objectName(), expectedOrder.constFirst());
    for (const QString &name : std::as_const(expectedOrder)) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        // An editable combo box's line edit has the focus on behalf of the combo box.
        const QString focusedName = focused->objectName().isEmpty() && focused->parentWidget()
            ? focused->parentWidget()->objectName()
            : focused->objectName();
        QCOMPARE(focusedName, name);
        const QString key = name.mid(6);
        if (name == u"saveButton") {
            QTest::keyClick(focused, Qt::Key_Space);
            break;
        }
        if (typed.contains(key))
            QTest::keyClicks(focused, typed.value(key));
        else if (downs.contains(key))
            for (int i = 0; i < downs.value(key); ++i)
                QTest::keyClick(focused, Qt::Key_Down);
        else if (ticked.contains(name))
            QTest::keyClick(focused, Qt::Key_Space);
        QTest::keyClick(focused, Qt::Key_Tab);
    }

    // Saved: the form closes, the case opens, and the list shows it.
    QTRY_COMPARE(model()->rowCount(), 1);
    QTRY_VERIFY(!m_window->findChild<IntakeForm *>());
    auto *table = find<QTableView>(u"caseTable"_s);
    QCOMPARE(table->model(), model());
    QCOMPARE(model()->index(0, CaseListModel::PersonColumn).data().toString(), u"Luis Diaz"_s);
    QCOMPARE(model()->index(0, CaseListModel::RegisterColumn).data().toString(), u"12345-054"_s);

    auto stored = CaseRepository(*m_db).load(model()->caseIdAt(0));
    QVERIFY(stored.ok());
    QCOMPARE(stored->value(u"sentencing_district"), u"nysd"_s);
    QCOMPARE(stored->value(u"sentence_months"), u"240"_s);
    QCOMPARE(stored->value(u"court_type"), u"federal"_s);
    QCOMPARE(stored->value(u"sentenced_under_3559c"), u"no"_s);
    QCOMPARE(stored->value(u"warden_response"), u"denied"_s);
    QCOMPARE(stored->list(u"reasons"), QStringList({u"terminal_illness"_s, u"age"_s}));
    QCOMPARE(stored->value(u"submitter_email"), u"rosa@example.org"_s);
    QCOMPARE(find<QLabel>(u"caseCountLabel"_s)->text(), QCoreApplication::translate("ch::CaseListPage", "%n case(s)", nullptr, 1));
}

void TestGui::badValues_showInlineErrorsAndRefuseSave()
{
    IntakeForm *form = newCaseByShortcut();
    QVERIFY(form);
    typeInto(u"field_register_number"_s, u"12-34"_s);
    typeInto(u"field_date_of_birth"_s, QDate::currentDate().addYears(1).toString(Qt::ISODate));

    auto *registerError = find<QLabel>(u"error_register_number"_s);
    auto *birthError = find<QLabel>(u"error_date_of_birth"_s);
    QVERIFY(registerError && birthError);
    QTRY_VERIFY(registerError->isVisible());
    QVERIFY(registerError->text().contains(u"12-34"_s));
    QVERIFY(registerError->text().contains(u"Error"_s)); // not colour alone
    QTRY_VERIFY(birthError->isVisible());
    QVERIFY(birthError->text().contains(u"future"_s));
    QVERIFY(!find<QLabel>(u"error_person_name"_s)->isVisible()); // untouched fields stay quiet
    QVERIFY(find<QLabel>(u"validationSummary"_s)->isVisible());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(CaseRepository(*m_db).count().value(), 0);
    QCOMPARE(currentForm(), form);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"field_register_number"_s); // the first bad field

    // Fixing the values clears the messages and lets the case be saved.
    auto *reg = find<QLineEdit>(u"field_register_number"_s);
    reg->selectAll();
    QTest::keyClicks(reg, u"12345067"_s);
    auto *dob = find<QLineEdit>(u"field_date_of_birth"_s);
    dob->setFocus();
    dob->selectAll();
    QTest::keyClicks(dob, u"1950-01-02"_s);
    QTRY_VERIFY(!registerError->isVisible());
    QTRY_VERIFY(!birthError->isVisible());
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->index(0, CaseListModel::RegisterColumn).data().toString(), u"12345-067"_s);
}

void TestGui::existingRegisterNumber_showsDuplicateBanner()
{
    const qint64 existing = test::seed(*m_db, test::makeCase(u"Maria Lopez"_s, u"22222-054"_s));
    QVERIFY(existing > 0);
    m_window->caseList()->reload();

    IntakeForm *form = newCaseByShortcut();
    QVERIFY(form);
    auto *banner = find<DuplicateBanner>(u"duplicateBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    typeInto(u"field_register_number"_s, u"22222054"_s);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->lines().size(), 1);
    QVERIFY(banner->lines().constFirst().contains(u"Maria Lopez"_s));
    QVERIFY(banner->lines().constFirst().contains(u"22222-054"_s));
    QVERIFY(banner->lines().constFirst().contains(u"register number"_s));

    // Saving with an unacknowledged match asks; "Review" keeps it unsaved.
    typeInto(u"field_person_name"_s, u"M. Lopez"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!form->save());
    QVERIFY(MessageBox::lastText().contains(u"Maria Lopez"_s));
    QCOMPARE(CaseRepository(*m_db).count().value(), 1);

    // "Open" opens the existing case in a tab.
    auto *open = banner->findChild<QPushButton *>(u"openDuplicateButton_"_s + QString::number(existing));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    auto *view = qobject_cast<CaseDetailView *>(m_window->tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->caseId(), existing);

    // "Continue anyway" acknowledges, and then the case saves without asking.
    m_window->tabs()->setCurrentWidget(form);
    QTest::mouseClick(banner->findChild<QPushButton *>(u"continueAnywayButton"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(form->save());
    QCOMPARE(CaseRepository(*m_db).count().value(), 2);
}

void TestGui::search_filtersListAfterDebounce()
{
    test::seed(*m_db, test::makeCase(u"Maria Lopez"_s, u"10001-054"_s));
    test::seed(*m_db, test::makeCase(u"John Smith"_s, u"10002-054"_s));
    const qint64 ana = test::seed(*m_db, test::makeCase(u"Ana Lopez"_s, u"10003-054"_s));
    m_window->caseList()->reload();
    QCOMPARE(model()->rowCount(), 3);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = find<QLineEdit>(u"searchEdit"_s);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"lopez"_s);
    QCOMPARE(model()->rowCount(), 3); // debounced: not yet
    QTRY_COMPARE(model()->rowCount(), 2);
    QVERIFY(find<QLabel>(u"caseCountLabel"_s)->text().contains(u'2'));

    QVERIFY(CaseRepository(*m_db).changeStatus(ana, u"screening"_s, u"Checked"_s).ok());
    m_window->caseList()->reload();
    auto *status = find<QComboBox>(u"statusFilter"_s);
    QCOMPARE(status->count(), CaseStatus::codes().size() + 1);
    QCOMPARE(find<QComboBox>(u"districtFilter"_s)->count(), 95);
    status->setCurrentIndex(status->findData(u"screening"_s));
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->caseIdAt(0), ana);

    search->clear();
    QTRY_COMPARE(model()->rowCount(), 1); // still filtered by status
    search->setText(u"nobody-here"_s);
    QTRY_COMPARE(model()->rowCount(), 0);
    QVERIFY(find<QLabel>(u"emptyStateLabel"_s)->isVisible());
}

void TestGui::fieldEdit_undoAndRedo()
{
    IntakeForm *form = newCaseByShortcut();
    QVERIFY(form);
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    const int tab = m_window->tabs()->indexOf(form);

    typeInto(u"field_person_name"_s, u"Jane Roe"_s);
    typeInto(u"field_aliases"_s, u"JR"_s);
    QVERIFY(form->isDirty());
    QVERIFY(m_window->tabs()->tabText(tab).endsWith(u'*'));
    QCOMPARE(form->undoStack()->count(), 2); // one command per field, keystrokes merged

    auto *name = find<QLineEdit>(u"field_person_name"_s);
    auto *aliases = find<QLineEdit>(u"field_aliases"_s);
    // Ctrl+Z in a line edit goes to the form's stack, not to the line edit's own undo.
    QTest::keyClick(aliases, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(aliases->text(), QString());
    QCOMPARE(name->text(), u"Jane Roe"_s);
    undo->trigger();
    QCOMPARE(name->text(), QString());
    QVERIFY(!form->isDirty());
    QVERIFY(!m_window->tabs()->tabText(tab).endsWith(u'*'));
    QCOMPARE(form->record().value(u"person_name"), QString());

    redo->trigger();
    QCOMPARE(name->text(), u"Jane Roe"_s);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(aliases->text(), u"JR"_s);
    QCOMPARE(form->record().value(u"aliases"), u"JR"_s);
    QVERIFY(form->isDirty());

    // Choices and check boxes are undoable too.
    auto *court = find<QComboBox>(u"field_court_type"_s);
    court->setFocus();
    QTest::keyClick(court, Qt::Key_Down);
    QCOMPARE(form->record().value(u"court_type"), u"federal"_s);
    undo->trigger();
    QCOMPARE(court->currentIndex(), 0);
    auto *life = find<QCheckBox>(u"field_sentence_months_life"_s);
    life->setFocus();
    QTest::keyClick(life, Qt::Key_Space);
    QCOMPARE(form->record().value(u"sentence_months"), u"life"_s);
    undo->trigger();
    QVERIFY(!life->isChecked());
}

void TestGui::closingDirtyForm_asksAndCancelKeepsIt()
{
    IntakeForm *form = newCaseByShortcut();
    QVERIFY(form);
    typeInto(u"field_person_name"_s, u"Jane Roe"_s);
    const int index = m_window->tabs()->indexOf(form);
    auto *closeButton = m_window->tabs()->tabBar()->tabButton(index, QTabBar::RightSide);
    QVERIFY(closeButton);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(closeButton, Qt::LeftButton);
    QCOMPARE(MessageBox::pendingAnswers(), 0); // it asked
    QVERIFY(MessageBox::lastText().contains(u"not saved"_s));
    QCOMPARE(m_window->tabs()->indexOf(form), index);
    QCOMPARE(find<QLineEdit>(u"field_person_name"_s)->text(), u"Jane Roe"_s);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeTab(index));
    QCOMPARE(m_window->tabs()->count(), 5); // the case list, the screening queue, the roster, home and reports stay
    QVERIFY(!m_window->closeTab(1));        // and cannot be closed
    QVERIFY(!m_window->closeTab(2));
    QVERIFY(!m_window->closeTab(3));
    QVERIFY(!m_window->closeTab(4));
    QCOMPARE(CaseRepository(*m_db).count().value(), 0);

    // A clean form closes without a question.
    IntakeForm *clean = newCaseByShortcut();
    QVERIFY(clean);
    QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(clean)));
}

void TestGui::caseDetail_changeStatus()
{
    const qint64 id = test::seed(*m_db, test::makeCase(u"Maria Lopez"_s, u"22222-054"_s));
    m_window->caseList()->reload();
    auto *table = find<QTableView>(u"caseTable"_s);
    table->setFocus();
    table->setCurrentIndex(model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);

    auto *view = qobject_cast<CaseDetailView *>(m_window->tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"caseDetailView"_s);
    QCOMPARE(view->caseId(), id);
    auto *statusLabel = view->findChild<QLabel *>(u"detailStatus"_s);
    QCOMPARE(statusLabel->text(), CaseStatus::label(u"received"));

    QTest::mouseClick(view->findChild<QPushButton *>(u"changeStatusButton"_s), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<QDialog *>(u"changeStatusDialog"_s)) && dialog->isVisible());
    auto *choice = dialog->findChild<QComboBox *>(u"statusChoice"_s);
    QStringList offered;
    for (int i = 0; i < choice->count(); ++i)
        offered << choice->itemData(i).toString();
    QCOMPARE(offered, CaseStatus::allowedNext(u"received"));
    choice->setCurrentIndex(choice->findData(u"screened_in"_s));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"statusComment"_s), u"Federal, terminal illness"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeStatusOkButton"_s), Qt::LeftButton);

    QTRY_COMPARE(statusLabel->text(), CaseStatus::label(u"screened_in"));
    auto *history = view->findChild<QTreeWidget *>(u"statusHistory"_s);
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(1)->text(3), u"Federal, terminal illness"_s);
    QCOMPARE(model()->index(0, CaseListModel::StatusColumn).data().toString(), CaseStatus::label(u"screened_in"));
    QCOMPARE(CaseRepository(*m_db).load(id)->status, u"screened_in"_s);

    // Sensitive details stay hidden until asked for.
    QVERIFY(CaseRepository(*m_db).addNote(id, u"Called the daughter"_s).ok());
    auto record = CaseRepository(*m_db).load(id).value();
    record.setValue(u"medical_summary"_s, u"Stage IV cancer"_s);
    QVERIFY(CaseRepository(*m_db).update(record).ok());
    view->reload();
    auto *medical = view->findChild<QLabel *>(u"value_medical_summary"_s);
    QVERIFY(!medical->text().contains(u"cancer"_s));
    view->findChild<QCheckBox *>(u"showSensitiveToggle"_s)->setChecked(true);
    QCOMPARE(medical->text(), u"Stage IV cancer"_s);
    QCOMPARE(view->findChild<QTreeWidget *>(u"notesList"_s)->topLevelItemCount(), 1);
}

void TestGui::autosavedDraft_isOfferedAndRestored()
{
    IntakeForm *form = newCaseByShortcut();
    QVERIFY(form);
    form->setAutosaveInterval(50);
    typeInto(u"field_person_name"_s, u"Draft Person"_s);
    QTRY_COMPARE(CaseRepository(*m_db).drafts()->size(), 1);

    // A new session (the old window vanishes without closing, as in a crash) offers the draft.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->restoreDrafts();
    IntakeForm *restored = currentForm();
    QVERIFY(restored);
    QCOMPARE(find<QLineEdit>(u"field_person_name"_s)->text(), u"Draft Person"_s);
    QVERIFY(restored->isDirty());

    // Saving removes the draft.
    QVERIFY(restored->save());
    QCOMPARE(CaseRepository(*m_db).drafts()->size(), 0);
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
