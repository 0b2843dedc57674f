// GUI tests for the roster and matching (issue 5): the real main window offscreen, widgets found by object
// name, modal questions answered through the MessageBox seam.

#include "BatchMatchDialog.h"
#include "CaseListPage.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "MatchPanel.h"
#include "MessageBox.h"
#include "RosterPage.h"
#include "SpanishNames.h"
#include "VolunteerDialog.h"
#include "itemmodels/VolunteerFilterModel.h"
#include "itemmodels/VolunteerListModel.h"
#include "storage/AssignmentRepository.h"
#include "storage/VolunteerRepository.h"

#include <QAction>
#include <QPointer>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

Volunteer volunteer(const QString &name, const QString &kind, int capacity, int trainedMonthsAgo)
{
    Volunteer v;
    v.name = name;
    v.kind = kind;
    v.organization = u"Org "_s + name;
    v.districts = {u"nysd"_s};
    v.languages = {u"English"_s};
    v.expertise = {u"terminal_illness"_s};
    v.capacity = capacity;
    v.trainings = {Training{QDate::currentDate().addMonths(-trainedMonthsAgo), u"Fundamentals"_s}};
    return v;
}

qint64 screenedInCase(Database &db, const QString &name, const QString &coDefendants = {})
{
    CaseRecord r = test::makeCase(name, QString());
    r.setValue(u"sentence_status"_s, u"sentenced"_s);
    r.setValue(u"co_defendants"_s, coDefendants);
    return test::seed(db, r);
}

} // namespace

class TestRosterGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init();
    void cleanup();

    void addVolunteer_showsProblemsThenSaves();
    void filtersAndTrainingWarnings();
    void deactivate_asksAndKeepsTheVolunteer();
    void matchPanel_assignDeclineAndHistory();
    void batchMatching_editUntickAndAccept();
    void batchMatching_overloadIsRefused();
    void rosterAndSupervisorPicker_sortNamesAsASpanishSpeakerExpects();

private:
    void start();
    template<typename T> T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestRosterGui::init()
{
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"test.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
    m_db = std::move(db).value();
}

void TestRosterGui::start()
{
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestRosterGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestRosterGui::addVolunteer_showsProblemsThenSaves()
{
    Volunteer prof = volunteer(u"Prof Lane"_s, u"solo"_s, 2, 3);
    QVERIFY(VolunteerRepository(*m_db).create(prof));
    start();
    action(u"actionAddVolunteer"_s)->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->roster());
    auto *dialog = m_window->findChild<VolunteerDialog *>(u"volunteerDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *kind = dialog->findChild<QComboBox *>(u"volunteerKind"_s);
    kind->setCurrentIndex(kind->findData(u"law_clinic_student"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"volunteerDistricts"_s), u"S.D.N.Y.; Gondor"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"volunteerSaveButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    const QString problems = dialog->findChild<QLabel *>(u"volunteerProblems"_s)->text();
    QVERIFY2(problems.contains(u"needs a name"_s), qPrintable(problems));
    QVERIFY(problems.contains(u"supervising attorney"_s));
    QVERIFY(problems.contains(u"Gondor"_s));
    QCOMPARE(*VolunteerRepository(*m_db).count(), 1);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"volunteerName"_s), u"Sam Student"_s);
    auto *districts = dialog->findChild<QLineEdit *>(u"volunteerDistricts"_s);
    districts->clear();
    QTest::keyClicks(districts, u"S.D.N.Y."_s);
    auto *supervisor = dialog->findChild<QComboBox *>(u"volunteerSupervisor"_s);
    supervisor->setCurrentIndex(supervisor->findData(prof.id));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"volunteerTrainings"_s), u"2026-01-15 Fundamentals"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"volunteerSaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    auto all = VolunteerRepository(*m_db).all();
    QCOMPARE(all->size(), 2);
    const Volunteer &sam = all->at(1);
    QCOMPARE(sam.name, u"Sam Student"_s);
    QCOMPARE(sam.supervisorId, prof.id);
    QCOMPARE(sam.districts, QStringList{u"nysd"_s});
    QCOMPARE(sam.trainings.size(), 1);
    QCOMPARE(m_window->roster()->filter()->rowCount(), 2);
    QCOMPARE(m_window->roster()->selectedVolunteerId(), sam.id);

    // Edit opens the selected entry; the change is saved over it.
    QTest::mouseClick(find<QPushButton>(u"editVolunteerButton"_s), Qt::LeftButton);
    VolunteerDialog *edit = nullptr;
    for (VolunteerDialog *d : m_window->findChildren<VolunteerDialog *>())
        edit = d->isVisible() ? d : edit;
    QVERIFY(edit);
    QCOMPARE(edit->findChild<QLineEdit *>(u"volunteerName"_s)->text(), u"Sam Student"_s);
    auto *capacity = edit->findChild<QSpinBox *>(u"volunteerCapacity"_s);
    capacity->setValue(4);
    QVERIFY(edit->save());
    QCOMPARE(VolunteerRepository(*m_db).load(sam.id)->capacity, 4);
}

void TestRosterGui::filtersAndTrainingWarnings()
{
    VolunteerRepository repo(*m_db);
    Volunteer ada = volunteer(u"Ada Fresh"_s, u"large_firm"_s, 1, 2);
    Volunteer ben = volunteer(u"Ben Expiring"_s, u"solo"_s, 2, 23);
    Volunteer cy = volunteer(u"Cy Expired"_s, u"solo"_s, 2, 30);
    cy.districts = {u"txnd"_s};
    QVERIFY(repo.create(ada));
    QVERIFY(repo.create(ben));
    QVERIFY(repo.create(cy));
    const qint64 caseId = screenedInCase(*m_db, u"Luis Ortega"_s);
    QVERIFY(AssignmentRepository(*m_db).assign(caseId, ada.id));
    start();
    m_window->tabs()->setCurrentWidget(m_window->roster());
    RosterPage *page = m_window->roster();
    QCOMPARE(page->filter()->rowCount(), 3);
    auto *warnings = find<QListWidget>(u"trainingWarnings"_s);
    QCOMPARE(warnings->count(), 2);
    QVERIFY(warnings->item(0)->text().startsWith(u"Cy Expired: expired"_s));
    QVERIFY(warnings->item(1)->text().startsWith(u"Ben Expiring: valid until"_s));

    auto *kind = find<QComboBox>(u"rosterKindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"solo"_s));
    QCOMPARE(page->filter()->rowCount(), 2);
    kind->setCurrentIndex(0);
    auto *district = find<QComboBox>(u"rosterDistrictFilter"_s);
    district->setCurrentIndex(district->findData(u"txnd"_s));
    QCOMPARE(page->filter()->rowCount(), 1);
    district->setCurrentIndex(0);
    QTest::mouseClick(find<QCheckBox>(u"rosterCapacityCheck"_s), Qt::LeftButton);
    QCOMPARE(page->filter()->rowCount(), 2); // Ada holds her one case
    QTest::mouseClick(find<QCheckBox>(u"rosterCapacityCheck"_s), Qt::LeftButton);
    find<QCheckBox>(u"rosterExpiringCheck"_s)->setChecked(true);
    find<QSpinBox>(u"rosterExpiringDays"_s)->setValue(45);
    QCOMPARE(page->filter()->rowCount(), 2); // Ben and Cy
    find<QSpinBox>(u"rosterExpiringDays"_s)->setValue(0);
    QCOMPARE(page->filter()->rowCount(), 1); // Cy, already expired
    find<QCheckBox>(u"rosterExpiringCheck"_s)->setChecked(false);
    QTest::keyClicks(find<QLineEdit>(u"rosterSearch"_s), u"ada"_s);
    QCOMPARE(page->filter()->rowCount(), 1);
    const QModelIndex load = page->filter()->index(0, VolunteerListModel::LoadColumn);
    QCOMPARE(load.data().toString(), u"1 of 1"_s);

    // A longer validity is saved and ends the warnings.
    auto *validity = find<QSpinBox>(u"trainingValiditySpin"_s);
    validity->setValue(36);
    Q_EMIT validity->editingFinished();
    QCOMPARE(page->model()->trainingValidityMonths(), 36);
    QCOMPARE(warnings->count(), 0);
}

void TestRosterGui::deactivate_asksAndKeepsTheVolunteer()
{
    Volunteer ada = volunteer(u"Ada Adams"_s, u"large_firm"_s, 2, 2);
    QVERIFY(VolunteerRepository(*m_db).create(ada));
    start();
    m_window->tabs()->setCurrentWidget(m_window->roster());
    auto *button = find<QPushButton>(u"deactivateVolunteerButton"_s);
    QVERIFY(!button->isEnabled());
    m_window->roster()->selectVolunteer(ada.id);
    QVERIFY(button->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(VolunteerRepository(*m_db).load(ada.id)->active);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"history is kept"_s));
    QVERIFY(!VolunteerRepository(*m_db).load(ada.id)->active);
    QCOMPARE(*VolunteerRepository(*m_db).count(), 1);
    const QModelIndex status = m_window->roster()->filter()->index(0, VolunteerListModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Inactive"_s);
    QVERIFY(!button->isEnabled());
}

void TestRosterGui::matchPanel_assignDeclineAndHistory()
{
    VolunteerRepository repo(*m_db);
    Volunteer ada = volunteer(u"Ada Adams"_s, u"large_firm"_s, 2, 2);
    Volunteer ben = volunteer(u"Ben Brown"_s, u"solo"_s, 2, 2);
    ben.districts = {u"txnd"_s};
    Volunteer cy = volunteer(u"Cy Conflict"_s, u"solo"_s, 2, 2);
    cy.conflicts = {u"RAMÓN PÉREZ"_s};
    QVERIFY(repo.create(ada));
    QVERIFY(repo.create(ben));
    QVERIFY(repo.create(cy));
    // A name with "%2" in it prints as typed in the header, not replaced by the case number.
    const qint64 caseId = screenedInCase(*m_db, u"Luis %2 Ortega"_s, u"Ramon Perez"_s);
    start();
    m_window->caseList()->selectCase(caseId);
    action(u"actionMatchCase"_s)->trigger();
    auto *panel = qobject_cast<MatchPanel *>(m_window->tabs()->currentWidget());
    QVERIFY(panel);
    QCOMPARE(panel->caseId(), caseId);
    const QString header = panel->findChild<QLabel *>(u"matchHeader"_s)->text();
    QVERIFY2(header.contains(u"<b>Luis %2 Ortega</b> — case %1<br>"_s.arg(caseId)), qPrintable(header));
    auto *candidates = panel->findChild<QTableWidget *>(u"candidateTable"_s);
    auto *excluded = panel->findChild<QTableWidget *>(u"excludedTable"_s);
    QCOMPARE(candidates->rowCount(), 2);
    QCOMPARE(candidates->item(0, 0)->text(), u"Ada Adams"_s); // admitted in nysd
    QVERIFY(candidates->item(0, 3)->toolTip().contains(u"sentencing district"_s));
    QCOMPARE(excluded->rowCount(), 1);
    QCOMPARE(excluded->item(0, 0)->text(), u"Cy Conflict"_s);
    QVERIFY(excluded->item(0, 1)->text().contains(u"Ramon Perez"_s));

    candidates->selectRow(1);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"assignButton"_s), Qt::LeftButton);
    auto current = AssignmentRepository(*m_db).current(caseId);
    QVERIFY(current->has_value());
    QCOMPARE((*current)->volunteerId, ben.id);
    QVERIFY((*current)->scoreTerms.contains(u"district"_s));
    QVERIFY(panel->findChild<QLabel *>(u"currentAssignmentLabel"_s)->text().contains(u"Ben Brown"_s));
    QCOMPARE(CaseRepository(*m_db).load(caseId)->status, u"matched"_s);
    const QModelIndex benLoad = m_window->roster()->model()->index(m_window->roster()->model()->rowOfVolunteer(ben.id),
                                                                   VolunteerListModel::LoadColumn);
    QCOMPARE(benLoad.data().toString(), u"1 of 2"_s); // the roster follows

    auto *decline = panel->findChild<QPushButton *>(u"declineButton"_s);
    QVERIFY(!decline->isEnabled()); // a decline needs a reason
    QTest::keyClicks(panel->findChild<QLineEdit *>(u"declineReasonEdit"_s), u"Too far away"_s);
    QVERIFY(decline->isEnabled());
    QTest::mouseClick(decline, Qt::LeftButton);
    QVERIFY(!AssignmentRepository(*m_db).current(caseId)->has_value());
    auto history = AssignmentRepository(*m_db).history(caseId);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().endKind, Assignment::EndKind::Declined);
    QCOMPARE(history->first().endReason, u"Too far away"_s);
    QCOMPARE(CaseRepository(*m_db).load(caseId)->status, u"screened_in"_s); // back in the queue
    auto *historyList = panel->findChild<QListWidget *>(u"assignmentHistory"_s);
    QVERIFY(historyList->item(0)->text().contains(u"declined"_s));
    // Ben is not proposed for this case again; the excluded list says why.
    QCOMPARE(candidates->rowCount(), 1);
    QCOMPARE(candidates->item(0, 0)->text(), u"Ada Adams"_s);
    QCOMPARE(excluded->rowCount(), 2);
    QCOMPARE(excluded->item(0, 0)->text(), u"Ben Brown"_s);
    QVERIFY2(excluded->item(0, 1)->text().contains(u"Declined this case"_s)
                 && excluded->item(0, 1)->text().contains(u"Too far away"_s),
             qPrintable(excluded->item(0, 1)->text()));

    // Back in the queue: assign again, then unassign keeps both in the history.
    candidates->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"assignButton"_s), Qt::LeftButton);
    QCOMPARE((*AssignmentRepository(*m_db).current(caseId))->volunteerId, ada.id);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"unassignButton"_s), Qt::LeftButton);
    QCOMPARE(AssignmentRepository(*m_db).history(caseId)->size(), 2);
    QCOMPARE(historyList->count(), 2);
}

void TestRosterGui::batchMatching_editUntickAndAccept()
{
    VolunteerRepository repo(*m_db);
    Volunteer ada = volunteer(u"Ada Adams"_s, u"large_firm"_s, 2, 2);
    Volunteer ben = volunteer(u"Ben Brown"_s, u"solo"_s, 2, 2);
    ben.districts = {u"txnd"_s};
    QVERIFY(repo.create(ada));
    QVERIFY(repo.create(ben));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << screenedInCase(*m_db, u"Person %1"_s.arg(i));
    start();
    action(u"actionBatchMatch"_s)->trigger();
    auto *dialog = m_window->findChild<BatchMatchDialog *>(u"batchMatchDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->proposalCount(), 4); // capacity 2 + 2 for 5 cases
    QVERIFY(dialog->findChild<QLabel *>(u"batchSummary"_s)->text().contains(u"1 stay in the queue"_s));
    QTableWidget *table = dialog->table();
    // The first case goes to the other volunteer, and one of that volunteer's proposed cases is left out.
    auto volunteerOf = [table](int row) {
        return qobject_cast<QComboBox *>(table->cellWidget(row, BatchMatchDialog::VolunteerColumn))->currentData().toLongLong();
    };
    const qint64 other = volunteerOf(0) == ada.id ? ben.id : ada.id;
    int untick = -1;
    for (int r = table->rowCount() - 1; r > 0; --r)
        untick = volunteerOf(r) == other ? r : untick;
    QVERIFY(untick > 0);
    QVERIFY(dialog->setVolunteer(0, other));
    table->item(untick, BatchMatchDialog::AcceptColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog->findChild<QLabel *>(u"batchSummary"_s)->text().contains(u"3 ticked"_s));
    const qint64 firstCase = table->item(0, BatchMatchDialog::CaseColumn)->data(Qt::UserRole).toLongLong();
    const qint64 leftOut = table->item(untick, BatchMatchDialog::CaseColumn)->data(Qt::UserRole).toLongLong();
    QPointer<BatchMatchDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptTickedButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    AssignmentRepository assignments(*m_db);
    QVERIFY2(assignments.current(firstCase)->has_value(), qPrintable(MessageBox::lastText()));
    QCOMPARE((*assignments.current(firstCase))->volunteerId, other);
    QVERIFY(!assignments.current(leftOut)->has_value());
    int total = 0;
    const auto counts = assignments.openCounts();
    for (int n : *counts)
        total += n;
    QCOMPARE(total, 3);
}

void TestRosterGui::batchMatching_overloadIsRefused()
{
    VolunteerRepository repo(*m_db);
    Volunteer ada = volunteer(u"Ada Adams"_s, u"large_firm"_s, 1, 2);
    Volunteer ben = volunteer(u"Ben Brown"_s, u"solo"_s, 1, 2);
    QVERIFY(repo.create(ada));
    QVERIFY(repo.create(ben));
    screenedInCase(*m_db, u"Person A"_s);
    screenedInCase(*m_db, u"Person B"_s);
    start();
    BatchMatchDialog *dialog = m_window->openBatchMatching();
    QCOMPARE(dialog->proposalCount(), 2);
    QVERIFY(dialog->setVolunteer(0, ada.id));
    QVERIFY(dialog->setVolunteer(1, ada.id));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptAllButton"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"Ada Adams (2 proposed, room for 1)"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(AssignmentRepository(*m_db).openCounts()->isEmpty());
    dialog->close();
}

void TestRosterGui::rosterAndSupervisorPicker_sortNamesAsASpanishSpeakerExpects()
{
    test::SpanishLocale spanish;
    for (const QString &name : test::spanishNamesUnsorted()) {
        Volunteer v = volunteer(name, u"solo"_s, 1, 3);
        v.organization.clear();
        QVERIFY(VolunteerRepository(*m_db).create(v));
    }
    start();
    RosterPage *roster = m_window->roster();
    QStringList listed;
    for (int row = 0; row < roster->filter()->rowCount(); ++row)
        listed << roster->filter()->index(row, VolunteerListModel::NameColumn).data().toString();
    QCOMPARE(listed, test::spanishNamesSorted());

    VolunteerDialog *dialog = roster->addVolunteer();
    QVERIFY(dialog);
    auto *supervisor = dialog->findChild<QComboBox *>(u"volunteerSupervisor"_s);
    QVERIFY(supervisor);
    QStringList offered;
    for (int i = 1; i < supervisor->count(); ++i) // 0: "No supervisor"
        offered << supervisor->itemText(i);
    QCOMPARE(offered, test::spanishNamesSorted());
    dialog->reject();
}

QTEST_MAIN(TestRosterGui)
#include "TestRosterGui.moc"
