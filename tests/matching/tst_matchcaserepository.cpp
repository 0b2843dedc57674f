// MatchCaseRepository: cases read for matching, and the queue of screened-in cases without a volunteer.
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

QTEST_GUILESS_MAIN(TestMatchCaseRepository)
#include "tst_matchcaserepository.moc"
