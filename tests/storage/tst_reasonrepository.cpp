// The reasons tracker: claims come from the questionnaire, assessments and evidence from staff.
#include "domain/ReasonCatalog.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/ReasonRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestReasonRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_t; // a file, or a database on the test server
    Database *m_db = nullptr;
    qint64 m_caseId = 0;

    const ReasonAssessment &entry(const QList<ReasonAssessment> &list, const QString &code)
    {
        for (const ReasonAssessment &a : list) {
            if (a.code == code)
                return a;
        }
        qFatal("reason not in list");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_db = &m_t->db();
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Ana Pérez"_s);
        c.setValue(u"reasons"_s, u"terminal_illness;family_parent"_s);
        auto id = CaseRepository(*m_db).create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        m_caseId = *id;
    }
    void cleanup() { m_db = nullptr;
        m_t.reset(); }

    void listsEveryCatalogueReasonWithClaimsFromTheQuestionnaire()
    {
        auto list = ReasonRepository(*m_db).forCase(m_caseId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), ReasonCatalog::reasons().size());
        QVERIFY(entry(*list, u"terminal_illness"_s).claimed);
        QVERIFY(entry(*list, u"family_parent"_s).claimed);
        QVERIFY(!entry(*list, u"age"_s).claimed);
        QCOMPARE(entry(*list, u"age"_s).assessment, u"not_assessed"_s);
    }

    void storesAssessmentAndNarrativeAndAuditsIt()
    {
        ReasonRepository repo(*m_db);
        QVERIFY(repo.setAssessment(m_caseId, u"terminal_illness"_s, u"likely"_s, u"Oncologist letter: <b>months</b>"_s).ok());
        QVERIFY(repo.setAssessment(m_caseId, u"terminal_illness"_s, u"possible"_s, u"Second opinion pending"_s).ok());
        auto list = repo.forCase(m_caseId);
        QVERIFY(list.ok());
        QCOMPARE(entry(*list, u"terminal_illness"_s).assessment, u"possible"_s);
        QCOMPARE(entry(*list, u"terminal_illness"_s).narrative, u"Second opinion pending"_s);
        auto audit = AuditLog::entries(m_db->connection(), u"case"_s, m_caseId);
        QVERIFY(audit.ok());
        QCOMPARE(audit->last().after.value(u"assessment"_s).toString(), u"possible"_s);
        QCOMPARE(audit->last().before.value(u"assessment"_s).toString(), u"likely"_s);
    }

    void refusesUnknownReasonOrAssessment()
    {
        ReasonRepository repo(*m_db);
        QCOMPARE(repo.setAssessment(m_caseId, u"made_up"_s, u"likely"_s, {}).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(repo.setAssessment(m_caseId, u"age"_s, u"certain"_s, {}).error().kind, Error::Kind::InvalidInput);
    }

    void tracksEvidenceFromRequestToReceipt()
    {
        ReasonRepository repo(*m_db);
        EvidenceItem e;
        e.caseId = m_caseId;
        e.reasonCode = u"terminal_illness"_s;
        e.type = u"bop_medical_records"_s;
        e.requestedOn = QDate(2026, 10, 1);
        auto id = repo.addEvidence(e);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        e.id = *id;
        e.receivedOn = QDate(2026, 10, 20);
        e.fileReference = u"scans/records-2026-10.pdf"_s;
        QVERIFY(repo.updateEvidence(e).ok());
        auto list = repo.forCase(m_caseId);
        QVERIFY(list.ok());
        const auto &items = entry(*list, u"terminal_illness"_s).evidence;
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().isReceived());
        QCOMPARE(items.first().fileReference, u"scans/records-2026-10.pdf"_s);
        QVERIFY(repo.removeEvidence(e.id).ok());
        QCOMPARE(entry(*repo.forCase(m_caseId), u"terminal_illness"_s).evidence.size(), 0);
        // The trail still says what was removed.
        auto audit = AuditLog::entries(m_db->connection(), u"case"_s, m_caseId);
        QVERIFY(audit.ok());
        QCOMPARE(audit->last().action, u"evidence_remove"_s);
        QCOMPARE(audit->last().before.value(u"file_reference"_s).toString(), u"scans/records-2026-10.pdf"_s);
        QCOMPARE(audit->last().before.value(u"type"_s).toString(), u"bop_medical_records"_s);
        QCOMPARE(repo.removeEvidence(e.id).error().kind, Error::Kind::NotFound);
    }

    void refusesEvidenceReceivedBeforeRequested()
    {
        EvidenceItem e;
        e.caseId = m_caseId;
        e.reasonCode = u"family_parent"_s;
        e.type = u"incapacity_evidence"_s;
        e.requestedOn = QDate(2026, 10, 10);
        e.receivedOn = QDate(2026, 10, 9);
        QCOMPARE(ReasonRepository(*m_db).addEvidence(e).error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestReasonRepository)
#include "tst_reasonrepository.moc"
