// CaseRepository: cases, persons and submitters saved whole or not at all, with row versions, status
// history, notes, duplicate detection and an audit trail.
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/Database.h"

#include "TestDatabase.h"
#include "core/Actor.h"
#include "domain/FieldCatalog.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

int rows(const QSqlDatabase &db, const QString &table)
{
    return test::scalar(db, u"SELECT count(*) FROM "_s + table).toInt();
}

QStringList matchedOn(const QList<DuplicateCandidate> &list, qint64 caseId)
{
    for (const DuplicateCandidate &d : list) {
        if (d.caseId == caseId)
            return d.matchedOn;
    }
    return {};
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<CaseRepository> m_repo;

    qint64 createCase(CaseRecord c)
    {
        auto id = m_repo->create(c);
        if (!id)
            qWarning("create failed: %s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void create_load_roundTripsEveryField();
    void create_normalisesRegisterNumberAndChoices();
    void create_invalidAnswers_refusedAndNothingWritten();
    void create_duplicateSubmissionId_refusedAndNothingWritten();
    void create_retryAfterFailedCreate_succeeds();
    void create_samePersonAgain_linksAndFlagsReturning();
    void create_sqlInNames_storedVerbatimAndHarmless();
    void load_unknownCase_isNotFound();
    void findBySubmissionId_findsOnlyThatCase();
    void update_incrementsRowVersion();
    void update_writesOnlyWhatChanged_andKeepsSearchAndDuplicatesCurrent();
    void update_personChangedThroughAnotherCase_isAConflictNotAnOverwrite();
    void update_staleRowVersion_isConflictAndNothingOverwritten();
    void update_twoConnections_secondGetsConflict();
    void update_cannotChangeStatus();
    void update_invalidAnswers_refused();
    void changeStatus_allowedMove_isRecordedWithActor();
    void changeStatus_refusedMove_changesNothing();
    void changeStatus_unknownStatusOrCase_refused();
    void notes_addedInOrderWithAuthor();
    void findDuplicates_byRegisterNumber();
    void findDuplicates_byNameAndBirthDate_ignoringCase();
    void findDuplicates_byNameAndBirthDate_ignoringCaseOfAccentedLetters();
    void findDuplicates_bySubmitterPhone_formattedDifferently();
    void findDuplicates_bySubmitterEmail_caseDiffers();
    void findDuplicates_byAdditionalSubmitter();
    void findDuplicates_excludesTheCaseItselfAndUnrelated();
    void auditLog_recordsCreateUpdateStatusAndNote();
    void auditLog_refusesUpdateAndDelete();
    void auditLog_keepsMedicalAndFamilyDetailsApart();
    void drafts_saveUpdateDelete();
};

void TestCaseRepository::init()
{
    Actor::setCurrent(u"tester"_s);
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    m_repo = std::make_unique<CaseRepository>(m_t->db());
}

void TestCaseRepository::cleanup()
{
    m_repo.reset();
    m_t.reset();
}

void TestCaseRepository::create_load_roundTripsEveryField()
{
    CaseRecord c = test::validCase();
    c.moreSubmitters << Submitter{0,
                                  u"Pedro García"_s,
                                  u"Brother"_s,
                                  u"+1 646 555 0188"_s,
                                  u"pedro@example.com"_s,
                                  u"5 Elm St"_s,
                                  u"English"_s}
                     << Submitter{0, u"Rev. Ann Lee"_s, u"Chaplain"_s, {}, u"chaplain@example.org"_s, {}, {}};
    c.extraAnswers =
        QJsonObject{{u"how_heard"_s, u"radio"_s}, {u"best_time"_s, QJsonArray{u"morning"_s, u"evening"_s}}};
    auto id = m_repo->create(c);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    QCOMPARE(c.id, *id);
    QVERIFY(c.personId > 0);
    QCOMPARE(c.rowVersion, 1);

    auto loaded = m_repo->load(*id);
    QVERIFY2(loaded, qPrintable(loaded.error().fullText()));
    const CaseRecord expected = test::validCase();
    for (const QString &key : FieldCatalog::keys())
        QVERIFY2(loaded->value(key) == expected.value(key),
                 qPrintable(key + u": "_s + loaded->value(key) + u" != "_s + expected.value(key)));
    QCOMPARE(loaded->moreSubmitters.size(), 2);
    QCOMPARE(loaded->moreSubmitters.at(0).name, u"Pedro García"_s);
    QCOMPARE(loaded->moreSubmitters.at(0).phone, u"+1 646 555 0188"_s);
    QCOMPARE(loaded->moreSubmitters.at(0).address, u"5 Elm St"_s);
    QCOMPARE(loaded->moreSubmitters.at(1).name, u"Rev. Ann Lee"_s);
    QCOMPARE(loaded->moreSubmitters.at(1).relationship, u"Chaplain"_s);
    QCOMPARE(loaded->extraAnswers, c.extraAnswers);
    QCOMPARE(loaded->status, u"received"_s);
    QCOMPARE(loaded->rowVersion, 1);
    QCOMPARE(loaded->personId, c.personId);
    QVERIFY(!loaded->returningPerson);
    QVERIFY(loaded->createdAt.isValid());
    QVERIFY(loaded->updatedAt.isValid());
    QCOMPARE(loaded->values(), c.values());
    QVERIFY(loaded->moreSubmitters.at(0).id > 0);
}

void TestCaseRepository::create_normalisesRegisterNumberAndChoices()
{
    CaseRecord c = test::validCase();
    c.setValue(u"register_number"_s, u" 12345054 "_s);
    c.setValue(u"sentencing_district"_s, u"S.D.N.Y."_s);
    c.setValue(u"court_type"_s, u"Federal"_s);
    c.setValue(u"sentence_months"_s, u"LIFE"_s);
    c.setValue(u"projected_release_date"_s, {});
    const qint64 id = createCase(c);
    QVERIFY(id > 0);
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->value(u"register_number"), u"12345-054"_s);
    QCOMPARE(loaded->value(u"sentencing_district"), u"nysd"_s);
    QCOMPARE(loaded->value(u"court_type"), u"federal"_s);
    QCOMPARE(loaded->value(u"sentence_months"), u"life"_s);
    QVERIFY(loaded->isLifeSentence());
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT register_number FROM persons"_s).toString(),
             u"12345-054"_s);
}

void TestCaseRepository::create_invalidAnswers_refusedAndNothingWritten()
{
    CaseRecord c = test::validCase();
    c.setValue(u"register_number"_s, u"12-34"_s);
    c.setValue(u"sentence_months"_s, u"0"_s);
    auto id = m_repo->create(c);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(id.error().message.contains(u"12-34"_s), qPrintable(id.error().message));
    QVERIFY2(id.error().message.contains(u"months"_s), qPrintable(id.error().message));
    for (const QString &table :
         {u"persons"_s, u"cases"_s, u"submitters"_s, u"status_history"_s, u"audit_log"_s, u"case_search"_s})
        QVERIFY2(rows(m_t->connection(), table) == 0, qPrintable(table));
}

void TestCaseRepository::create_duplicateSubmissionId_refusedAndNothingWritten()
{
    QVERIFY(createCase(test::validCase()) > 0);
    const int persons = rows(m_t->connection(), u"persons"_s);
    const int audit = rows(m_t->connection(), u"audit_log"_s);
    CaseRecord again = test::validCase(u"Other Person"_s, u"55555-055"_s); // same submission_id
    auto id = m_repo->create(again);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(rows(m_t->connection(), u"cases"_s), 1);
    QCOMPARE(rows(m_t->connection(), u"persons"_s), persons);
    QCOMPARE(rows(m_t->connection(), u"audit_log"_s), audit);
}

void TestCaseRepository::create_retryAfterFailedCreate_succeeds()
{
    // The intake form keeps the record when a save fails; the person fixes the answer and saves again.
    QVERIFY(createCase(test::validCase()) > 0);
    CaseRecord again = test::validCase(u"Other Person"_s, u"55555-055"_s);
    QVERIFY(!m_repo->create(again)); // same submission_id as the first case
    again.setValue(u"submission_id"_s, u"FORM-2024-0002"_s);
    auto id = m_repo->create(again);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    auto loaded = m_repo->load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->value(u"person_name"), u"Other Person"_s);
    QVERIFY(!loaded->returningPerson);
}

void TestCaseRepository::create_samePersonAgain_linksAndFlagsReturning()
{
    CaseRecord first = test::validCase();
    auto created = m_repo->create(first);
    QVERIFY(created);
    const qint64 firstId = *created;

    CaseRecord second = test::minimalCase(u"José García"_s);
    second.setValue(u"register_number"_s, u"12345054"_s); // same number, typed without the dash
    second.setValue(u"submission_id"_s, u"FORM-2025-0042"_s);
    auto secondId = m_repo->create(second);
    QVERIFY2(secondId, qPrintable(secondId.error().fullText()));
    QCOMPARE(second.personId, first.personId);
    QVERIFY(second.returningPerson);

    auto loadedSecond = m_repo->load(*secondId);
    QVERIFY(loadedSecond);
    QVERIFY(loadedSecond->returningPerson);
    QCOMPARE(loadedSecond->personId, first.personId);
    // What the new request left empty keeps the person's known answers.
    QCOMPARE(loadedSecond->value(u"date_of_birth"), u"1958-04-12"_s);
    QCOMPARE(loadedSecond->value(u"aliases"), u"Pepe García; J. Garcia"_s);
    auto loadedFirst = m_repo->load(firstId);
    QVERIFY(loadedFirst);
    QVERIFY(!loadedFirst->returningPerson);
    QCOMPARE(rows(m_t->connection(), u"persons"_s), 1);
}

void TestCaseRepository::create_sqlInNames_storedVerbatimAndHarmless()
{
    const QString evilName = u"Robert'); DROP TABLE cases;--"_s;
    const QString evilFacility = u"FCI \" OR 1=1 --"_s;
    CaseRecord c = test::validCase(evilName, u"77777-077"_s);
    c.setValue(u"facility"_s, evilFacility);
    c.setValue(u"submission_id"_s, u"x' OR 'x'='x"_s);
    c.extraAnswers = QJsonObject{{u"'; DELETE FROM persons; --"_s, u"%_\\"_s}};
    const qint64 id = createCase(c);
    QVERIFY(id > 0);
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->value(u"person_name"), evilName);
    QCOMPARE(loaded->value(u"facility"), evilFacility);
    QCOMPARE(loaded->extraAnswers, c.extraAnswers);
    QCOMPARE(rows(m_t->connection(), u"cases"_s), 1);
    QCOMPARE(rows(m_t->connection(), u"persons"_s), 1);
    auto found = m_repo->findBySubmissionId(u"x' OR 'x'='x"_s);
    QVERIFY(found);
    QCOMPARE(found->value_or(0), id);
    auto notFound = m_repo->findBySubmissionId(u"' OR '1'='1"_s);
    QVERIFY(notFound);
    QVERIFY(!notFound->has_value());
}

void TestCaseRepository::load_unknownCase_isNotFound()
{
    auto loaded = m_repo->load(4242);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, Error::Kind::NotFound);
    QVERIFY(loaded.error().message.contains(u"4242"_s));
}

void TestCaseRepository::findBySubmissionId_findsOnlyThatCase()
{
    const qint64 a = createCase(test::validCase());
    CaseRecord other = test::validCase(u"Someone"_s, u"22222-022"_s);
    other.setValue(u"submission_id"_s, u"FORM-2024-0002"_s);
    const qint64 b = createCase(other);
    QVERIFY(a > 0 && b > 0);
    auto found = m_repo->findBySubmissionId(u"FORM-2024-0002"_s);
    QVERIFY(found);
    QCOMPARE(found->value_or(0), b);
    auto none = m_repo->findBySubmissionId(u"FORM-2024-9999"_s);
    QVERIFY(none);
    QVERIFY(!none->has_value());
    auto count = m_repo->count();
    QVERIFY(count);
    QCOMPARE(*count, 2);
    auto ids = m_repo->allIds();
    QVERIFY(ids);
    QCOMPARE(*ids, (QList<qint64>{a, b}));
}

void TestCaseRepository::update_incrementsRowVersion()
{
    const qint64 id = createCase(test::validCase());
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    CaseRecord edited = *loaded;
    edited.setValue(u"facility"_s, u"FMC Devens"_s);
    edited.setValue(u"person_name"_s, u"José A. García"_s);
    QVERIFY2(m_repo->update(edited), "update failed");
    QCOMPARE(edited.rowVersion, 2);
    auto again = m_repo->load(id);
    QVERIFY(again);
    QCOMPARE(again->rowVersion, 2);
    QCOMPARE(again->value(u"facility"), u"FMC Devens"_s);
    QCOMPARE(again->value(u"person_name"), u"José A. García"_s);
    // A second save of the same object works, because update() advanced its row version.
    edited.setValue(u"facility"_s, u"FMC Butner"_s);
    QVERIFY(m_repo->update(edited));
    QCOMPARE(edited.rowVersion, 3);
}

void TestCaseRepository::update_writesOnlyWhatChanged_andKeepsSearchAndDuplicatesCurrent()
{
    const QSqlDatabase db = m_t->connection();
    auto search = [&](const QString &word) {
        if (m_t->isShared()) {
            return test::scalar(db, u"SELECT count(*) FROM case_search WHERE doc_all @@ to_tsquery('simple', '%1')"_s.arg(word))
                .toInt();
        }
        return test::scalar(db, u"SELECT count(*) FROM case_search WHERE case_search MATCH '\"%1\"'"_s.arg(word)).toInt();
    };
    auto personStamp = [&](qint64 caseId) {
        return test::scalar(db, u"SELECT p.updated_at || '|' || p.name_sort_key FROM persons p JOIN cases c"
                                " ON c.person_id = p.id WHERE c.id = %1"_s.arg(caseId)).toString();
    };
    const qint64 id = createCase(test::validCase());
    // Temporary triggers (this connection only) count the writes to the person and submitter rows.
    QSqlQuery q(db);
    if (m_t->isShared()) { // this test's own database: plain triggers do
        QVERIFY(q.exec(u"CREATE TABLE writes(what TEXT)"_s));
        QVERIFY(q.exec(u"CREATE FUNCTION note_write() RETURNS trigger LANGUAGE plpgsql AS $f$"
                       " BEGIN INSERT INTO writes VALUES (TG_ARGV[0]); RETURN NULL; END $f$"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER person_written AFTER UPDATE ON persons"
                       " FOR EACH ROW EXECUTE FUNCTION note_write('person')"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER submitters_written AFTER DELETE ON submitters"
                       " FOR EACH ROW EXECUTE FUNCTION note_write('submitters')"_s));
    } else {
        QVERIFY(q.exec(u"CREATE TEMP TABLE writes(what TEXT)"_s));
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER person_written AFTER UPDATE ON main.persons"
                       " BEGIN INSERT INTO writes VALUES ('person'); END"_s));
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER submitters_written AFTER DELETE ON main.submitters"
                       " BEGIN INSERT INTO writes VALUES ('submitters'); END"_s));
    }
    auto written = [&](const QString &what) {
        return test::scalar(db, u"SELECT count(*) FROM writes WHERE what = '%1'"_s.arg(what)).toInt();
    };
    const qint64 auditBefore = rows(db, u"audit_log"_s);

    // An answer nobody searches: the case row and its audit entry only.
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    loaded->setValue(u"release_plan"_s, u"Halfway house in Durham"_s);
    QVERIFY(m_repo->update(*loaded));
    QCOMPARE(written(u"person"_s), 0);
    QCOMPARE(written(u"submitters"_s), 0);
    QCOMPARE(m_repo->load(id)->value(u"release_plan"), u"Halfway house in Durham"_s);
    QCOMPARE(rows(db, u"audit_log"_s), auditBefore + 1);

    // A searched case answer: the index follows.
    loaded->setValue(u"medical_summary"_s, u"Awaiting a kidney transplant"_s);
    QVERIFY(m_repo->update(*loaded));
    QCOMPARE(search(u"transplant"_s), 1);
    QCOMPARE(search(u"pancreatic"_s), 0);

    // The person's name: the person row, its sort key and the index follow.
    loaded->setValue(u"person_name"_s, u"Ñandú Ortega"_s);
    QVERIFY(m_repo->update(*loaded));
    QVERIFY(personStamp(id).endsWith(u"|nandu ortega"_s));
    QCOMPARE(search(u"ortega"_s), 1);
    QCOMPARE(written(u"person"_s), 1);
    QCOMPARE(written(u"submitters"_s), 0);

    // A submitter's phone: the submitters and the duplicate check follow.
    loaded->setValue(u"submitter_phone"_s, u"(919) 555-0199"_s);
    QVERIFY(m_repo->update(*loaded));
    QVERIFY(written(u"submitters"_s) > 0);
    CaseRecord probe;
    probe.setValue(u"submitter_phone"_s, u"919.555.0199"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QVERIFY(matchedOn(*dups, id).contains(u"submitter_phone"_s));
    QCOMPARE(m_repo->load(id)->rowVersion, 5);
}

void TestCaseRepository::update_personChangedThroughAnotherCase_isAConflictNotAnOverwrite()
{
    // Two requests of the same person (a returning person). A form open on the first holds the person's
    // answers; a colleague corrects the name through the second. Saving the first must not write the old
    // name back: it meets the conflict, and the merge dialog shows the name.
    CaseRecord first = test::validCase();
    const qint64 a = createCase(first);
    CaseRecord second = test::validCase();
    second.setValue(u"submission_id"_s, u"FORM-2024-0099"_s);
    const qint64 b = createCase(second);
    QVERIFY(a > 0 && b > 0);
    auto openA = m_repo->load(a);
    QVERIFY(openA);
    QCOMPARE(openA->personId, m_repo->load(b)->personId);
    auto openB = m_repo->load(b);
    QVERIFY(openB);
    openB->setValue(u"person_name"_s, u"José Antonio García"_s);
    QVERIFY(m_repo->update(*openB));

    openA->setValue(u"facility"_s, u"FMC Carswell"_s);
    const Status stale = m_repo->update(*openA);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    auto now = m_repo->load(a);
    QVERIFY(now);
    QCOMPARE(now->value(u"person_name"), u"José Antonio García"_s);
    QCOMPARE(now->value(u"facility"), u"FMC Butner"_s);
    // Reloaded, the same edit saves and keeps the corrected name.
    now->setValue(u"facility"_s, u"FMC Carswell"_s);
    QVERIFY(m_repo->update(*now));
    QCOMPARE(m_repo->load(a)->value(u"person_name"), u"José Antonio García"_s);
}

void TestCaseRepository::update_staleRowVersion_isConflictAndNothingOverwritten()
{
    const qint64 id = createCase(test::validCase());
    auto first = m_repo->load(id);
    auto second = m_repo->load(id);
    QVERIFY(first && second);
    first->setValue(u"facility"_s, u"FMC Devens"_s);
    QVERIFY(m_repo->update(*first));
    second->setValue(u"facility"_s, u"USP Lee"_s);
    second->setValue(u"release_plan"_s, u"Overwritten plan"_s);
    Status s = m_repo->update(*second);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QVERIFY2(s.error().message.contains(u"changed by someone else"_s), qPrintable(s.error().message));
    auto now = m_repo->load(id);
    QVERIFY(now);
    QCOMPARE(now->value(u"facility"), u"FMC Devens"_s);
    QCOMPARE(now->value(u"release_plan"), test::validCase().value(u"release_plan"));
    QCOMPARE(now->rowVersion, 2);
    QCOMPARE(second->rowVersion, 1);
}

void TestCaseRepository::update_twoConnections_secondGetsConflict()
{
    const qint64 id = createCase(test::validCase());
    auto otherDb = m_t->db().openAnotherConnection();
    QVERIFY2(otherDb, qPrintable(otherDb.error().fullText()));
    CaseRepository other(**otherDb);
    auto mine = m_repo->load(id);
    auto theirs = other.load(id);
    QVERIFY(mine && theirs);
    mine->setValue(u"facility"_s, u"Mine"_s);
    theirs->setValue(u"facility"_s, u"Theirs"_s);
    QVERIFY(m_repo->update(*mine));
    Status s = other.update(*theirs);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    auto now = other.load(id);
    QVERIFY(now);
    QCOMPARE(now->value(u"facility"), u"Mine"_s);
}

void TestCaseRepository::update_cannotChangeStatus()
{
    const qint64 id = createCase(test::validCase());
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    loaded->status = u"granted"_s;
    QVERIFY(m_repo->update(*loaded));
    QCOMPARE(loaded->status, u"received"_s);
    auto now = m_repo->load(id);
    QVERIFY(now);
    QCOMPARE(now->status, u"received"_s);
}

void TestCaseRepository::update_invalidAnswers_refused()
{
    const qint64 id = createCase(test::validCase());
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    loaded->setValue(u"court_type"_s, u"tribal"_s);
    Status s = m_repo->update(*loaded);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::InvalidInput);
    auto now = m_repo->load(id);
    QVERIFY(now);
    QCOMPARE(now->value(u"court_type"), u"federal"_s);
    QCOMPARE(now->rowVersion, 1);
}

void TestCaseRepository::changeStatus_allowedMove_isRecordedWithActor()
{
    const qint64 id = createCase(test::validCase());
    Actor::setCurrent(u"maria.intake"_s);
    QVERIFY(m_repo->changeStatus(id, u"screening"_s, u"Records requested"_s));
    QVERIFY(m_repo->changeStatus(id, u"screened_in"_s));
    QVERIFY(m_repo->changeStatus(id, u"screened_in"_s)); // no move, no history entry
    auto history = m_repo->statusHistory(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).from, QString());
    QCOMPARE(history->at(0).to, u"received"_s);
    QCOMPARE(history->at(0).changedBy, u"tester"_s);
    QCOMPARE(history->at(1).from, u"received"_s);
    QCOMPARE(history->at(1).to, u"screening"_s);
    QCOMPARE(history->at(1).changedBy, u"maria.intake"_s);
    QCOMPARE(history->at(1).comment, u"Records requested"_s);
    QVERIFY(history->at(1).changedAt.isValid());
    QCOMPARE(history->at(2).to, u"screened_in"_s);
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, u"screened_in"_s);
    QCOMPARE(loaded->rowVersion, 3); // a status move is a change other editors must see
}

void TestCaseRepository::changeStatus_refusedMove_changesNothing()
{
    const qint64 id = createCase(test::validCase());
    Status s = m_repo->changeStatus(id, u"granted"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(s.error().message.contains(u"Received"_s) && s.error().message.contains(u"Granted"_s),
             qPrintable(s.error().message));
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, u"received"_s);
    QCOMPARE(loaded->rowVersion, 1);
    auto history = m_repo->statusHistory(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
}

void TestCaseRepository::changeStatus_unknownStatusOrCase_refused()
{
    const qint64 id = createCase(test::validCase());
    Status bad = m_repo->changeStatus(id, u"archived"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
    Status missing = m_repo->changeStatus(id + 100, u"screening"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestCaseRepository::notes_addedInOrderWithAuthor()
{
    const qint64 id = createCase(test::validCase());
    auto n1 = m_repo->addNote(id, u"Called the sister."_s);
    Actor::setCurrent(u"volunteer.kim"_s);
    auto n2 = m_repo->addNote(id, u"Medical records received.\nTwo pages missing."_s);
    QVERIFY(n1 && n2);
    QVERIFY(*n2 > *n1);
    auto empty = m_repo->addNote(id, u"  \n "_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Error::Kind::InvalidInput);
    auto notes = m_repo->notes(id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->at(0).body, u"Called the sister."_s);
    QCOMPARE(notes->at(0).author, u"tester"_s);
    QCOMPARE(notes->at(1).body, u"Medical records received.\nTwo pages missing."_s);
    QCOMPARE(notes->at(1).author, u"volunteer.kim"_s);
    QVERIFY(notes->at(1).createdAt.isValid());
}

void TestCaseRepository::findDuplicates_byRegisterNumber()
{
    const qint64 id = createCase(test::validCase());
    CaseRecord probe;
    probe.setValue(u"person_name"_s, u"Different Name"_s);
    probe.setValue(u"register_number"_s, u"12345054"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(dups->size(), 1);
    QCOMPARE(dups->first().caseId, id);
    QCOMPARE(dups->first().matchedOn, QStringList{u"register_number"_s});
    QCOMPARE(dups->first().personName, u"José García"_s);
    QCOMPARE(dups->first().registerNumber, u"12345-054"_s);
    QCOMPARE(dups->first().status, u"received"_s);
}

void TestCaseRepository::findDuplicates_byNameAndBirthDate_ignoringCase()
{
    CaseRecord c = test::minimalCase(u"Mary Smith"_s);
    c.setValue(u"date_of_birth"_s, u"1960-01-02"_s);
    const qint64 id = createCase(c);
    CaseRecord probe = test::minimalCase(u"  MARY smith "_s);
    probe.setValue(u"date_of_birth"_s, u"1960-01-02"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(matchedOn(*dups, id), QStringList{u"name_and_birth_date"_s});
    probe.setValue(u"date_of_birth"_s, u"1960-01-03"_s);
    dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QVERIFY(dups->isEmpty());
}

void TestCaseRepository::findDuplicates_byNameAndBirthDate_ignoringCaseOfAccentedLetters()
{
    // Staff often type names in capitals from BOP paperwork: "JOSÉ GARCÍA" is the same person.
    CaseRecord c = test::minimalCase(u"JOSÉ GARCÍA"_s);
    c.setValue(u"date_of_birth"_s, u"1958-04-12"_s);
    const qint64 id = createCase(c);
    QVERIFY(id > 0);
    CaseRecord probe = test::minimalCase(u"José García"_s);
    probe.setValue(u"date_of_birth"_s, u"1958-04-12"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(matchedOn(*dups, id), QStringList{u"name_and_birth_date"_s});
}

void TestCaseRepository::findDuplicates_bySubmitterPhone_formattedDifferently()
{
    const qint64 id = createCase(test::validCase()); // (212) 555-0143
    CaseRecord probe = test::minimalCase(u"Unrelated Name"_s);
    probe.setValue(u"submitter_phone"_s, u"+1 212.555.0143"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(dups->size(), 1);
    QCOMPARE(matchedOn(*dups, id), QStringList{u"submitter_phone"_s});
}

void TestCaseRepository::findDuplicates_bySubmitterEmail_caseDiffers()
{
    const qint64 id = createCase(test::validCase()); // ana.garcia@example.org
    CaseRecord probe = test::minimalCase(u"Unrelated Name"_s);
    probe.setValue(u"submitter_email"_s, u" Ana.Garcia@EXAMPLE.org"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(dups->size(), 1);
    QCOMPARE(matchedOn(*dups, id), QStringList{u"submitter_email"_s});
}

void TestCaseRepository::findDuplicates_byAdditionalSubmitter()
{
    CaseRecord c = test::validCase();
    c.moreSubmitters << Submitter{0, u"Pedro"_s, u"Brother"_s, u"646-555-0188"_s, {}, {}, {}};
    const qint64 id = createCase(c);
    CaseRecord probe = test::minimalCase(u"Unrelated Name"_s);
    probe.setValue(u"submitter_phone"_s, u"(646) 555 0188"_s);
    auto dups = m_repo->findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(matchedOn(*dups, id), QStringList{u"submitter_phone"_s});
}

void TestCaseRepository::findDuplicates_excludesTheCaseItselfAndUnrelated()
{
    CaseRecord c = test::validCase();
    const qint64 id = createCase(c);
    CaseRecord unrelated = test::minimalCase(u"Somebody Else"_s);
    unrelated.setValue(u"submitter_phone"_s, u"(305) 555-0000"_s);
    const qint64 other = createCase(unrelated);
    QVERIFY(id > 0 && other > 0);
    auto self = m_repo->findDuplicates(c, id);
    QVERIFY(self);
    QVERIFY2(self->isEmpty(), "a case is not its own duplicate");
    // Without the exclusion the case finds itself on all four grounds, and never the unrelated one.
    auto all = m_repo->findDuplicates(c);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QStringList grounds = matchedOn(*all, id);
    grounds.sort();
    QCOMPARE(grounds, (QStringList{u"name_and_birth_date"_s, u"register_number"_s, u"submitter_email"_s,
                                   u"submitter_phone"_s}));
}

void TestCaseRepository::auditLog_keepsMedicalAndFamilyDetailsApart()
{
    // The summaries of a create or an update go to the entry's private columns, which a server keeps from
    // coordinators and auditors; the rest of the entry stays where every reader can see it. Read back, the
    // entry is whole for a connection that may read both.
    const qint64 id = createCase(test::validCase());
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    loaded->setValue(u"medical_summary"_s, u"Metastasis found in March."_s);
    loaded->setValue(u"family_summary"_s, u"Her daughter is 9."_s);
    loaded->setValue(u"facility"_s, u"FMC Devens"_s);
    QVERIFY(m_repo->update(*loaded));

    auto stored = Sql::run(m_t->connection(),
                           u"SELECT after_json, after_private, before_private FROM audit_log"
                           " WHERE entity = 'case' AND entity_id = :id ORDER BY id"_s,
                           {{":id", id}});
    QVERIFY(stored);
    QVERIFY(stored->next()); // create
    QVERIFY(!stored->value(0).toString().contains(u"Stage IV"_s));
    QVERIFY(stored->value(1).toString().contains(u"Stage IV pancreatic cancer"_s));
    QVERIFY(stored->value(1).toString().contains(u"His sister will care for him."_s));
    QVERIFY(stored->value(0).toString().contains(u"FMC Butner"_s));
    QVERIFY(stored->next()); // update
    QCOMPARE(stored->value(0).toString(), uR"({"facility":"FMC Devens","row_version":2})"_s);
    QVERIFY(stored->value(1).toString().contains(u"Metastasis found in March."_s));
    QVERIFY(stored->value(1).toString().contains(u"Her daughter is 9."_s));
    QVERIFY(stored->value(2).toString().contains(u"Stage IV pancreatic cancer"_s));
    stored->finish();

    auto entries = AuditLog::entries(m_t->connection(), u"case"_s, id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(1).after.value(u"facility"_s).toString(), u"FMC Devens"_s);
    QCOMPARE(entries->at(1).after.value(u"medical_summary"_s).toString(), u"Metastasis found in March."_s);
    QCOMPARE(entries->at(1).before.value(u"family_summary"_s).toString(), u"His sister will care for him."_s);
}

void TestCaseRepository::auditLog_recordsCreateUpdateStatusAndNote()
{
    const qint64 id = createCase(test::validCase());
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    loaded->setValue(u"facility"_s, u"FMC Devens"_s);
    QVERIFY(m_repo->update(*loaded));
    Actor::setCurrent(u"lead"_s);
    QVERIFY(m_repo->changeStatus(id, u"screening"_s, u"start"_s));
    QVERIFY(m_repo->addNote(id, u"a note"_s));

    auto entries = AuditLog::entries(m_t->connection(), u"case"_s, id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 4);
    const AuditEntry &create = entries->at(0);
    QCOMPARE(create.action, u"create"_s);
    QCOMPARE(create.actor, m_t->auditActor(u"tester"_s));
    QVERIFY(create.before.isEmpty());
    QCOMPARE(create.after.value(u"person_name"_s).toString(), u"José García"_s);
    QVERIFY(create.at.isValid());

    const AuditEntry &update = entries->at(1);
    QCOMPARE(update.action, u"update"_s);
    QCOMPARE(update.before.value(u"facility"_s).toString(), u"FMC Butner"_s);
    QCOMPARE(update.after.value(u"facility"_s).toString(), u"FMC Devens"_s);
    QVERIFY2(!update.after.contains(u"person_name"_s), "an update entry keeps only what changed");
    QVERIFY(!update.after.contains(u"medical_summary"_s));

    const AuditEntry &status = entries->at(2);
    QCOMPARE(status.action, u"status"_s);
    QCOMPARE(status.actor, m_t->auditActor(u"lead"_s));
    QCOMPARE(status.before.value(u"status"_s).toString(), u"received"_s);
    QCOMPARE(status.after.value(u"status"_s).toString(), u"screening"_s);
    QCOMPARE(entries->at(3).action, u"note"_s);
    QCOMPARE(entries->at(3).after.value(u"note"_s).toString(), u"a note"_s);

    // Saving without a change writes no update entry.
    auto unchanged = m_repo->load(id);
    QVERIFY(unchanged);
    const int before = rows(m_t->connection(), u"audit_log"_s);
    QVERIFY(m_repo->update(*unchanged));
    auto after = AuditLog::entries(m_t->connection(), u"case"_s, id);
    QVERIFY(after);
    for (qsizetype i = 4; i < after->size(); ++i)
        QVERIFY2(!after->at(i).after.contains(u"facility"_s), "no field changed");
    QVERIFY(rows(m_t->connection(), u"audit_log"_s) <= before + 1); // at most the row-version bump
}

void TestCaseRepository::auditLog_refusesUpdateAndDelete()
{
    QVERIFY(createCase(test::validCase()) > 0);
    const int count = rows(m_t->connection(), u"audit_log"_s);
    QVERIFY(count >= 1);
    QSqlQuery q(m_t->connection());
    QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'mallory'"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QCOMPARE(rows(m_t->connection(), u"audit_log"_s), count);
    QCOMPARE(
        test::scalar(m_t->connection(), u"SELECT count(*) FROM audit_log WHERE actor = 'mallory'"_s).toInt(),
        0);
}

void TestCaseRepository::drafts_saveUpdateDelete()
{
    auto first = m_repo->saveDraft(0, 0, R"({"person_name":"Half typed"})");
    QVERIFY(first);
    auto same = m_repo->saveDraft(*first, 0, R"({"person_name":"Half typed name"})");
    QVERIFY(same);
    QCOMPARE(*same, *first);
    const qint64 caseId = createCase(test::validCase());
    auto forCase = m_repo->saveDraft(0, caseId, QByteArray("{\"facility\":\"FMC Devens – wing B\"}"));
    QVERIFY(forCase);
    QVERIFY(*forCase != *first);
    auto gone = m_repo->saveDraft(9999, 0, "{}"); // an autosave after the draft was deleted elsewhere
    QVERIFY(gone);
    QVERIFY(*gone != 9999);

    auto drafts = m_repo->drafts();
    QVERIFY(drafts);
    QCOMPARE(drafts->size(), 3);
    QCOMPARE(drafts->at(0).id, *first);
    QCOMPARE(drafts->at(0).caseId, 0);
    QCOMPARE(drafts->at(0).payload, QByteArray(R"({"person_name":"Half typed name"})"));
    QVERIFY(drafts->at(0).savedAt.isValid());
    QCOMPARE(drafts->at(1).caseId, caseId);
    QCOMPARE(drafts->at(1).payload, QByteArray("{\"facility\":\"FMC Devens – wing B\"}"));

    QVERIFY(m_repo->deleteDraft(*first));
    QVERIFY(m_repo->deleteDraft(*gone));
    drafts = m_repo->drafts();
    QVERIFY(drafts);
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->first().id, *forCase);
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
