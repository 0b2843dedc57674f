// Tests for RuleSet (loading and checking rule files) and RuleSetRegistry (picking by as-of date).

#include "ScreeningTestData.h"

#include "screening/KeyDate.h"
#include "screening/RuleSet.h"
#include "screening/RuleSetRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chtest;

class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void builtInFileLoadsWithItsVersionAndNumbers();
    void builtInGatesAreTheSpecGates();
    void everyReferralHasEnglishAndSpanish();
    void unusuallyLongSentenceIsContestedAndRejectedInTheThirdCircuit();
    void bopCriteriaCarryThe5050Numbers();
    void brokenFilesGiveClearErrors_data();
    void brokenFilesGiveClearErrors();
    void missingFileGivesAnIoError();
    void registryKnowsTheBuiltInFile();
    void registryPicksLatestEffectiveDateOnOrBeforeAsOf_data();
    void registryPicksLatestEffectiveDateOnOrBeforeAsOf();
    void registryRejectsTwoFilesWithTheSameEffectiveDate();
    void registryStopsAtABrokenFile();
};

void TestRuleSet::builtInFileLoadsWithItsVersionAndNumbers()
{
    const ch::Result<ch::RuleSet> rules = ch::RuleSet::load(builtInRulesPath());
    QVERIFY2(rules.ok(), qPrintable(rules.error().fullText()));
    QCOMPARE(rules->version(), u"ussg-1b1.13-2023-11-01"_s);
    QCOMPARE(rules->effectiveDate(), QDate(2023, 11, 1));
    QVERIFY(!rules->title().isEmpty());
    QVERIFY(rules->source().contains(u"3582(c)(1)(A)"_s));
    QCOMPARE(rules->missingDayPolicy(), ch::MissingDayPolicy::NextMonthFirst);

    QCOMPARE(rules->ageProng().ageYears, 65);
    QCOMPARE(rules->ageProng().servedYears, 10);
    QCOMPARE(rules->ageProng().servedPercent, 75);
    QCOMPARE(rules->ageProng().combine, ch::ThresholdRule::Combine::Lesser);
    QCOMPARE(rules->tenYearsServed().servedYears, 10);
    QCOMPARE(rules->tenYearsServed().ageYears, 0);
    QCOMPARE(rules->statutory7030().ageYears, 70);
    QCOMPARE(rules->statutory7030().servedYears, 30);
    QCOMPARE(rules->statutory7030().onlyWhenField, u"sentenced_under_3559c"_s);
    QCOMPARE(rules->statutory7030().onlyWhenValue, u"yes"_s);
    QCOMPARE(rules->exhaustionDays(), 30);
}

void TestRuleSet::builtInGatesAreTheSpecGates()
{
    const ch::RuleSet &rules = builtInRules();
    QCOMPARE(rules.gates().size(), 3);
    QCOMPARE(rules.gates().at(0).field, u"court_type"_s);
    QCOMPARE(rules.gates().at(1).field, u"relief_sought"_s);
    QCOMPARE(rules.gates().at(2).field, u"sentence_status"_s);
    QCOMPARE(rules.gates().at(0).passValues, QStringList{u"federal"_s});
    QCOMPARE(rules.gates().at(0).missingValues, QStringList{u"unknown"_s});
    QVERIFY(rules.gates().at(0).otherwise.has_value());
    QCOMPARE(rules.gates().at(0).otherwise->code, u"not_federal"_s);
    QVERIFY(!rules.gates().at(2).otherwise.has_value()); // an unexpected status asks, never screens out
}

void TestRuleSet::everyReferralHasEnglishAndSpanish()
{
    const ch::RuleSet &rules = builtInRules();
    const QStringList expected = {u"dc_superior"_s,    u"military"_s,      u"not_compassionate_release"_s,
                                  u"not_in_custody"_s, u"not_sentenced"_s, u"other_court"_s,
                                  u"state"_s};
    QCOMPARE(rules.referralKeys(), expected);
    for (const QString &key : expected) {
        const ch::LocalizedText *text = rules.referral(key);
        QVERIFY(text);
        QVERIFY2(text->en.size() > 100, qPrintable(key));
        QVERIFY2(text->es.size() > 100, qPrintable(key));
        QVERIFY2(text->en != text->es, qPrintable(key));
    }
    QVERIFY(rules.referral(u"dc_superior")->en.contains(u"24-403.04"_s));
    QVERIFY(rules.referral(u"dc_superior")->es.contains(u"Defensa Pública"_s));
    QVERIFY(rules.referral(u"military")->en.contains(u"Clemency and Parole Board"_s));
    QVERIFY(rules.referral(u"not_compassionate_release")->en.contains(u"Pardon Attorney"_s));
    QCOMPARE(rules.referral(u"nowhere"), nullptr);
    // A language the file does not carry falls back to English.
    QCOMPARE(rules.referral(u"state")->text(u"fr"), rules.referral(u"state")->en);
    QCOMPARE(rules.referral(u"state")->text(u"es"), rules.referral(u"state")->es);
}

void TestRuleSet::unusuallyLongSentenceIsContestedAndRejectedInTheThirdCircuit()
{
    const ch::RuleSet &rules = builtInRules();
    const ch::ContestedRule *rule = rules.contestedRule(u"unusually_long_sentence");
    QVERIFY(rule);
    QVERIFY(rule->note.contains(u"(b)(6)"_s));
    const ch::ContestedRule::Circuit *third = rule->forCircuit(u"3");
    QVERIFY(third);
    QCOMPARE(third->status, u"rejected"_s);
    QVERIFY(third->note.contains(u"Rutherford"_s));
    QCOMPARE(rule->forCircuit(u"2"), nullptr);
    QCOMPARE(rules.contestedRule(u"terminal_illness"), nullptr);
    // Staff who work in Spanish read the notes in Spanish; English where a file has no Spanish.
    QVERIFY(rule->noteIn(u"es").startsWith(u"Cuestionado"_s));
    QCOMPARE(rule->noteIn(u"en"), rule->note);
    QVERIFY(third->noteIn(u"es").contains(u"Tercer Circuito"_s));
    ch::ContestedRule::Circuit englishOnly = *third;
    englishOnly.noteEs.clear();
    QCOMPARE(englishOnly.noteIn(u"es"), third->note);
    // The BOP criteria's titles come from the program's translations; an unknown criterion keeps the file's.
    QCOMPARE(ch::KeyDate::bopTitle(u"other_elderly", u"from the file"_s), u"Other elderly inmate"_s);
    QCOMPARE(ch::KeyDate::bopTitle(u"future_criterion", u"from the file"_s), u"from the file"_s);
}

void TestRuleSet::bopCriteriaCarryThe5050Numbers()
{
    const QList<ch::BopCriterion> &bop = builtInRules().bopCriteria();
    QCOMPARE(bop.size(), 4);
    QCOMPARE(bop.at(0).code, u"terminal"_s);
    QCOMPARE(bop.at(0).lifeExpectancyMonths, 18);
    QCOMPARE(bop.at(1).code, u"elderly_with_medical_conditions"_s);
    QCOMPARE(bop.at(1).threshold.ageYears, 65);
    QCOMPARE(bop.at(1).threshold.servedPercent, 50);
    QCOMPARE(bop.at(2).code, u"other_elderly"_s);
    QCOMPARE(bop.at(2).threshold.servedYears, 10);
    QCOMPARE(bop.at(2).threshold.servedPercent, 75);
    QCOMPARE(bop.at(2).threshold.combine, ch::ThresholdRule::Combine::Greater);
    QCOMPARE(bop.at(3).code, u"new_law_elderly"_s);
    QCOMPARE(bop.at(3).threshold.ageYears, 70);
    QCOMPARE(bop.at(3).threshold.servedYears, 30);
}

void TestRuleSet::brokenFilesGiveClearErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("mustMention");

    QTest::newRow("not JSON") << u"broken-not-json.json"_s
                              << QStringList{u"broken-not-json.json"_s, u"not valid JSON"_s, u"character"_s};
    QTest::newRow("array, not object")
        << u"broken-array.json"_s << QStringList{u"broken-array.json"_s, u"one JSON object"_s};
    QTest::newRow("missing version") << u"broken-missing-version.json"_s
                                     << QStringList{u"broken-missing-version.json"_s,
                                                    u"“version” is missing"_s};
    QTest::newRow("bad effective date")
        << u"broken-bad-date.json"_s
        << QStringList{u"broken-bad-date.json"_s, u"effective_date"_s, u"YYYY-MM-DD"_s, u"2023-13-01"_s};
    QTest::newRow("referral without Spanish")
        << u"broken-missing-spanish.json"_s
        << QStringList{u"broken-missing-spanish.json"_s, u"referrals.military.es"_s};
    QTest::newRow("gate names an undefined referral")
        << u"broken-unknown-referral.json"_s
        << QStringList{u"court_type"_s, u"“nowhere”"_s, u"does not define"_s};
    QTest::newRow("gate on an unknown field")
        << u"broken-unknown-field.json"_s << QStringList{u"gates[2].field"_s, u"sentence_state"_s};
    QTest::newRow("percent out of range")
        << u"broken-bad-percent.json"_s
        << QStringList{u"key_dates.age_prong.served_percent"_s, u"from 1 to 100"_s};
    QTest::newRow("newer format") << u"broken-newer-format.json"_s
                                  << QStringList{u"format version 2"_s, u"update the program"_s};
}

void TestRuleSet::brokenFilesGiveClearErrors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, mustMention);
    const ch::Result<ch::RuleSet> rules = ch::RuleSet::load(ruleFixture(file));
    QVERIFY(!rules.ok());
    const QString message = rules.error().message;
    QVERIFY2(message.startsWith(u"The rule file "_s), qPrintable(message));
    for (const QString &part : mustMention)
        QVERIFY2(message.contains(part), qPrintable(u"“%1” not in: %2"_s.arg(part, message)));
    QCOMPARE(rules.error().detail, ruleFixture(file));
}

void TestRuleSet::missingFileGivesAnIoError()
{
    const ch::Result<ch::RuleSet> rules = ch::RuleSet::load(ruleFixture(u"no-such-file.json"_s));
    QVERIFY(!rules.ok());
    QCOMPARE(rules.error().kind, ch::Error::Kind::Io);
    QVERIFY(rules.error().message.contains(u"no-such-file.json"_s));
}

void TestRuleSet::registryKnowsTheBuiltInFile()
{
    QCOMPARE(ch::RuleSetRegistry::builtInFiles(), QStringList{builtInRulesPath()});
    const ch::Result<ch::RuleSetRegistry> &registry = ch::RuleSetRegistry::builtIn();
    QVERIFY2(registry.ok(), qPrintable(registry.error().fullText()));
    QCOMPARE(registry->ruleSets().size(), 1);
    QCOMPARE(registry->inEffectOn(QDate(2023, 10, 31)), nullptr);
    QVERIFY(registry->inEffectOn(QDate(2023, 11, 1)));
    QCOMPARE(registry->inEffectOn(QDate(2023, 11, 1))->version(), u"ussg-1b1.13-2023-11-01"_s);

    const ch::Result<ch::RuleSet> none = registry->ruleSetFor(QDate(2023, 10, 31));
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(u"2023-10-31"_s));
    QVERIFY(none.error().message.contains(u"2023-11-01"_s));
}

void TestRuleSet::registryPicksLatestEffectiveDateOnOrBeforeAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("version"); // empty: none in effect

    QTest::newRow("before every file") << QDate(2019, 12, 31) << QString();
    QTest::newRow("first day of the oldest") << QDate(2020, 1, 1) << u"test-old-2020-01-01"_s;
    QTest::newRow("day before 2023 rules") << QDate(2023, 10, 31) << u"test-old-2020-01-01"_s;
    QTest::newRow("first day of 2023 rules") << QDate(2023, 11, 1) << u"ussg-1b1.13-2023-11-01"_s;
    QTest::newRow("day before 2025 rules") << QDate(2024, 12, 31) << u"ussg-1b1.13-2023-11-01"_s;
    QTest::newRow("first day of 2025 rules") << QDate(2025, 1, 1) << u"test-alt-2025-01-01"_s;
    QTest::newRow("long after") << QDate(2040, 6, 1) << u"test-alt-2025-01-01"_s;
}

void TestRuleSet::registryPicksLatestEffectiveDateOnOrBeforeAsOf()
{
    QFETCH(QDate, asOf);
    QFETCH(QString, version);
    // Given out of order on purpose: the registry sorts by effective date.
    const ch::Result<ch::RuleSetRegistry> registry =
        ch::RuleSetRegistry::fromFiles({ruleFixture(u"good-alt-2025-01-01.json"_s), builtInRulesPath(),
                                        ruleFixture(u"good-old-2020-01-01.json"_s)});
    QVERIFY2(registry.ok(), qPrintable(registry.error().fullText()));
    QCOMPARE(registry->ruleSets().first().version(), u"test-old-2020-01-01"_s);
    const ch::RuleSet *rules = registry->inEffectOn(asOf);
    if (version.isEmpty()) {
        QCOMPARE(rules, nullptr);
        QVERIFY(!registry->ruleSetFor(asOf).ok());
    } else {
        QVERIFY(rules);
        QCOMPARE(rules->version(), version);
        QCOMPARE(registry->ruleSetFor(asOf)->version(), version);
    }
}

void TestRuleSet::registryRejectsTwoFilesWithTheSameEffectiveDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"same-date-copy.json"_s);
    QVERIFY(QFile::copy(builtInRulesPath(), copy));
    const ch::Result<ch::RuleSetRegistry> registry =
        ch::RuleSetRegistry::fromFiles({builtInRulesPath(), copy});
    QVERIFY(!registry.ok());
    QCOMPARE(registry.error().kind, ch::Error::Kind::Conflict);
    QVERIFY(registry.error().message.contains(u"same-date-copy.json"_s));
    QVERIFY(registry.error().message.contains(u"2023-11-01"_s));
}

void TestRuleSet::registryStopsAtABrokenFile()
{
    const ch::Result<ch::RuleSetRegistry> registry =
        ch::RuleSetRegistry::fromFiles({builtInRulesPath(), ruleFixture(u"broken-bad-date.json"_s)});
    QVERIFY(!registry.ok());
    QVERIFY(registry.error().message.contains(u"broken-bad-date.json"_s));
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "TestRuleSet.moc"
