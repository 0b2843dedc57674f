// clearinghouse-cli import-volunteers and match, run as a separate process exactly as scripts run them.
#include "CliRunner.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/VolunteerRepository.h"

#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

using Run = test::CliRun;

QString fixture(const QString &name)
{
    return QStringLiteral(CH_FIXTURES_DIR) + u"/volunteers/"_s + name;
}

const QString kAsOf = u"2026-11-29"_s;

CaseRecord screenedIn(const QString &name, const QString &reasons, const QString &district, const QString &language)
{
    CaseRecord r;
    r.setValue(u"person_name"_s, name);
    r.setValue(u"court_type"_s, u"federal"_s);
    r.setValue(u"relief_sought"_s, u"compassionate_release"_s);
    r.setValue(u"sentence_status"_s, u"sentenced"_s);
    r.setValue(u"sentencing_district"_s, district);
    r.setValue(u"reasons"_s, reasons);
    r.setValue(u"person_language"_s, language);
    r.setValue(u"co_defendants"_s, u"Ramon Perez"_s);
    return r;
}

} // namespace

class TestRosterCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    Run cli(const QStringList &args) { return test::runCli(args, test::CliOptions::inHome(m_home.path())); }

private Q_SLOTS:
    void importVolunteers_goodFile_importsEveryRow();
    void importVolunteers_brokenRows_rejectedWithRowFieldAndReason();
    void importVolunteers_missingFile_failsWithSentence();
    void importVolunteers_unknownColumns_warnedByNameAndNumber();
    void match_oneCase_rankedCandidatesAndExclusions();
    void match_batch_plansAndApplies();
    void match_declinedVolunteer_neverProposedAgainForThatCase();
    void match_badArguments_areUsageErrors();
};

void TestRosterCli::importVolunteers_goodFile_importsEveryRow()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.close();
    const Run r = cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster.csv"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 6);
    QCOMPARE(o.value(u"rejected"_s).toInt(), 0);
    QVERIFY(t.reopen());
    auto all = VolunteerRepository(t.db()).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 6);
    const Volunteer *sam = nullptr;
    const Volunteer *prof = nullptr;
    const Volunteer *dana = nullptr;
    for (const Volunteer &v : *all) {
        sam = v.name == u"Sam Student" ? &v : sam;
        prof = v.name == u"Prof Lane" ? &v : prof;
        dana = v.name == u"Dana Okafor" ? &v : dana;
    }
    QVERIFY(sam && prof && dana);
    QCOMPARE(sam->supervisorId, prof->id); // the supervisor came later in the file
    QCOMPARE(dana->districts, (QStringList{u"nysd"_s, u"nyed"_s}));
    QCOMPARE(dana->conflicts, QStringList{u"Ramón Pérez"_s});
    QCOMPARE(dana->trainings.first().completedOn, QDate(2025, 12, 15));
    // Importing again creates nothing new.
    t.close();
    const Run again = cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster.csv"_s)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(u"imported"_s).toInt(), 0);
    QCOMPARE(again.json().value(u"duplicates"_s).toInt(), 6);
}

void TestRosterCli::importVolunteers_brokenRows_rejectedWithRowFieldAndReason()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.close();
    const Run r = cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster-broken.csv"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 1);
    QCOMPARE(o.value(u"duplicates"_s).toInt(), 1);
    QCOMPARE(o.value(u"rejected"_s).toInt(), 8);
    QVERIFY(r.err.contains(u"8 row(s) rejected"_s) || r.err.contains(u"8 rows rejected"_s));
    QHash<int, QString> fieldByRow;
    for (const QJsonValue &v : o.value(u"rejects"_s).toArray()) {
        const QJsonObject rej = v.toObject();
        QVERIFY(!rej.value(u"reason"_s).toString().isEmpty());
        fieldByRow.insert(rej.value(u"row"_s).toInt(), rej.value(u"field"_s).toString());
    }
    QCOMPARE(fieldByRow.value(3), u"name"_s);
    QCOMPARE(fieldByRow.value(4), u"kind"_s);
    QCOMPARE(fieldByRow.value(5), u"districts"_s);
    QCOMPARE(fieldByRow.value(6), u"training_completed"_s);
    QCOMPARE(fieldByRow.value(7), u"capacity"_s);
    QCOMPARE(fieldByRow.value(8), u"expertise"_s);
    QCOMPARE(fieldByRow.value(9), u"supervisor"_s);
    QCOMPARE(fieldByRow.value(10), u"supervisor"_s);
    QVERIFY(t.reopen());
    QCOMPARE(*VolunteerRepository(t.db()).count(), 1);
}

void TestRosterCli::importVolunteers_missingFile_failsWithSentence()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.close();
    const Run r = cli({u"--db"_s, t.path(), u"import-volunteers"_s, m_home.filePath(u"nope.csv"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot be read"_s), qPrintable(r.err));
    const Run none = cli({u"--db"_s, t.path(), u"import-volunteers"_s});
    QCOMPARE(none.exitCode, 2);
}

void TestRosterCli::importVolunteers_unknownColumns_warnedByNameAndNumber()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.close();
    const Run r = cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster-unknown-column.csv"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 2); // the known columns are still read
    QCOMPARE(o.value(u"rejected"_s).toInt(), 0);
    QCOMPARE(o.value(u"rejects"_s).toArray().size(), 0);
    const QJsonArray warnings = o.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0).toObject().value(u"column"_s).toInteger(), 3);
    QCOMPARE(warnings.at(0).toObject().value(u"field"_s).toString(), u"Capacty"_s);
    QVERIFY(warnings.at(0).toObject().value(u"reason"_s).toString().contains(u"Column 3, “Capacty”, is not a roster column"_s));
    QCOMPARE(warnings.at(1).toObject().value(u"column"_s).toInteger(), 6);
    QCOMPARE(warnings.at(1).toObject().value(u"field"_s).toString(), u"favourite colour"_s);
    QCOMPARE(warnings.at(2).toObject().value(u"column"_s).toInteger(), 8);
    QVERIFY(warnings.at(2).toObject().value(u"reason"_s).toString().contains(u"repeats “name”"_s));
    // Also said on stderr, one line each, for someone reading the terminal.
    QCOMPARE(r.err.count(u"warning:"_s), 3);
    QVERIFY2(r.err.contains(u"“favourite colour”"_s), qPrintable(r.err));
    QVERIFY(t.reopen());
    auto all = VolunteerRepository(t.db()).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    for (const Volunteer &v : *all) {
        QVERIFY(v.name == u"Ada Good" || v.name == u"Ben Fair"); // the first "name" column
        QCOMPARE(v.capacity, v.name == u"Ada Good" ? 2 : 3);      // "capacity", not "Capacty"
    }

    // A file with only known columns has no warnings.
    t.close();
    test::TestDatabase clean;
    QVERIFY(clean.isValid());
    clean.close();
    const Run good = cli({u"--db"_s, clean.path(), u"import-volunteers"_s, fixture(u"roster.csv"_s)});
    QCOMPARE(good.json().value(u"warnings"_s).toArray().size(), 0);
    QVERIFY(!good.err.contains(u"warning"_s));
}

void TestRosterCli::match_oneCase_rankedCandidatesAndExclusions()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRecord c = screenedIn(u"Luis Ortega"_s, u"age"_s, u"mad"_s, u"Spanish"_s);
    QVERIFY(CaseRepository(t.db()).create(c));
    t.close();
    QCOMPARE(cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster.csv"_s)}).exitCode, 0);
    const Run r = cli({u"--db"_s, t.path(), u"match"_s, QString::number(c.id), u"--json"_s, u"--as-of"_s, kAsOf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"case_id"_s).toInteger(), c.id);
    const QJsonArray candidates = o.value(u"candidates"_s).toArray();
    QCOMPARE(candidates.size(), 2); // Prof Lane and Sam Student
    const QJsonObject best = candidates.at(0).toObject();
    QCOMPARE(best.value(u"name"_s).toString(), u"Prof Lane"_s);
    for (const QString &key : {u"expertise"_s, u"district"_s, u"language"_s, u"load"_s, u"urgency"_s})
        QVERIFY2(best.value(u"terms"_s).toObject().contains(key), qPrintable(key));
    QCOMPARE(best.value(u"terms"_s).toObject().value(u"district"_s).toDouble(), 25.0);
    QVERIFY(best.value(u"volunteer_id"_s).toInteger() > 0);
    QHash<QString, QString> reasonByName;
    for (const QJsonValue &v : o.value(u"excluded"_s).toArray())
        reasonByName.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"reason"_s).toString());
    QCOMPARE(reasonByName.size(), 4);
    QVERIFY2(reasonByName.value(u"Dana Okafor"_s).contains(u"Ramon Perez"_s), qPrintable(reasonByName.value(u"Dana Okafor"_s)));
    QVERIFY(reasonByName.value(u"Eli Stone"_s).contains(u"expired"_s));
    QVERIFY(reasonByName.value(u"Fay Moreno"_s).contains(u"leave"_s));
    QVERIFY(reasonByName.value(u"Gus Idle"_s).contains(u"Inactive"_s));

    const Run missing = cli({u"--db"_s, t.path(), u"match"_s, u"999"_s, u"--json"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"999"_s));
}

void TestRosterCli::match_batch_plansAndApplies()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRepository repo(t.db());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        CaseRecord c = screenedIn(u"Person %1"_s.arg(i), i == 4 ? u"terminal_illness"_s : u"age"_s, u"mad"_s, u"English"_s);
        QVERIFY(repo.create(c));
        ids << c.id;
    }
    t.close();
    QCOMPARE(cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster.csv"_s)}).exitCode, 0);
    // Free capacity on the day: Prof Lane 2, Sam Student 1 (the others are excluded) = 3 of 5 cases.
    const Run plan = cli({u"--db"_s, t.path(), u"match"_s, u"--batch"_s, u"--json"_s, u"--as-of"_s, kAsOf});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    QJsonObject o = plan.json();
    QJsonArray a = o.value(u"assignments"_s).toArray();
    QCOMPARE(a.size(), 3);
    QCOMPARE(o.value(u"unassigned"_s).toArray().size(), 2);
    QCOMPARE(a.at(0).toObject().value(u"case_id"_s).toInteger(), ids.last()); // the urgent case first
    for (const QJsonValue &v : a) {
        QVERIFY(v.toObject().contains(u"volunteer_id"_s));
        QVERIFY(v.toObject().value(u"score"_s).toDouble() > 0);
    }
    QVERIFY(t.reopen());
    QVERIFY(AssignmentRepository(t.db()).openCounts()->isEmpty()); // a plan alone writes nothing
    t.close();

    const Run applied = cli({u"--db"_s, t.path(), u"match"_s, u"--batch"_s, u"--json"_s, u"--apply"_s, u"--as-of"_s, kAsOf});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QCOMPARE(applied.json().value(u"assignments"_s).toArray(), a);
    QVERIFY(t.reopen());
    {
        auto counts = AssignmentRepository(t.db()).openCounts();
        QVERIFY(counts);
        int total = 0;
        for (int n : *counts)
            total += n;
        QCOMPARE(total, 3);
        auto current = AssignmentRepository(t.db()).current(ids.last());
        QVERIFY(current && current->has_value());
        QVERIFY((*current)->hasScore);
        QVERIFY((*current)->scoreTerms.contains(u"urgency"_s));
        QCOMPARE(CaseRepository(t.db()).load(ids.last())->status, u"matched"_s); // received → screened in → matched
    }
    t.close();
    // Everyone is full now: the rest stay unassigned.
    const Run rest = cli({u"--db"_s, t.path(), u"match"_s, u"--batch"_s, u"--json"_s, u"--as-of"_s, kAsOf});
    QCOMPARE(rest.json().value(u"assignments"_s).toArray().size(), 0);
    QCOMPARE(rest.json().value(u"unassigned"_s).toArray().size(), 2);
}

void TestRosterCli::match_declinedVolunteer_neverProposedAgainForThatCase()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRecord c = screenedIn(u"Luis Ortega"_s, u"age"_s, u"mad"_s, u"Spanish"_s);
    QVERIFY(CaseRepository(t.db()).create(c));
    CaseRecord other = screenedIn(u"Ana Ruiz"_s, u"age"_s, u"mad"_s, u"English"_s);
    QVERIFY(CaseRepository(t.db()).create(other));
    t.close();
    QCOMPARE(cli({u"--db"_s, t.path(), u"import-volunteers"_s, fixture(u"roster.csv"_s)}).exitCode, 0);
    const QStringList matchCase{u"--db"_s, t.path(), u"match"_s, QString::number(c.id), u"--json"_s,
                                u"--as-of"_s, kAsOf};
    const QJsonObject before = cli(matchCase).json();
    const QJsonObject best = before.value(u"candidates"_s).toArray().at(0).toObject();
    QCOMPARE(best.value(u"name"_s).toString(), u"Prof Lane"_s);
    const qint64 lane = best.value(u"volunteer_id"_s).toInteger();

    // Prof Lane takes the case and declines it; the case is back in the queue.
    QVERIFY(t.reopen());
    QVERIFY(AssignmentRepository(t.db()).assign(c.id, lane));
    QVERIFY(AssignmentRepository(t.db()).decline(c.id, u"Trial %2 next month"_s));
    t.close();

    const Run after = cli(matchCase);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    for (const QJsonValue &v : after.json().value(u"candidates"_s).toArray())
        QVERIFY(v.toObject().value(u"volunteer_id"_s).toInteger() != lane);
    QJsonObject declined;
    for (const QJsonValue &v : after.json().value(u"excluded"_s).toArray()) {
        if (v.toObject().value(u"volunteer_id"_s).toInteger() == lane)
            declined = v.toObject();
    }
    QCOMPARE(declined.value(u"constraint"_s).toString(), u"declined"_s);
    QVERIFY2(declined.value(u"reason"_s).toString().contains(u"Declined this case"_s),
             qPrintable(declined.value(u"reason"_s).toString()));
    QVERIFY(declined.value(u"reason"_s).toString().contains(u"Trial %2 next month"_s));

    // The plain listing names the exclusion too.
    const Run text = cli({u"--db"_s, t.path(), u"match"_s, QString::number(c.id), u"--as-of"_s, kAsOf});
    QVERIFY(text.out.contains(u"%1\texcluded\tProf Lane\tDeclined this case"_s.arg(lane)));

    // The batch never gives the case back to Prof Lane, though Lane has room and is the best fit; the
    // other case may still go to Lane.
    const Run plan = cli({u"--db"_s, t.path(), u"match"_s, u"--batch"_s, u"--json"_s, u"--as-of"_s, kAsOf});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    bool placed = false;
    for (const QJsonValue &v : plan.json().value(u"assignments"_s).toArray()) {
        if (v.toObject().value(u"case_id"_s).toInteger() == c.id) {
            placed = true;
            QVERIFY(v.toObject().value(u"volunteer_id"_s).toInteger() != lane);
        }
    }
    QVERIFY(placed); // to Sam Student
}

void TestRosterCli::match_badArguments_areUsageErrors()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.close();
    QCOMPARE(cli({u"--db"_s, t.path(), u"match"_s}).exitCode, 2);
    QCOMPARE(cli({u"--db"_s, t.path(), u"match"_s, u"1"_s, u"--batch"_s}).exitCode, 2);
    QCOMPARE(cli({u"--db"_s, t.path(), u"match"_s, u"1"_s, u"--apply"_s}).exitCode, 2);
    QCOMPARE(cli({u"--db"_s, t.path(), u"match"_s, u"abc"_s}).exitCode, 2);
    QCOMPARE(cli({u"--db"_s, t.path(), u"match"_s, u"1"_s, u"--as-of"_s, u"soon"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRosterCli)
#include "tst_roster_cli.moc"
