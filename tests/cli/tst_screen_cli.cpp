// clearinghouse-cli screen, run as a separate process exactly as scripts run it (issue 3's contract:
// a JSON array, one object per case, with case_id, submission_id, outcome, reasons, missing and the four
// key dates as ISO dates or null).
#include "CliRunner.h"
#include "screening/ScreeningEngine.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "storage/CaseRepository.h"

#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

using Run = test::CliRun;

const QString kAsOf = u"2026-06-01"_s; // never today's date, so nothing is stored

QJsonArray jsonArray(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

bool isIsoDateOrNull(const QJsonValue &v)
{
    return v.isNull() || (v.isString() && QDate::fromString(v.toString(), Qt::ISODate).isValid()
                          && v.toString().size() == 10);
}

} // namespace

class TestScreenCli final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_in = 0;
    qint64 m_state = 0;
    qint64 m_sparse = 0;

    Run cli(const QStringList &args)
    {
        return test::runCli(QStringList{u"--db"_s, m_t->path()} + args, test::CliOptions::inHome(m_home.path()));
    }
    int storedResults() const
    {
        return test::scalar(m_t->connection(), u"SELECT count(*) FROM screening_results"_s).toInt();
    }

private Q_SLOTS:
    void initTestCase();
    void everyCase_jsonContractAndOutcomes();
    void eachObject_matchesTheEngineInProcess();
    void chosenCases_inTheOrderGiven_andOtherDatesNotStored();
    void plainOutput_oneLinePerCase();
    void badArguments_usageErrorsWithASentence_data();
    void badArguments_usageErrorsWithASentence();
    void unknownCaseOrDateBeforeTheRules_failWithASentence();
    void todaysResults_keptOnlyForARoleThatScreens();
};

void TestScreenCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    CaseRepository repo(m_t->db());
    CaseRecord in = test::validCase();
    auto a = repo.create(in);
    CaseRecord state = test::validCase(u"Walter Stone"_s, u"22222-054"_s);
    state.setValue(u"submission_id"_s, u"FORM-2024-0002"_s);
    state.setValue(u"court_type"_s, u"state"_s);
    auto b = repo.create(state);
    CaseRecord sparse = test::minimalCase(u"Rosa Sparse"_s);
    sparse.setValue(u"submission_id"_s, u"FORM-2024-0003"_s);
    auto c = repo.create(sparse);
    QVERIFY(a && b && c);
    m_in = *a;
    m_state = *b;
    m_sparse = *c;
}

void TestScreenCli::everyCase_jsonContractAndOutcomes()
{
    const Run r = cli({u"screen"_s, u"--as-of"_s, kAsOf, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray all = jsonArray(r);
    QCOMPARE(all.size(), 3);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        for (const QString &key : {u"case_id"_s, u"submission_id"_s, u"outcome"_s, u"reasons"_s, u"missing"_s,
                                   u"dates"_s})
            QVERIFY2(o.contains(key), qPrintable(key + u" missing"_s));
        QVERIFY(o.value(u"reasons"_s).isArray());
        QVERIFY(o.value(u"missing"_s).isArray());
        const QJsonObject dates = o.value(u"dates"_s).toObject();
        for (const QString &key : {u"age_prong"_s, u"ten_years_served"_s, u"statutory_70_30"_s, u"exhaustion_ripe"_s}) {
            QVERIFY2(dates.contains(key), qPrintable(key + u" missing from dates"_s));
            QVERIFY2(isIsoDateOrNull(dates.value(key)), qPrintable(key));
        }
        byId.insert(o.value(u"case_id"_s).toInteger(), o);
    }
    const QJsonObject in = byId.value(m_in);
    QCOMPARE(in.value(u"submission_id"_s).toString(), u"FORM-2024-0001"_s);
    QCOMPARE(in.value(u"outcome"_s).toString(), u"screened_in"_s);
    QCOMPARE(in.value(u"reasons"_s).toArray().size(), 0);
    // Warden got the request on 2024-01-10: exhaustion ripe 30 days later.
    QCOMPARE(in.value(u"dates"_s).toObject().value(u"exhaustion_ripe"_s).toString(), u"2024-02-09"_s);
    const QJsonObject state = byId.value(m_state);
    QCOMPARE(state.value(u"outcome"_s).toString(), u"screened_out"_s);
    QVERIFY(!state.value(u"reasons"_s).toArray().isEmpty());
    const QJsonObject sparse = byId.value(m_sparse);
    QCOMPARE(sparse.value(u"outcome"_s).toString(), u"needs_info"_s); // missing data never screens out
    const QJsonArray missing = sparse.value(u"missing"_s).toArray();
    QVERIFY(missing.contains(u"court_type"_s));
    QCOMPARE(sparse.value(u"dates"_s).toObject().value(u"exhaustion_ripe"_s), QJsonValue(QJsonValue::Null));
}

void TestScreenCli::eachObject_matchesTheEngineInProcess()
{
    // The command prints what the engine decides, for the same case and date, key by key.
    const Run r = cli({u"screen"_s, u"--as-of"_s, kAsOf, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    CaseRepository repo(m_t->db());
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject printed = v.toObject();
        auto record = repo.load(printed.value(u"case_id"_s).toInteger());
        QVERIFY(record);
        auto expected = ScreeningEngine::screenWithBuiltInRules(*record, QDate::fromString(kAsOf, Qt::ISODate));
        QVERIFY(expected);
        expected->caseId = record->id;
        const QJsonObject e = expected->toJson();
        for (const QString &key : {u"case_id"_s, u"submission_id"_s, u"outcome"_s, u"reasons"_s, u"missing"_s,
                                   u"dates"_s})
            QCOMPARE(printed.value(key), e.value(key));
    }
}

void TestScreenCli::chosenCases_inTheOrderGiven_andOtherDatesNotStored()
{
    const int before = storedResults();
    const Run r = cli({u"screen"_s, QString::number(m_sparse), QString::number(m_in), u"--as-of"_s, kAsOf,
                       u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray two = jsonArray(r);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).toObject().value(u"case_id"_s).toInteger(), m_sparse);
    QCOMPARE(two.at(1).toObject().value(u"case_id"_s).toInteger(), m_in);
    QCOMPARE(storedResults(), before); // a result for another date is only printed
}

void TestScreenCli::todaysResults_keptOnlyForARoleThatScreens()
{
    // A coordinator (or an auditor) may run screen to read the rules' answer, but keeps nothing: screening
    // results are written by the roles that screen cases, as in the window.
    auto lead = Session::start(m_t->db(), u"lead"_s); // the database's first user
    QVERIFY2(lead, qPrintable(lead ? QString() : lead.error().fullText()));
    QVERIFY(lead->createdFirstUser());
    User cora;
    cora.login = u"cora"_s;
    cora.role = Role::Coordinator;
    Actor::setCurrent(u"lead"_s);
    auto added = UserRepository(m_t->db()).create(cora);
    QVERIFY2(added || added.error().kind == Error::Kind::Conflict, qPrintable(added.error().fullText()));
    Actor::setCurrent(QString());
    User staff;
    staff.login = u"sam"_s;
    staff.role = Role::Staff;
    Actor::setCurrent(u"lead"_s);
    auto addedStaff = UserRepository(m_t->db()).create(staff);
    Actor::setCurrent(QString());
    QVERIFY2(addedStaff || addedStaff.error().kind == Error::Kind::Conflict, qPrintable(addedStaff.error().fullText()));

    // Earlier tests kept today's results while the database had no users: start from none.
    QSqlQuery clear(m_t->connection());
    QVERIFY(clear.exec(u"DELETE FROM screening_results"_s));
    const int before = storedResults();
    QCOMPARE(before, 0);
    const Run byCoordinator = cli({u"--actor"_s, u"cora"_s, u"screen"_s, u"--json"_s});
    QVERIFY2(byCoordinator.exitCode == 0, qPrintable(byCoordinator.err));
    QCOMPARE(jsonArray(byCoordinator).size(), 3);
    QCOMPARE(storedResults(), before);
    const Run byStaff = cli({u"--actor"_s, u"sam"_s, u"screen"_s, u"--json"_s});
    QVERIFY2(byStaff.exitCode == 0, qPrintable(byStaff.err));
    QCOMPARE(jsonArray(byStaff).size(), 3);
    QCOMPARE(storedResults(), 3);
}

void TestScreenCli::plainOutput_oneLinePerCase()
{
    const Run r = cli({u"screen"_s, QString::number(m_state), u"--as-of"_s, kAsOf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1);
    const QStringList cells = lines.first().split(u'\t');
    QCOMPARE(cells.value(0), QString::number(m_state));
    QCOMPARE(cells.value(1), u"screened_out"_s);
}

void TestScreenCli::badArguments_usageErrorsWithASentence_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("impossible date") << QStringList{u"--as-of"_s, u"2025-13-01"_s} << u"YYYY-MM-DD"_s;
    QTest::newRow("date and time") << QStringList{u"--as-of"_s, u"2025-06-01T00:00"_s} << u"YYYY-MM-DD"_s;
    QTest::newRow("words") << QStringList{u"--as-of"_s, u"tomorrow"_s} << u"YYYY-MM-DD"_s;
    QTest::newRow("case id not a number") << QStringList{u"abc"_s} << u"not a case number"_s;
    QTest::newRow("case id zero") << QStringList{u"0"_s} << u"not a case number"_s;
    QTest::newRow("language") << QStringList{u"--language"_s, u"fr"_s} << u"en or es"_s;
    QTest::newRow("unknown option") << QStringList{u"--outcome"_s} << u"outcome"_s;
}

void TestScreenCli::badArguments_usageErrorsWithASentence()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const int before = storedResults();
    const Run r = cli(QStringList{u"screen"_s} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(storedResults(), before);
}

void TestScreenCli::unknownCaseOrDateBeforeTheRules_failWithASentence()
{
    const Run unknown = cli({u"screen"_s, u"99999"_s, u"--as-of"_s, kAsOf, u"--json"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"99999"_s), qPrintable(unknown.err));
    // The first rule file took effect on 1 November 2023: there are no rules to screen by before it.
    const Run early = cli({u"screen"_s, QString::number(m_in), u"--as-of"_s, u"2023-06-01"_s, u"--json"_s});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(!early.err.trimmed().isEmpty(), "an early date is explained");
}

QTEST_GUILESS_MAIN(TestScreenCli)
#include "tst_screen_cli.moc"
