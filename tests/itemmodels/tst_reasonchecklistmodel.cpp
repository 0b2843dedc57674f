// ReasonChecklistModel: the reasons checklist of one case over a real database, checked with
// QAbstractItemModelTester; edits go through ReasonRepository and are audit logged.
#include "itemmodels/ReasonChecklistModel.h"

#include "TestDatabase.h"
#include "domain/ReasonCatalog.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestReasonChecklistModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_caseId = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        CaseRecord c = test::validCase(); // claims terminal_illness;age
        auto id = CaseRepository(m_db->db()).create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        m_caseId = *id;
    }
    void cleanup() { m_db.reset(); }

    void listsEveryReasonWithCategoryHeadings()
    {
        ReasonChecklistModel model(m_db->connection(), m_caseId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), ReasonCatalog::reasons().size());
        QCOMPARE(model.columnCount(), int(ReasonChecklistModel::ColumnCount));
        // The category is a heading on the first reason of each category only.
        QCOMPARE(model.index(0, ReasonChecklistModel::CategoryColumn).data().toString(),
                 ReasonCatalog::categoryTitle(u"medical"));
        QVERIFY(model.index(1, ReasonChecklistModel::CategoryColumn).data().toString().isEmpty());
        QCOMPARE(
            model.index(1, ReasonChecklistModel::CategoryColumn).data(ReasonChecklistModel::RawValueRole),
            QVariant(u"medical"_s));
        const int age = model.rowOfCode(u"age"_s);
        QCOMPARE(model.index(age, ReasonChecklistModel::CategoryColumn).data().toString(),
                 ReasonCatalog::categoryTitle(u"age"));
        QCOMPARE(model.index(age, ReasonChecklistModel::ReasonColumn).data().toString(),
                 u"(b)(2) "_s + ReasonCatalog::label(u"age"));
        QVERIFY(model.index(age, ReasonChecklistModel::ClaimedColumn)
                    .data(ReasonChecklistModel::RawValueRole)
                    .toBool());
        const int abuse = model.rowOfCode(u"abuse"_s);
        QVERIFY(!model.index(abuse, ReasonChecklistModel::ClaimedColumn)
                     .data(ReasonChecklistModel::RawValueRole)
                     .toBool());
        QCOMPARE(model.index(abuse, ReasonChecklistModel::EvidenceColumn).data().toString(), u"None"_s);
        // Rehabilitation is listed last, as the combined factor.
        QCOMPARE(model.entryAt(model.rowCount() - 1)->code, u"rehabilitation"_s);
        QVERIFY(
            model.flags(model.index(0, ReasonChecklistModel::AssessmentColumn)).testFlag(Qt::ItemIsEditable));
        QVERIFY(
            !model.flags(model.index(0, ReasonChecklistModel::ReasonColumn)).testFlag(Qt::ItemIsEditable));
    }

    void settingTheAssessmentSavesItAndKeepsTheNarrative()
    {
        ReasonChecklistModel model(m_db->connection(), m_caseId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOfCode(u"terminal_illness"_s);
        QVERIFY(model.setAssessment(row, u"possible"_s, u"Oncology letter requested"_s).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(row, ReasonChecklistModel::AssessmentColumn), u"likely"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(row, ReasonChecklistModel::AssessmentColumn).data().toString(), u"Likely"_s);

        ReasonChecklistModel reread(m_db->connection(), m_caseId);
        QCOMPARE(reread.entryAt(row)->assessment, u"likely"_s);
        QCOMPARE(reread.entryAt(row)->narrative, u"Oncology letter requested"_s);
        auto audit = AuditLog::entries(m_db->connection(), u"case"_s, m_caseId);
        QVERIFY(audit.ok());
        QCOMPARE(audit->last().after.value(u"reason"_s).toString(), u"terminal_illness"_s);
        QCOMPARE(audit->last().before.value(u"assessment"_s).toString(), u"possible"_s);
    }

    void refusedEditsChangeNothingAndSaySo()
    {
        ReasonChecklistModel model(m_db->connection(), m_caseId);
        QSignalSpy failed(&model, &ReasonChecklistModel::saveFailed);
        QVERIFY(!model.setData(model.index(0, ReasonChecklistModel::AssessmentColumn), u"certain"_s));
        QVERIFY(!model.setData(model.index(0, ReasonChecklistModel::ReasonColumn), u"likely"_s));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.entryAt(0)->assessment, u"not_assessed"_s);
    }

    void evidenceIsCountedPerReason()
    {
        ReasonChecklistModel model(m_db->connection(), m_caseId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EvidenceItem e;
        e.reasonCode = u"terminal_illness"_s;
        e.type = u"medical_records"_s;
        e.requestedOn = QDate(2026, 9, 1);
        auto first = model.addEvidence(e);
        QVERIFY(first.ok());
        e.type = u"physician_letter"_s;
        e.receivedOn = QDate(2026, 9, 20);
        QVERIFY(model.addEvidence(e).ok());
        const int row = model.rowOfCode(u"terminal_illness"_s);
        QCOMPARE(model.index(row, ReasonChecklistModel::EvidenceColumn).data().toString(),
                 u"1 of 2 received"_s);
        QCOMPARE(model.entryAt(row)->evidence.first().caseId, m_caseId);

        EvidenceItem arrived = model.entryAt(row)->evidence.first();
        arrived.receivedOn = QDate(2026, 9, 25);
        QVERIFY(model.updateEvidence(arrived).ok());
        QCOMPARE(model.index(row, ReasonChecklistModel::EvidenceColumn).data().toString(), u"2 received"_s);
        QVERIFY(model.removeEvidence(*first).ok());
        QCOMPARE(model.index(row, ReasonChecklistModel::EvidenceColumn).data().toString(), u"1 received"_s);
    }

    void rehabilitationAloneIsFlagged()
    {
        ReasonChecklistModel model(m_db->connection(), m_caseId);
        QVERIFY(!model.rehabilitationStandsAlone());
        QVERIFY(model.setAssessment(model.rowOfCode(u"rehabilitation"_s), u"likely"_s, {}).ok());
        QVERIFY(model.rehabilitationStandsAlone());
        QVERIFY(model.setAssessment(model.rowOfCode(u"age"_s), u"possible"_s, {}).ok());
        QVERIFY(!model.rehabilitationStandsAlone());
        QVERIFY(model.setAssessment(model.rowOfCode(u"age"_s), u"unlikely"_s, {}).ok());
        QVERIFY(model.rehabilitationStandsAlone());
    }

    void unknownCaseGivesAnEmptyModelAndAnError()
    {
        ReasonChecklistModel model(m_db->connection(), 9999);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.reload().error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestReasonChecklistModel)
#include "tst_reasonchecklistmodel.moc"
