// MatchCaseRepository: cases read for matching, and the queue of screened-in cases without a volunteer.
#include "matching/MatchPlanner.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/MatchCaseRepository.h"
#include "storage/VolunteerRepository.h"

#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

CaseRecord screenedIn(const QString &name)
{
    CaseRecord r;
    r.setValue(u"person_name"_s, name);
    r.setValue(u"aliases"_s, u"Lu O."_s);
    r.setValue(u"court_type"_s, u"federal"_s);
    r.setValue(u"relief_sought"_s, u"compassionate_release"_s);
    r.setValue(u"sentence_status"_s, u"sentenced"_s);
    r.setValue(u"sentencing_district"_s, u"nysd"_s);
    r.setValue(u"reasons"_s, u"terminal_illness;age"_s);
    r.setValue(u"co_defendants"_s, u"Ramón Pérez; Ana Diaz"_s);
    r.setValue(u"facility"_s, u"FMC Butner, NC"_s);
    r.setValue(u"person_language"_s, u"Spanish"_s);
    r.setValue(u"submitter_name"_s, u"Rosa Ortega"_s);
    r.setValue(u"submitter_language"_s, u"English"_s);
    return r;
}

} // namespace

class TestMatchCaseRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_readsEverythingMatchingNeeds();
    void queue_onlyScreenedInWithoutOpenAssignment();
    void declines_rememberedPerCaseUntilTheVolunteerTakesItAgain();
    void reasons_listedTwiceCountOnce();
    void facilityState_fromTheCatalogueWithoutASuffix();
};

void TestMatchCaseRepository::load_readsEverythingMatchingNeeds()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRecord r = screenedIn(u"Luis Ortega"_s);
    auto id = CaseRepository(t.db()).create(r);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    auto c = MatchCaseRepository(t.connection()).load(*id);
    QVERIFY2(c, qPrintable(c.error().fullText()));
    QCOMPARE(c->id, *id);
    QCOMPARE(c->reasons, (QStringList{u"terminal_illness"_s, u"age"_s}));
    QVERIFY(c->isUrgent());
    QCOMPARE(c->district, u"nysd"_s);
    QCOMPARE(c->facilityState, u"NC"_s);
    QCOMPARE(c->languages, (QStringList{u"Spanish"_s, u"English"_s}));
    QCOMPARE(c->parties, (QStringList{u"Ramón Pérez"_s, u"Ana Diaz"_s, u"Luis Ortega"_s, u"Lu O."_s}));
    QCOMPARE(MatchCaseRepository(t.connection()).load(*id + 50).error().kind, Error::Kind::NotFound);
}

void TestMatchCaseRepository::queue_onlyScreenedInWithoutOpenAssignment()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRepository cases(t.db());
    CaseRecord a = screenedIn(u"Ann A"_s);
    CaseRecord b = screenedIn(u"Bob B"_s);
    CaseRecord state = screenedIn(u"Cy State"_s);
    state.setValue(u"court_type"_s, u"state"_s);
    CaseRecord unknown = screenedIn(u"Di Unknown"_s);
    unknown.setValue(u"sentence_status"_s, QString());
    QVERIFY(cases.create(a));
    QVERIFY(cases.create(b));
    QVERIFY(cases.create(state));
    QVERIFY(cases.create(unknown));
    Volunteer v;
    v.name = u"Val"_s;
    v.kind = u"solo"_s;
    QVERIFY(VolunteerRepository(t.db()).create(v));
    AssignmentRepository assignments(t.db());
    QVERIFY(assignments.assign(a.id, v.id));

    auto queue = MatchCaseRepository(t.connection()).queue();
    QVERIFY2(queue, qPrintable(queue.error().fullText()));
    QCOMPARE(queue->size(), 1);
    QCOMPARE(queue->first().id, b.id);

    // A decline puts the case back in the queue.
    QVERIFY(assignments.decline(a.id, u"Conflict found late"_s));
    queue = MatchCaseRepository(t.connection()).queue();
    QCOMPARE(queue->size(), 2);
    QCOMPARE(queue->first().id, a.id);
}

void TestMatchCaseRepository::declines_rememberedPerCaseUntilTheVolunteerTakesItAgain()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRepository cases(t.db());
    CaseRecord a = screenedIn(u"Ann A"_s);
    CaseRecord b = screenedIn(u"Bob B"_s);
    QVERIFY(cases.create(a));
    QVERIFY(cases.create(b));
    Volunteer v;
    v.name = u"Val"_s;
    v.kind = u"solo"_s;
    Volunteer w = v;
    w.name = u"Wes"_s;
    QVERIFY(VolunteerRepository(t.db()).create(v));
    QVERIFY(VolunteerRepository(t.db()).create(w));
    AssignmentRepository assignments(t.db());
    QVERIFY(assignments.assign(a.id, v.id));
    QVERIFY(assignments.decline(a.id, u"Trial next month"_s));
    QVERIFY(assignments.assign(a.id, w.id));
    QVERIFY(assignments.unassign(a.id)); // not a decline: Wes may be proposed again
    QVERIFY(assignments.assign(b.id, w.id));
    QVERIFY(assignments.decline(b.id, u"Too far"_s));

    auto queue = MatchCaseRepository(t.connection()).queue();
    QVERIFY2(queue, qPrintable(queue.error().fullText()));
    QCOMPARE(queue->size(), 2);
    QCOMPARE(queue->at(0).declines.keys(), QList<qint64>{v.id});
    QCOMPARE(queue->at(0).declines.value(v.id).reason, u"Trial next month"_s);
    QCOMPARE(queue->at(0).declines.value(v.id).on, QDate::currentDate());
    QCOMPARE(queue->at(1).declines.keys(), QList<qint64>{w.id});
    auto one = MatchCaseRepository(t.connection()).load(b.id);
    QVERIFY(one);
    QCOMPARE(one->declines.value(w.id).reason, u"Too far"_s);

    // Val is assigned the case again (changed their mind) and later unassigned: the decline is over.
    QVERIFY(assignments.assign(a.id, v.id));
    QVERIFY(assignments.unassign(a.id));
    one = MatchCaseRepository(t.connection()).load(a.id);
    QVERIFY(one);
    QVERIFY(one->declines.isEmpty());
}

void TestMatchCaseRepository::reasons_listedTwiceCountOnce()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRecord r = screenedIn(u"Luis Ortega"_s);
    r.setValue(u"reasons"_s, u"age;age;terminal_illness"_s);
    QVERIFY(CaseRepository(t.db()).create(r));
    auto c = MatchCaseRepository(t.connection()).load(r.id);
    QVERIFY2(c, qPrintable(c.error().fullText()));
    QCOMPARE(c->reasons, (QStringList{u"age"_s, u"terminal_illness"_s}));
    // The explained score and the batch's agree: one of two reasons covered, not two of three.
    Volunteer v;
    v.id = 1;
    v.name = u"Val"_s;
    v.kind = u"solo"_s;
    v.capacity = 2;
    v.expertise = {u"age"_s};
    v.trainings = {Training{QDate::currentDate().addMonths(-1), u"Fundamentals"_s}};
    const MatchPlanner planner({v}, {});
    const MatchCandidate m = planner.explain(*c, v);
    QCOMPARE(m.terms.at(0).key, u"expertise"_s);
    QCOMPARE(m.terms.at(0).points, MatchPlanner::kExpertisePoints / 2);
    const BatchPlan plan = planner.planBatch({*c});
    QCOMPARE(plan.assignments.size(), 1);
    QCOMPARE(plan.assignments.first().score, m.score);
}

void TestMatchCaseRepository::facilityState_fromTheCatalogueWithoutASuffix()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRecord r = screenedIn(u"Luis Ortega"_s);
    r.setValue(u"facility"_s, u"FMC Butner"_s);
    QVERIFY(CaseRepository(t.db()).create(r));
    auto c = MatchCaseRepository(t.connection()).load(r.id);
    QVERIFY2(c, qPrintable(c.error().fullText()));
    QCOMPARE(c->facilityState, u"NC"_s);
}

QTEST_GUILESS_MAIN(TestMatchCaseRepository)
#include "tst_matchcaserepository.moc"
