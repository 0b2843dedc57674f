// MatchPlanner: every hard constraint keeps a volunteer out and says why; scores are explained term by term;
// batch plans respect capacities, place min(total capacity, eligible cases) and are optimal (brute force).
#include "matching/MatchPlanner.h"

#include "SpanishNames.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

const QDate kToday(2026, 11, 29);

Volunteer volunteer(qint64 id, const QString &name)
{
    Volunteer v;
    v.id = id;
    v.name = name;
    v.kind = u"small_firm_defense"_s;
    v.capacity = 2;
    v.districts = {u"nysd"_s};
    v.barStates = {u"NY"_s};
    v.languages = {u"English"_s};
    v.expertise = {u"terminal_illness"_s};
    v.trainings = {Training{kToday.addMonths(-3), u"Fundamentals"_s}};
    return v;
}

MatchCase matchCase(qint64 id)
{
    MatchCase c;
    c.id = id;
    c.personName = u"Luis Ortega"_s;
    c.reasons = {u"terminal_illness"_s, u"age"_s};
    c.district = u"nysd"_s;
    c.facility = u"FMC Butner, NC"_s;
    c.facilityState = u"NC"_s;
    c.languages = {u"Spanish"_s};
    c.parties = {u"Ramón Pérez"_s, u"Luis Ortega"_s};
    return c;
}

MatchPlanner::Options options()
{
    MatchPlanner::Options o;
    o.asOf = kToday;
    return o;
}

const MatchExclusion *excluded(const CaseMatch &m, qint64 id)
{
    for (const MatchExclusion &e : m.excluded) {
        if (e.volunteerId == id)
            return &e;
    }
    return nullptr;
}

bool suggested(const CaseMatch &m, qint64 id)
{
    for (const MatchCandidate &c : m.candidates) {
        if (c.volunteerId == id)
            return true;
    }
    return false;
}

} // namespace

class TestMatchPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hardConstraint_excludesWithReason_data();
    void hardConstraint_excludesWithReason();
    void training_validityIsConfigurable();
    void leavePeriod_excludesOnlyWithinIt();
    void conflict_isCaseAndAccentInsensitive();
    void decline_countsOnlyForTheCaseDeclined();
    void score_explainedTermByTerm();
    void rank_bestFirst_andJsonShape();
    void rank_equalScoresAndExclusions_byNameAsASpanishSpeakerExpects();
    void batch_respectsCapacityAndOpenLoad();
    void batch_urgentCasesFirst();
    void batch_neverProposesExcluded();
    void batch_assignsMinOfCapacityAndEligibleCases();
    void batch_matchesBruteForce_data();
    void batch_matchesBruteForce();
};

void TestMatchPlanner::hardConstraint_excludesWithReason_data()
{
    QTest::addColumn<int>("constraint");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("inactive") << int(MatchConstraint::Inactive) << u"Inactive"_s;
    QTest::newRow("on leave") << int(MatchConstraint::OnLeave) << u"On leave until "_s + QLocale().toString(QDate(2026, 12, 15), QLocale::ShortFormat);
    QTest::newRow("no training") << int(MatchConstraint::NoTraining) << u"No training"_s;
    QTest::newRow("training expired") << int(MatchConstraint::TrainingExpired) << u"expired on "_s + QLocale().toString(QDate(2026, 11, 1), QLocale::ShortFormat);
    QTest::newRow("at capacity") << int(MatchConstraint::AtCapacity) << u"2 of 2"_s;
    QTest::newRow("student without supervisor") << int(MatchConstraint::NoSupervisor) << u"supervising attorney"_s;
    QTest::newRow("conflict with co-defendant") << int(MatchConstraint::Conflict) << u"Ramón Pérez"_s;
    QTest::newRow("declined this case") << int(MatchConstraint::Declined)
                                        << u"Declined this case on "_s
                                               + QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat)
                                               + u": “Trial next month”."_s;
}

void TestMatchPlanner::hardConstraint_excludesWithReason()
{
    QFETCH(int, constraint);
    QFETCH(QString, reasonPart);
    Volunteer good = volunteer(1, u"Ada Good"_s);
    Volunteer bad = volunteer(2, u"Ben Bad"_s);
    bad.languages << u"Spanish"_s; // would be the better match without the constraint
    bad.expertise << u"age"_s;
    QHash<qint64, int> open;
    switch (MatchConstraint(constraint)) {
    case MatchConstraint::Inactive:
        bad.active = false;
        break;
    case MatchConstraint::OnLeave:
        bad.onLeaveUntil = QDate(2026, 12, 15);
        break;
    case MatchConstraint::NoTraining:
        bad.trainings.clear();
        break;
    case MatchConstraint::TrainingExpired:
        bad.trainings = {Training{QDate(2024, 11, 1), u"Fundamentals"_s}};
        break;
    case MatchConstraint::AtCapacity:
        open.insert(2, 2);
        break;
    case MatchConstraint::NoSupervisor:
        bad.kind = u"law_clinic_student"_s;
        bad.supervisorId = 0;
        break;
    case MatchConstraint::Conflict:
        bad.conflicts = {u"Ramón Pérez"_s};
        break;
    case MatchConstraint::Declined:
        break;
    }
    const auto theCase = [constraint](qint64 id) {
        MatchCase c = matchCase(id);
        if (MatchConstraint(constraint) == MatchConstraint::Declined)
            c.declines.insert(2, MatchDecline{QDate(2026, 11, 20), u"Trial next month"_s});
        return c;
    };
    MatchPlanner planner({good, bad}, open, options());
    const CaseMatch m = planner.rank(theCase(10));
    QVERIFY(suggested(m, 1));
    QVERIFY(!suggested(m, 2));
    const MatchExclusion *e = excluded(m, 2);
    QVERIFY(e);
    QCOMPARE(int(e->constraint), constraint);
    QVERIFY2(e->reason.contains(reasonPart), qPrintable(e->reason));
    // Never proposed by the batch either, even though Ada has room for only two cases.
    const BatchPlan plan = planner.planBatch({theCase(10), theCase(11), theCase(12)});
    for (const ProposedAssignment &a : plan.assignments)
        QCOMPARE(a.volunteerId, 1);
    QCOMPARE(plan.assignments.size(), 2);
    QCOMPARE(plan.unassigned.size(), 1);
    const QJsonObject json = m.toJson().value(u"excluded"_s).toArray().at(0).toObject();
    QCOMPARE(json.value(u"volunteer_id"_s).toInteger(), 2);
    QCOMPARE(json.value(u"constraint"_s).toString(), MatchExclusion::constraintKey(MatchConstraint(constraint)));
    QCOMPARE(json.value(u"reason"_s).toString(), e->reason);
}

void TestMatchPlanner::decline_countsOnlyForTheCaseDeclined()
{
    Volunteer v = volunteer(1, u"Ada"_s);
    v.capacity = 3;
    MatchCase declined = matchCase(1);
    declined.declines.insert(1, MatchDecline{QDate(), u"  "_s});
    const MatchPlanner planner({v}, {}, options());
    const auto e = planner.exclusion(declined, v);
    QVERIFY(e);
    QCOMPARE(e->constraint, MatchConstraint::Declined);
    QCOMPARE(e->reason, u"Declined this case."_s); // no date, no reason: still a sentence
    QCOMPARE(MatchExclusion::constraintKey(e->constraint), u"declined"_s);
    QVERIFY(!planner.exclusion(matchCase(2), v));
    // In a batch the declined case stays unassigned while the others are placed with Ada.
    const BatchPlan plan = planner.planBatch({declined, matchCase(2), matchCase(3)});
    QCOMPARE(plan.assignments.size(), 2);
    QCOMPARE(plan.unassigned, QList<qint64>{1});
    // A decline by someone no longer on the roster changes nothing.
    MatchCase other = matchCase(4);
    other.declines.insert(99, MatchDecline{kToday, u"Moved away"_s});
    QCOMPARE(planner.planBatch({other}).assignments.size(), 1);
}

void TestMatchPlanner::training_validityIsConfigurable()
{
    Volunteer v = volunteer(1, u"Ada"_s);
    v.trainings = {Training{kToday.addMonths(-13), u"Fundamentals"_s}};
    QVERIFY(!MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
    MatchPlanner::Options twelve = options();
    twelve.trainingValidityMonths = 12;
    auto e = MatchPlanner({v}, {}, twelve).exclusion(matchCase(1), v);
    QVERIFY(e);
    QCOMPARE(e->constraint, MatchConstraint::TrainingExpired);
    // The last day before the anniversary still counts; the anniversary does not.
    v.trainings = {Training{kToday.addMonths(-24).addDays(1), u"Fundamentals"_s}};
    QVERIFY(!MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
    v.trainings = {Training{kToday.addMonths(-24), u"Fundamentals"_s}};
    QVERIFY(MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
    // A newer training renews it.
    v.trainings << Training{kToday.addMonths(-1), u"Refresher"_s};
    QVERIFY(!MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
}

void TestMatchPlanner::leavePeriod_excludesOnlyWithinIt()
{
    Volunteer v = volunteer(1, u"Ada"_s);
    v.leaves = {LeavePeriod{kToday.addDays(-2), kToday.addDays(3), u"Trial"_s}};
    auto e = MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v);
    QVERIFY(e);
    QCOMPARE(e->constraint, MatchConstraint::OnLeave);
    QVERIFY(e->reason.contains(QLocale().toString(kToday.addDays(3), QLocale::ShortFormat)));
    v.leaves = {LeavePeriod{kToday.addDays(1), kToday.addDays(30), {}}};
    QVERIFY(!MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
    v.leaves.clear();
    v.onLeaveUntil = kToday.addDays(-1); // back since yesterday
    QVERIFY(!MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
}

void TestMatchPlanner::conflict_isCaseAndAccentInsensitive()
{
    Volunteer v = volunteer(1, u"Ada"_s);
    v.conflicts = {u"  RAMON   perez "_s};
    auto e = MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v);
    QVERIFY(e);
    QCOMPARE(e->constraint, MatchConstraint::Conflict);
    v.conflicts = {u"Ramona Perez"_s};
    QVERIFY(!MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
    v.conflicts = {u"luis ortega"_s}; // the person themselves is a listed party
    QVERIFY(MatchPlanner({v}, {}, options()).exclusion(matchCase(1), v));
}

void TestMatchPlanner::score_explainedTermByTerm()
{
    Volunteer v = volunteer(1, u"Ada"_s);
    v.capacity = 4;
    MatchPlanner planner({v}, {{1, 1}}, options());
    const MatchCandidate m = planner.explain(matchCase(1), v);
    QCOMPARE(m.terms.size(), 5);
    QCOMPARE(m.terms.at(0).key, u"expertise"_s);
    QCOMPARE(m.terms.at(0).points, 15.0); // one of two reasons
    QCOMPARE(m.terms.at(1).key, u"district"_s);
    QCOMPARE(m.terms.at(1).points, MatchPlanner::kDistrictPoints);
    QCOMPARE(m.terms.at(2).key, u"language"_s);
    QCOMPARE(m.terms.at(2).points, 0.0);
    QVERIFY(m.terms.at(2).explanation.contains(u"Spanish"_s));
    QCOMPARE(m.terms.at(3).key, u"load"_s);
    QCOMPARE(m.terms.at(3).points, 7.5);
    QCOMPARE(m.terms.at(4).key, u"urgency"_s);
    QCOMPARE(m.terms.at(4).points, MatchPlanner::kUrgencyPoints);
    QCOMPARE(m.score, 15.0 + 25.0 + 0.0 + 7.5 + 20.0);
    for (const ScoreTerm &t : m.terms)
        QVERIFY2(!t.explanation.isEmpty(), qPrintable(t.key));
    // Same circuit (nyed is in the 2nd circuit like nysd), then the facility's state.
    v.districts = {u"nyed"_s};
    QCOMPARE(MatchPlanner({v}, {}, options()).explain(matchCase(1), v).terms.at(1).points, MatchPlanner::kCircuitPoints);
    v.districts = {u"cand"_s};
    v.barStates = {u"NC"_s};
    QCOMPARE(MatchPlanner({v}, {}, options()).explain(matchCase(1), v).terms.at(1).points, MatchPlanner::kStatePoints);
    v.barStates = {u"CA"_s};
    QCOMPARE(MatchPlanner({v}, {}, options()).explain(matchCase(1), v).terms.at(1).points, 0.0);
}

void TestMatchPlanner::rank_bestFirst_andJsonShape()
{
    Volunteer a = volunteer(1, u"Ada"_s);
    Volunteer b = volunteer(2, u"Ben"_s);
    b.languages << u"spanish"_s;
    Volunteer c = volunteer(3, u"Cy"_s);
    c.active = false;
    const CaseMatch m = MatchPlanner({a, b, c}, {}, options()).rank(matchCase(7));
    QCOMPARE(m.candidates.size(), 2);
    QCOMPARE(m.candidates.at(0).volunteerId, 2);
    QVERIFY(m.candidates.at(0).score > m.candidates.at(1).score);
    const QJsonObject o = m.toJson();
    QCOMPARE(o.value(u"case_id"_s).toInteger(), 7);
    const QJsonObject first = o.value(u"candidates"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"volunteer_id"_s).toInteger(), 2);
    QCOMPARE(first.value(u"name"_s).toString(), u"Ben"_s);
    QCOMPARE(first.value(u"terms"_s).toObject().value(u"language"_s).toDouble(), MatchPlanner::kLanguagePoints);
    QCOMPARE(first.value(u"score"_s).toDouble(), m.candidates.at(0).score);
    const QJsonObject ex = o.value(u"excluded"_s).toArray().at(0).toObject();
    QCOMPARE(ex.value(u"volunteer_id"_s).toInteger(), 3);
    QVERIFY(!ex.value(u"reason"_s).toString().isEmpty());
}

void TestMatchPlanner::rank_equalScoresAndExclusions_byNameAsASpanishSpeakerExpects()
{
    test::SpanishLocale spanish;
    QList<Volunteer> roster;
    qint64 id = 0;
    for (const QString &name : test::spanishNamesUnsorted())
        roster << volunteer(++id, name); // identical profiles: identical scores
    for (const QString &name : test::spanishNamesUnsorted()) {
        Volunteer off = volunteer(++id, name);
        off.active = false;
        roster << off;
    }
    const CaseMatch m = MatchPlanner(roster, {}, options()).rank(matchCase(7));
    QStringList candidates, excluded;
    for (const MatchCandidate &c : m.candidates)
        candidates << c.name;
    for (const MatchExclusion &e : m.excluded)
        excluded << e.name;
    QCOMPARE(candidates, test::spanishNamesSorted());
    QCOMPARE(excluded, test::spanishNamesSorted());
}

void TestMatchPlanner::batch_respectsCapacityAndOpenLoad()
{
    Volunteer a = volunteer(1, u"Ada"_s);
    a.capacity = 3;
    Volunteer b = volunteer(2, u"Ben"_s);
    b.capacity = 2;
    QList<MatchCase> cases;
    for (int i = 1; i <= 10; ++i)
        cases << matchCase(i);
    const BatchPlan plan = MatchPlanner({a, b}, {{1, 1}}, options()).planBatch(cases);
    // Remaining: Ada 2, Ben 2.
    QCOMPARE(plan.assignments.size(), 4);
    QCOMPARE(plan.unassigned.size(), 6);
    QHash<qint64, int> per;
    for (const ProposedAssignment &p : plan.assignments)
        ++per[p.volunteerId];
    QCOMPARE(per.value(1), 2);
    QCOMPARE(per.value(2), 2);
    const QJsonObject o = plan.toJson();
    QCOMPARE(o.value(u"assignments"_s).toArray().size(), 4);
    QCOMPARE(o.value(u"unassigned"_s).toArray().size(), 6);
    QVERIFY(o.value(u"assignments"_s).toArray().at(0).toObject().contains(u"score"_s));
}

void TestMatchPlanner::batch_urgentCasesFirst()
{
    Volunteer a = volunteer(1, u"Ada"_s);
    a.capacity = 1;
    a.expertise = {u"age"_s, u"family_parent"_s};
    a.languages << u"Spanish"_s;
    MatchCase urgent = matchCase(1);
    urgent.reasons = {u"terminal_illness"_s};
    urgent.languages = {u"Vietnamese"_s};
    urgent.district = u"cand"_s;
    MatchCase strong = matchCase(2); // a far better fit, but not urgent
    strong.reasons = {u"age"_s, u"family_parent"_s};
    MatchPlanner planner({a}, {}, options());
    QVERIFY(planner.explain(strong, a).score > planner.explain(urgent, a).score);
    const BatchPlan plan = planner.planBatch({strong, urgent});
    QCOMPARE(plan.assignments.size(), 1);
    QCOMPARE(plan.assignments.first().caseId, 1);
    QVERIFY(plan.assignments.first().urgent);
    QCOMPARE(plan.unassigned, QList<qint64>{2});
}

void TestMatchPlanner::batch_neverProposesExcluded()
{
    QRandomGenerator rng(7);
    QList<Volunteer> roster;
    for (int i = 1; i <= 30; ++i) {
        Volunteer v = volunteer(i, u"V%1"_s.arg(i));
        v.capacity = int(rng.bounded(4));
        v.active = rng.bounded(8) != 0;
        if (rng.bounded(6) == 0)
            v.trainings = {Training{kToday.addMonths(-30), u"Old"_s}};
        if (rng.bounded(6) == 0)
            v.conflicts = {u"Ramon Perez"_s};
        roster << v;
    }
    QList<MatchCase> cases;
    for (int i = 1; i <= 60; ++i)
        cases << matchCase(i);
    MatchPlanner planner(roster, {}, options());
    const BatchPlan plan = planner.planBatch(cases);
    QHash<qint64, int> per;
    for (const ProposedAssignment &p : plan.assignments) {
        const Volunteer *v = nullptr;
        for (const Volunteer &r : roster)
            v = r.id == p.volunteerId ? &r : v;
        QVERIFY(v);
        QVERIFY(!planner.exclusion(cases.at(int(p.caseId - 1)), *v));
        QVERIFY(++per[p.volunteerId] <= v->capacity);
    }
}

void TestMatchPlanner::batch_assignsMinOfCapacityAndEligibleCases()
{
    QRandomGenerator rng(11);
    for (int round = 0; round < 20; ++round) {
        QList<Volunteer> roster;
        QHash<qint64, int> open;
        int free = 0;
        for (int i = 1; i <= 1 + int(rng.bounded(15)); ++i) {
            Volunteer v = volunteer(i, u"V%1"_s.arg(i));
            v.capacity = int(rng.bounded(5));
            v.districts = {rng.bounded(2) ? u"nysd"_s : u"txnd"_s};
            const int busy = v.capacity > 0 ? int(rng.bounded(quint32(v.capacity + 1))) : 0;
            open.insert(i, busy);
            free += v.capacity - busy;
            roster << v;
        }
        QList<MatchCase> cases;
        const int n = 1 + int(rng.bounded(40));
        for (int i = 1; i <= n; ++i) {
            MatchCase c = matchCase(i);
            c.parties.clear(); // nobody conflicted: every case is eligible for every volunteer with room
            c.reasons = {rng.bounded(4) == 0 ? u"terminal_illness"_s : u"age"_s};
            cases << c;
        }
        const BatchPlan plan = MatchPlanner(roster, open, options()).planBatch(cases);
        QCOMPARE(int(plan.assignments.size()), std::min(free, n));
        QCOMPARE(int(plan.assignments.size() + plan.unassigned.size()), n);
        int urgentPlaced = 0;
        int urgentTotal = 0;
        for (const MatchCase &c : cases)
            urgentTotal += c.isUrgent() ? 1 : 0;
        for (const ProposedAssignment &a : plan.assignments)
            urgentPlaced += a.urgent ? 1 : 0;
        QCOMPARE(urgentPlaced, std::min(free, urgentTotal)); // urgent cases never wait while others are placed
    }
}

void TestMatchPlanner::batch_matchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 s = 1; s <= 40; ++s)
        QTest::newRow(qPrintable(u"seed %1"_s.arg(s))) << s;
}

// Exhaustive search over every way to give each case one volunteer or none, under the remaining capacities:
// the batch must place as many urgent cases, as many cases, and as much total score as the best of them.
void TestMatchPlanner::batch_matchesBruteForce()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QStringList reasons = {u"terminal_illness"_s, u"age"_s, u"family_parent"_s, u"abuse"_s};
    const QStringList districts = {u"nysd"_s, u"nyed"_s, u"cand"_s, u"txnd"_s};
    const QStringList languages = {u"English"_s, u"Spanish"_s, u"Arabic"_s};
    QList<Volunteer> roster;
    const int nv = 1 + int(rng.bounded(4));
    QHash<qint64, int> open;
    for (int i = 1; i <= nv; ++i) {
        Volunteer v = volunteer(i, u"V%1"_s.arg(i));
        v.capacity = int(rng.bounded(4));
        v.expertise = {reasons.at(int(rng.bounded(4)))};
        v.districts = {districts.at(int(rng.bounded(4)))};
        v.languages = {languages.at(int(rng.bounded(3)))};
        if (rng.bounded(4) == 0)
            v.conflicts = {u"Party %1"_s.arg(rng.bounded(3))};
        if (v.capacity > 0 && rng.bounded(3) == 0)
            open.insert(i, int(rng.bounded(quint32(v.capacity))));
        roster << v;
    }
    QList<MatchCase> cases;
    const int nc = 1 + int(rng.bounded(6));
    for (int i = 1; i <= nc; ++i) {
        MatchCase c = matchCase(i);
        c.reasons = {reasons.at(int(rng.bounded(4)))};
        if (rng.bounded(2) == 0)
            c.reasons << reasons.at(int(rng.bounded(4)));
        c.reasons.removeDuplicates();
        c.district = districts.at(int(rng.bounded(4)));
        c.languages = {languages.at(int(rng.bounded(3)))};
        c.parties = {u"Party %1"_s.arg(rng.bounded(3))};
        cases << c;
    }
    MatchPlanner::Options o = options();
    o.initialArcsPerCase = 1 + int(rng.bounded(2)); // few arcs at first, so that pricing has work to do
    MatchPlanner planner(roster, open, o);

    // Brute force.
    struct Best { int urgent = -1; int count = -1; qint64 score = -1; };
    Best best;
    std::vector<int> remaining;
    for (const Volunteer &v : roster)
        remaining.push_back(v.capacity - open.value(v.id));
    std::function<void(int, int, int, qint64)> search = [&](int ci, int urgent, int count, qint64 score) {
        if (ci == nc) {
            if (std::tie(urgent, count, score) > std::tie(best.urgent, best.count, best.score))
                best = {urgent, count, score};
            return;
        }
        search(ci + 1, urgent, count, score);
        for (int vi = 0; vi < nv; ++vi) {
            if (remaining[size_t(vi)] <= 0 || planner.exclusion(cases.at(ci), roster.at(vi)))
                continue;
            --remaining[size_t(vi)];
            search(ci + 1, urgent + (cases.at(ci).isUrgent() ? 1 : 0), count + 1,
                   score + std::llround(planner.explain(cases.at(ci), roster.at(vi)).score * 100));
            ++remaining[size_t(vi)];
        }
    };
    search(0, 0, 0, 0);

    const BatchPlan plan = planner.planBatch(cases);
    int urgent = 0;
    qint64 score = 0;
    QHash<qint64, int> per;
    for (const ProposedAssignment &a : plan.assignments) {
        urgent += a.urgent ? 1 : 0;
        score += std::llround(a.score * 100);
        ++per[a.volunteerId];
    }
    for (int vi = 0; vi < nv; ++vi)
        QVERIFY(per.value(roster.at(vi).id) <= remaining[size_t(vi)]);
    QCOMPARE(urgent, best.urgent);
    QCOMPARE(int(plan.assignments.size()), best.count);
    QCOMPARE(score, best.score);
    QCOMPARE(plan.assignments.size() + plan.unassigned.size(), qsizetype(nc));
}

QTEST_GUILESS_MAIN(TestMatchPlanner)
#include "tst_matchplanner.moc"
