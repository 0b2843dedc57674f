// Tests for ScreeningEngine, spec S1: gates, outcomes, missing fields, referrals, claimed and contested
// reasons, the JSON form, and how a different rule file changes the result.

#include "ScreeningTestData.h"

#include "screening/RuleSetRegistry.h"
#include "screening/ScreeningEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chtest;
using Outcome = ch::ScreeningResult::Outcome;

class TestScreeningEngine : public QObject
{
    Q_OBJECT

private slots:
    void gates_data();
    void gates();
    void missingDatesAndReasonsNeverScreenOut();
    void screenedOutCaseListsNoMissingFields();
    void referralIsInTheRequestedLanguage_data();
    void referralIsInTheRequestedLanguage();
    void claimedReasonsAreValidCodesAndUnknownOnesWarn();
    void rehabilitationAloneWarns();
    void contestedReasonIsMarkedByCircuit_data();
    void contestedReasonIsMarkedByCircuit();
    void toJsonHasTheContractKeysAndValues();
    void toJsonUsesNullForMissingValues();
    void anotherRuleFileChangesResultAndRecordedVersion();
    void builtInRulesArePickedByAsOfDate();
    void screeningIsPure();
};

void TestScreeningEngine::gates_data()
{
    QTest::addColumn<QString>("court");
    QTest::addColumn<QString>("relief");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("referralKeys");

    const QString cr = u"compassionate_release"_s;
    const QStringList none;
    auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };

    // Every answer of every gate on its own.
    row("all pass") << u"federal"_s << cr << u"sentenced"_s << u"screened_in"_s << none << none << none;
    row("answers compare case-insensitively") << u"Federal"_s << u"COMPASSIONATE_RELEASE"_s << u"Sentenced"_s
                                              << u"screened_in"_s << none << none << none;
    row("state") << u"state"_s << cr << u"sentenced"_s << u"screened_out"_s << QStringList{u"not_federal"_s}
                 << none << QStringList{u"state"_s};
    row("dc superior") << u"dc_superior"_s << cr << u"sentenced"_s << u"screened_out"_s
                       << QStringList{u"not_federal"_s} << none << QStringList{u"dc_superior"_s};
    row("military") << u"military"_s << cr << u"sentenced"_s << u"screened_out"_s
                    << QStringList{u"not_federal"_s} << none << QStringList{u"military"_s};
    row("unlisted court") << u"tribal"_s << cr << u"sentenced"_s << u"screened_out"_s
                          << QStringList{u"not_federal"_s} << none << QStringList{u"other_court"_s};
    for (const char *relief : {"clemency", "commutation", "pardon", "expungement", "other"}) {
        row(relief) << u"federal"_s << QString::fromLatin1(relief) << u"sentenced"_s << u"screened_out"_s
                    << QStringList{u"not_compassionate_release"_s} << none
                    << QStringList{u"not_compassionate_release"_s};
    }
    row("awaiting sentencing") << u"federal"_s << cr << u"awaiting_sentencing"_s << u"screened_out"_s
                               << QStringList{u"not_sentenced"_s} << none << QStringList{u"not_sentenced"_s};
    row("released") << u"federal"_s << cr << u"released"_s << u"screened_out"_s
                    << QStringList{u"not_in_custody"_s} << none << QStringList{u"not_in_custody"_s};
    row("unlisted status asks instead of screening out")
        << u"federal"_s << cr << u"on_appeal"_s << u"needs_info"_s << none
        << QStringList{u"sentence_status"_s} << none;

    // Each gate field missing or unknown.
    row("court missing") << QString() << cr << u"sentenced"_s << u"needs_info"_s << none
                         << QStringList{u"court_type"_s} << none;
    row("court unknown") << u"unknown"_s << cr << u"sentenced"_s << u"needs_info"_s << none
                         << QStringList{u"court_type"_s} << none;
    row("court blank") << u"   "_s << cr << u"sentenced"_s << u"needs_info"_s << none
                       << QStringList{u"court_type"_s} << none;
    row("relief missing") << u"federal"_s << QString() << u"sentenced"_s << u"needs_info"_s << none
                          << QStringList{u"relief_sought"_s} << none;
    row("relief unknown") << u"federal"_s << u"unknown"_s << u"sentenced"_s << u"needs_info"_s << none
                          << QStringList{u"relief_sought"_s} << none;
    row("status missing") << u"federal"_s << cr << QString() << u"needs_info"_s << none
                          << QStringList{u"sentence_status"_s} << none;
    row("status unknown") << u"federal"_s << cr << u"unknown"_s << u"needs_info"_s << none
                          << QStringList{u"sentence_status"_s} << none;
    row("two missing") << u"unknown"_s << cr << QString() << u"needs_info"_s << none
                       << QStringList{u"court_type"_s, u"sentence_status"_s} << none;
    row("all missing") << QString() << u"unknown"_s << QString() << u"needs_info"_s << none
                       << QStringList{u"court_type"_s, u"relief_sought"_s, u"sentence_status"_s} << none;

    // Every combination of failing gates (court, relief, status).
    row("fail court+relief (state clemency)")
        << u"state"_s << u"clemency"_s << u"sentenced"_s << u"screened_out"_s
        << QStringList{u"not_federal"_s, u"not_compassionate_release"_s} << none
        << QStringList{u"state"_s, u"not_compassionate_release"_s};
    row("fail court+status") << u"military"_s << cr << u"awaiting_sentencing"_s << u"screened_out"_s
                             << QStringList{u"not_federal"_s, u"not_sentenced"_s} << none
                             << QStringList{u"military"_s, u"not_sentenced"_s};
    row("fail relief+status") << u"federal"_s << u"pardon"_s << u"released"_s << u"screened_out"_s
                              << QStringList{u"not_compassionate_release"_s, u"not_in_custody"_s} << none
                              << QStringList{u"not_compassionate_release"_s, u"not_in_custody"_s};
    row("fail all three") << u"dc_superior"_s << u"expungement"_s << u"awaiting_sentencing"_s
                          << u"screened_out"_s
                          << QStringList{u"not_federal"_s, u"not_compassionate_release"_s, u"not_sentenced"_s}
                          << none
                          << QStringList{u"dc_superior"_s, u"not_compassionate_release"_s,
                                         u"not_sentenced"_s};

    // A failure wins over missing answers.
    row("fail with another gate unknown") << u"state"_s << u"unknown"_s << QString() << u"screened_out"_s
                                          << QStringList{u"not_federal"_s} << none << QStringList{u"state"_s};
}

void TestScreeningEngine::gates()
{
    QFETCH(QString, court);
    QFETCH(QString, relief);
    QFETCH(QString, status);
    QFETCH(QString, outcome);
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, referralKeys);

    ch::CaseRecord c = baseCase();
    c.setValue(u"court_type"_s, court);
    c.setValue(u"relief_sought"_s, relief);
    c.setValue(u"sentence_status"_s, status);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());

    QCOMPARE(r.outcomeCode(), outcome);
    QCOMPARE(r.reasons, reasons);
    QCOMPARE(r.missing, missing);
    QStringList keys;
    for (const ch::Referral &ref : r.referrals)
        keys << ref.key;
    QCOMPARE(keys, referralKeys);
    QCOMPARE(r.referral.isEmpty(), referralKeys.isEmpty());
    // The gates never touch the key dates: a screened-out case still gets them.
    QCOMPARE(r.ageProng.date, QDate(2027, 3, 2));
}

void TestScreeningEngine::missingDatesAndReasonsNeverScreenOut()
{
    ch::CaseRecord c = baseCase({{"date_of_birth", ""},
                                 {"custody_start_date", ""},
                                 {"sentence_months", ""},
                                 {"projected_release_date", ""},
                                 {"sentenced_under_3559c", ""},
                                 {"warden_request_date", ""},
                                 {"reasons", ""},
                                 {"sentencing_district", ""}});
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());
    QCOMPARE(r.outcome, Outcome::ScreenedIn);
    QVERIFY(r.reasons.isEmpty());
    QVERIFY(r.missing.isEmpty());
    for (const ch::KeyDate *d : r.keyDates()) {
        QVERIFY2(!d->date.isValid(), qPrintable(d->code));
        QCOMPARE(d->timing(), ch::KeyDate::Timing::Unavailable);
    }
    QVERIFY(r.claimedReasons.isEmpty());
    QVERIFY(r.warnings.isEmpty());

    // Malformed dates are treated as missing, with a warning, and still do not screen out.
    c = baseCase({{"date_of_birth", "1962-02-30"}, {"sentence_months", "ten years"}});
    const ch::ScreeningResult bad = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());
    QCOMPARE(bad.outcome, Outcome::ScreenedIn);
    QVERIFY(!bad.ageProng.date.isValid());
    QCOMPARE(bad.warnings.size(), 2);
    QVERIFY(bad.warnings.at(0).contains(u"1962-02-30"_s));
    QVERIFY(bad.warnings.at(1).contains(u"ten years"_s));
}

void TestScreeningEngine::screenedOutCaseListsNoMissingFields()
{
    // `missing` says what to ask for; a screened-out case needs no more answers.
    const ch::CaseRecord c = baseCase({{"court_type", "state"}, {"relief_sought", "unknown"}});
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());
    QCOMPARE(r.outcome, Outcome::ScreenedOut);
    QCOMPARE(r.reasons, QStringList{u"not_federal"_s});
    QVERIFY(r.missing.isEmpty());
}

void TestScreeningEngine::referralIsInTheRequestedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::newRow("English") << u"en"_s << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s << u"es"_s;
    QTest::newRow("unsupported falls back to English") << u"fr"_s << u"en"_s;
}

void TestScreeningEngine::referralIsInTheRequestedLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedLanguage);
    const ch::RuleSet &rules = builtInRules();
    const ch::CaseRecord c = baseCase({{"court_type", "state"}, {"relief_sought", "clemency"}});
    ch::ScreeningOptions options;
    options.language = language;
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), rules, options);

    QCOMPARE(r.referralLanguage, expectedLanguage);
    const QString expected = rules.referral(u"state")->text(expectedLanguage) + u"\n\n"_s +
                             rules.referral(u"not_compassionate_release")->text(expectedLanguage);
    QCOMPARE(r.referral, expected);
    QCOMPARE(r.referralText(u"en"),
             rules.referral(u"state")->en + u"\n\n"_s + rules.referral(u"not_compassionate_release")->en);
    QCOMPARE(r.referralText(u"es"),
             rules.referral(u"state")->es + u"\n\n"_s + rules.referral(u"not_compassionate_release")->es);
    if (expectedLanguage == u"es"_s)
        QVERIFY(r.referral.startsWith(u"Gracias por comunicarse"_s));
    else
        QVERIFY(r.referral.startsWith(u"Thank you for contacting"_s));

    // Screened-in cases get no referral.
    const ch::ScreeningResult in = ch::ScreeningEngine::screen(baseCase(), QDate(2025, 6, 1), rules, options);
    QVERIFY(in.referral.isEmpty());
    QVERIFY(in.referrals.isEmpty());
}

void TestScreeningEngine::claimedReasonsAreValidCodesAndUnknownOnesWarn()
{
    const ch::CaseRecord c =
        baseCase({{"reasons", " age ; terminal_illness;age;;flying_pigs;family_parent "}});
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());
    QCOMPARE(r.claimedReasons, (QStringList{u"age"_s, u"terminal_illness"_s, u"family_parent"_s}));
    QCOMPARE(r.unknownReasons, QStringList{u"flying_pigs"_s});
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(u"flying_pigs"_s));
    // Claimed reasons never become gate codes.
    QVERIFY(r.reasons.isEmpty());
    QCOMPARE(r.outcome, Outcome::ScreenedIn);
}

void TestScreeningEngine::rehabilitationAloneWarns()
{
    const ch::ScreeningResult alone = ch::ScreeningEngine::screen(baseCase({{"reasons", "rehabilitation"}}),
                                                                  QDate(2025, 6, 1), builtInRules());
    QCOMPARE(alone.claimedReasons, QStringList{u"rehabilitation"_s});
    QCOMPARE(alone.warnings.size(), 1);
    QVERIFY(alone.warnings.first().contains(u"rehabilitation"_s));
    QCOMPARE(alone.outcome, Outcome::ScreenedIn); // a staff question, not a gate

    const ch::ScreeningResult combined = ch::ScreeningEngine::screen(
        baseCase({{"reasons", "rehabilitation;family_spouse"}}), QDate(2025, 6, 1), builtInRules());
    QVERIFY(combined.warnings.isEmpty());
}

void TestScreeningEngine::contestedReasonIsMarkedByCircuit_data()
{
    QTest::addColumn<QString>("ruleFile"); // empty: built-in
    QTest::addColumn<QString>("reasons");
    QTest::addColumn<QString>("district");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<QString>("circuit");
    QTest::addColumn<QString>("circuitStatus");

    const QString b6 = u"age;unusually_long_sentence"_s;
    QTest::newRow("(b)(6) in the Second Circuit")
        << QString() << b6 << u"nysd"_s << true << u"2"_s << QString();
    QTest::newRow("(b)(6) in the Third Circuit")
        << QString() << b6 << u"paed"_s << true << u"3"_s << u"rejected"_s;
    QTest::newRow("Third Circuit by abbreviation")
        << QString() << b6 << u"E.D. Pa."_s << true << u"3"_s << u"rejected"_s;
    QTest::newRow("Third Circuit by name")
        << QString() << b6 << u"District of New Jersey"_s << true << u"3"_s << u"rejected"_s;
    QTest::newRow("D.C. Circuit") << QString() << b6 << u"dcd"_s << true << u"DC"_s << QString();
    QTest::newRow("district unknown: contested, no circuit")
        << QString() << b6 << QString() << true << QString() << QString();
    QTest::newRow("district unrecognised")
        << QString() << b6 << u"Atlantis"_s << true << QString() << QString();
    QTest::newRow("no (b)(6) claim") << QString() << u"age;terminal_illness"_s << u"paed"_s << false
                                     << QString() << QString();
    QTest::newRow("fixture: Fifth Circuit listed")
        << u"good-alt-2025-01-01.json"_s << b6 << u"txnd"_s << true << u"5"_s << u"contested"_s;
    QTest::newRow("built-in: Fifth Circuit not listed")
        << QString() << b6 << u"txnd"_s << true << u"5"_s << QString();
}

void TestScreeningEngine::contestedReasonIsMarkedByCircuit()
{
    QFETCH(QString, ruleFile);
    QFETCH(QString, reasons);
    QFETCH(QString, district);
    QFETCH(bool, marked);
    QFETCH(QString, circuit);
    QFETCH(QString, circuitStatus);

    const ch::RuleSet rules = ruleFile.isEmpty() ? builtInRules() : loadRules(ruleFixture(ruleFile));
    ch::CaseRecord c = baseCase();
    c.setValue(u"reasons"_s, reasons);
    c.setValue(u"sentencing_district"_s, district);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), rules);

    if (!marked) {
        QVERIFY(r.contested.isEmpty());
        return;
    }
    QCOMPARE(r.contested.size(), 1);
    const ch::ContestedReason &mark = r.contested.first();
    QCOMPARE(mark.reason, u"unusually_long_sentence"_s);
    QCOMPARE(mark.circuit, circuit);
    QCOMPARE(mark.circuitStatus, circuitStatus);
    QCOMPARE(mark.rejectedInCircuit(), circuitStatus == u"rejected"_s);
    QVERIFY(mark.note.startsWith(u"Contested"_s));
    QCOMPARE(mark.circuitNote.isEmpty(), circuitStatus.isEmpty());
    if (circuit == u"3"_s)
        QVERIFY(mark.circuitNote.contains(u"Rutherford"_s));
    // Contested reasons are marked, never screened out.
    QCOMPARE(r.outcome, Outcome::ScreenedIn);
}

void TestScreeningEngine::toJsonHasTheContractKeysAndValues()
{
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(baseCase(), QDate(2025, 6, 1), builtInRules());
    const QJsonObject o = r.toJson();

    for (const char *key : {"case_id", "submission_id", "outcome", "reasons", "missing", "dates"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value("case_id"_L1).toInteger(), 42);
    QCOMPARE(o.value("submission_id"_L1).toString(), u"SUB-0042"_s);
    QCOMPARE(o.value("outcome"_L1).toString(), u"screened_in"_s);
    QCOMPARE(o.value("reasons"_L1).toArray(), QJsonArray());
    QCOMPARE(o.value("missing"_L1).toArray(), QJsonArray());

    const QJsonObject dates = o.value("dates"_L1).toObject();
    QCOMPARE(dates.keys(), (QStringList{u"age_prong"_s, u"exhaustion_ripe"_s, u"statutory_70_30"_s,
                                        u"ten_years_served"_s}));
    QCOMPARE(dates.value("age_prong"_L1).toString(), u"2027-03-02"_s);
    QCOMPARE(dates.value("ten_years_served"_L1).toString(), u"2030-01-15"_s);
    QVERIFY(dates.value("statutory_70_30"_L1).isNull());                     // sentenced_under_3559c = no
    QCOMPARE(dates.value("exhaustion_ripe"_L1).toString(), u"2025-03-12"_s); // 2025-02-10 + 30 days

    QCOMPARE(o.value("rule_set"_L1).toObject().value("version"_L1).toString(), u"ussg-1b1.13-2023-11-01"_s);
    QCOMPARE(o.value("rule_set"_L1).toObject().value("effective_date"_L1).toString(), u"2023-11-01"_s);
    QCOMPARE(o.value("as_of"_L1).toString(), u"2025-06-01"_s);
    QCOMPARE(o.value("claimed_reasons"_L1).toArray(), (QJsonArray{u"age"_s, u"terminal_illness"_s}));
    QCOMPARE(o.value("timing"_L1).toObject().value("exhaustion_ripe"_L1).toString(), u"reached"_s);
    QCOMPARE(o.value("timing"_L1).toObject().value("age_prong"_L1).toString(), u"upcoming"_s);
    // Projected release is 2026-11-01: the age prong and ten years fall after it.
    QCOMPARE(o.value("after_release"_L1).toArray(), (QJsonArray{u"age_prong"_s, u"ten_years_served"_s}));
    QVERIFY(o.value("explanations"_L1).toObject().value("age_prong"_L1).toString().startsWith(u"Turns 65"_s));
    QVERIFY(o.value("referral"_L1).isNull());
    QCOMPARE(o.value("bop_5050_50"_L1).toObject().keys().size(), 4);

    // It is valid JSON a CLI can print.
    QVERIFY(!QJsonDocument(o).toJson().isEmpty());
}

void TestScreeningEngine::toJsonUsesNullForMissingValues()
{
    ch::CaseRecord c = baseCase({{"submission_id", ""},
                                 {"court_type", "state"},
                                 {"date_of_birth", ""},
                                 {"custody_start_date", ""},
                                 {"warden_request_date", ""}});
    ch::ScreeningOptions options;
    options.language = u"es"_s;
    const QJsonObject o = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules(), options).toJson();
    QVERIFY(o.value("submission_id"_L1).isNull());
    QCOMPARE(o.value("outcome"_L1).toString(), u"screened_out"_s);
    QCOMPARE(o.value("reasons"_L1).toArray(), QJsonArray{u"not_federal"_s});
    const QJsonObject dates = o.value("dates"_L1).toObject();
    QCOMPARE(dates.size(), 4);
    for (const QString &key : dates.keys())
        QVERIFY2(dates.value(key).isNull(), qPrintable(key));
    const QJsonObject referral = o.value("referral"_L1).toObject();
    QCOMPARE(referral.value("keys"_L1).toArray(), QJsonArray{u"state"_s});
    QCOMPARE(referral.value("es"_L1).toString(), builtInRules().referral(u"state")->es);
}

void TestScreeningEngine::anotherRuleFileChangesResultAndRecordedVersion()
{
    const ch::RuleSet alt = loadRules(ruleFixture(u"good-alt-2025-01-01.json"_s));
    const QDate asOf(2025, 6, 1);
    const ch::ScreeningResult before = ch::ScreeningEngine::screen(baseCase(), asOf, builtInRules());
    const ch::ScreeningResult after = ch::ScreeningEngine::screen(baseCase(), asOf, alt);

    QCOMPARE(before.ruleSetVersion, u"ussg-1b1.13-2023-11-01"_s);
    QCOMPARE(after.ruleSetVersion, u"test-alt-2025-01-01"_s);
    QCOMPARE(after.ruleSetEffectiveDate, QDate(2025, 1, 1));
    QCOMPARE(after.toJson().value("rule_set"_L1).toObject().value("version"_L1).toString(),
             u"test-alt-2025-01-01"_s);

    // Built-in: later of 65 (2027-03-02) and 75 % of 96 = 72 months (2026-01-15).
    QCOMPARE(before.ageProng.date, QDate(2027, 3, 2));
    // Fixture: later of 60 (2022-03-02) and the lesser of 8 years and 50 % of 96 = 48 months (2024-01-15).
    QCOMPARE(after.ageProng.date, QDate(2024, 1, 15));
    QCOMPARE(after.ageProng.timing(), ch::KeyDate::Timing::Reached);
    QCOMPARE(before.tenYearsServed.date, QDate(2030, 1, 15));
    QCOMPARE(after.tenYearsServed.date, QDate(2029, 1, 15)); // the fixture says 9 years
    QCOMPARE(before.exhaustionRipe.date, QDate(2025, 3, 12));
    QCOMPARE(after.exhaustionRipe.date, QDate(2025, 3, 27)); // 45 days

    // The fixture treats relief "other" as a question instead of a failure.
    const ch::CaseRecord other = baseCase({{"relief_sought", "other"}});
    QCOMPARE(ch::ScreeningEngine::screen(other, asOf, builtInRules()).outcome, Outcome::ScreenedOut);
    const ch::ScreeningResult otherAlt = ch::ScreeningEngine::screen(other, asOf, alt);
    QCOMPARE(otherAlt.outcome, Outcome::NeedsInfo);
    QCOMPARE(otherAlt.missing, QStringList{u"relief_sought"_s});
}

void TestScreeningEngine::builtInRulesArePickedByAsOfDate()
{
    const ch::Result<ch::ScreeningResult> early =
        ch::ScreeningEngine::screenWithBuiltInRules(baseCase(), QDate(2023, 10, 31));
    QVERIFY(!early.ok());
    QVERIFY(early.error().message.contains(u"2023-10-31"_s));

    const ch::Result<ch::ScreeningResult> onTime =
        ch::ScreeningEngine::screenWithBuiltInRules(baseCase(), QDate(2023, 11, 1));
    QVERIFY2(onTime.ok(), qPrintable(onTime.error().fullText()));
    QCOMPARE(onTime->ruleSetVersion, u"ussg-1b1.13-2023-11-01"_s);
    QCOMPARE(onTime->asOf, QDate(2023, 11, 1));
    QCOMPARE(onTime->outcome, Outcome::ScreenedIn);
}

void TestScreeningEngine::screeningIsPure()
{
    const ch::CaseRecord c = baseCase({{"court_type", "military"}, {"reasons", "unusually_long_sentence;x"}});
    const QJsonObject first = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules()).toJson();
    const QJsonObject second = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules()).toJson();
    QCOMPARE(first, second);
    // Only the as-of date moves timings; the dates stay.
    const QJsonObject later = ch::ScreeningEngine::screen(c, QDate(2031, 1, 1), builtInRules()).toJson();
    QCOMPARE(later.value("dates"_L1), first.value("dates"_L1));
    QCOMPARE(later.value("timing"_L1).toObject().value("ten_years_served"_L1).toString(), u"reached"_s);
}

QTEST_GUILESS_MAIN(TestScreeningEngine)
#include "TestScreeningEngine.moc"
