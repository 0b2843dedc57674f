// Assignments: who holds a case, and the history of who held it before.
#include "storage/AssignmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/VolunteerRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestAssignmentRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_t; // a file, or a database on the test server
    Database *m_db = nullptr;
    qint64 m_caseId = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;

    qint64 addVolunteer(const QString &name)
    {
        Volunteer v;
        v.name = name;
        v.kind = u"solo"_s;
        v.capacity = 2;
        auto id = VolunteerRepository(*m_db).create(v);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_db = &m_t->db();
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Rosa Díaz"_s);
        auto id = CaseRepository(*m_db).create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        m_caseId = *id;
        m_ana = addVolunteer(u"Ana Volunteer"_s);
        m_ben = addVolunteer(u"Ben Volunteer"_s);
    }
    void cleanup() { m_db = nullptr;
        m_t.reset(); }

    void assignRecordsWhoAndWhenAndScore()
    {
        AssignmentRepository repo(*m_db);
        auto id = repo.assign(m_caseId, m_ana, QJsonObject{{u"expertise"_s, 3.0}}, 7.5);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        auto cur = repo.current(m_caseId);
        QVERIFY(cur.ok() && cur->has_value());
        const Assignment &a = **cur;
        QCOMPARE(a.volunteerId, m_ana);
        QCOMPARE(a.volunteerName, u"Ana Volunteer"_s);
        QVERIFY(a.hasScore);
        QCOMPARE(a.score, 7.5);
        QCOMPARE(a.scoreTerms.value(u"expertise"_s).toDouble(), 3.0);
        QVERIFY(!a.assignedBy.isEmpty());
        QVERIFY(qAbs(a.assignedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        auto audit = AuditLog::entries(m_db->connection(), u"assignment"_s, *id);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
    }

    void aSecondOpenAssignmentIsRefused()
    {
        AssignmentRepository repo(*m_db);
        QVERIFY(repo.assign(m_caseId, m_ana).ok());
        auto second = repo.assign(m_caseId, m_ben);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QVERIFY(second.error().message.contains(u"Ana Volunteer"_s));
        QCOMPARE(repo.history(m_caseId)->size(), 1);
    }

    void unknownCaseOrVolunteerIsRefused()
    {
        AssignmentRepository repo(*m_db);
        QCOMPARE(repo.assign(m_caseId + 100, m_ana).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.assign(m_caseId, m_ben + 100).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.history(m_caseId)->size(), 0);
    }

    void unassignKeepsHistoryAndAllowsANewAssignment()
    {
        AssignmentRepository repo(*m_db);
        QVERIFY(repo.assign(m_caseId, m_ana).ok());
        QVERIFY(repo.unassign(m_caseId, u"Moved to a clinic"_s).ok());
        QVERIFY(!repo.current(m_caseId)->has_value());
        QVERIFY(repo.assign(m_caseId, m_ben).ok());
        auto history = repo.history(m_caseId);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).endKind, Assignment::EndKind::Unassigned);
        QCOMPARE(history->at(0).endReason, u"Moved to a clinic"_s);
        QVERIFY(history->at(0).endedAt.isValid());
        QVERIFY(history->at(1).isOpen());
        QCOMPARE(history->at(1).volunteerId, m_ben);
    }

    void declineNeedsAReasonAndReturnsTheCaseToTheQueue()
    {
        AssignmentRepository repo(*m_db);
        QVERIFY(repo.assign(m_caseId, m_ana).ok());
        auto noReason = repo.decline(m_caseId, u"   "_s);
        QCOMPARE(noReason.error().kind, Error::Kind::InvalidInput);
        QVERIFY(repo.current(m_caseId)->has_value());
        QVERIFY(repo.decline(m_caseId, u"Conflict found at the firm"_s).ok());
        QVERIFY(!repo.current(m_caseId)->has_value());
        QCOMPARE(repo.history(m_caseId)->at(0).endKind, Assignment::EndKind::Declined);
    }

    void closingWithoutAnOpenAssignmentFails()
    {
        AssignmentRepository repo(*m_db);
        QCOMPARE(repo.unassign(m_caseId).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.complete(m_caseId).error().kind, Error::Kind::NotFound);
    }

    void openCountsAndAssignedSinceSeeOnlyOpenAssignments()
    {
        AssignmentRepository repo(*m_db);
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Second Person"_s);
        const qint64 second = *CaseRepository(*m_db).create(c);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(repo.assign(m_caseId, m_ana).ok());
        QVERIFY(repo.assign(second, m_ana).ok());
        QVERIFY(repo.unassign(second).ok());
        auto counts = repo.openCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(m_ana), 1);
        QCOMPARE(counts->value(m_ben), 0);
        auto since = repo.assignedSince(before);
        QVERIFY(since.ok());
        QCOMPARE(since->size(), 1);
        QCOMPARE(since->at(0).caseId, m_caseId);
        QCOMPARE(repo.assignedSince(QDateTime::currentDateTimeUtc().addSecs(60))->size(), 0);
    }

    void theDatabaseRefusesASecondOpenRowEvenBehindTheRepository()
    {
        AssignmentRepository repo(*m_db);
        QVERIFY(repo.assign(m_caseId, m_ana).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"INSERT INTO assignments(case_id, volunteer_id, assigned_at, assigned_by)"
                        " VALUES (%1, %2, '2026-01-01', 'x')"_s.arg(m_caseId).arg(m_ben)));
    }
};

QTEST_GUILESS_MAIN(TestAssignmentRepository)
#include "tst_assignmentrepository.moc"
