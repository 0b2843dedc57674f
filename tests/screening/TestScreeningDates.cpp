// Tests for the key dates of screening spec S2 and the BOP 5050.50 view: every rule at its boundary (the
// day before and the day of), shares rounded up, life sentences, leap days, §3559(c), exhaustion, dates
// after release, and the explanations staff read. Every expected date is worked out by hand in a comment.

#include "ScreeningTestData.h"

#include "domain/FieldCatalog.h"
#include "screening/CalendarMath.h"
#include "screening/ScreeningEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chtest;
using Timing = ch::KeyDate::Timing;
using Basis = ch::KeyDate::ServedBasis;

Q_DECLARE_METATYPE(ch::KeyDate::Timing)
Q_DECLARE_METATYPE(ch::KeyDate::ServedBasis)

class TestScreeningDates : public QObject
{
    Q_OBJECT

private slots:
    void addMonthsHandlesDaysTheMonthLacks_data();
    void addMonthsHandlesDaysTheMonthLacks();
    void shareMonthsRoundsUp();
    void parseIsoDate_data();
    void parseIsoDate();
    void ageProng_data();
    void ageProng();
    void ageProngExplanationReadsAsOneSentence();
    void tenYearsServed_data();
    void tenYearsServed();
    void leapDayBirthdayCountsFromMarchFirst_data();
    void leapDayBirthdayCountsFromMarchFirst();
    void leapDayUnderMonthEndRuleFile();
    void statutory7030_data();
    void statutory7030();
    void statutory7030_birthdayDecides_data();
    void statutory7030_birthdayDecides();
    void bopOtherElderly_dayBeforeAndDayOf_data();
    void bopOtherElderly_dayBeforeAndDayOf();
    void exhaustion_data();
    void exhaustion();
    void afterReleaseFlag_data();
    void afterReleaseFlag();
    void missingAnswersLeaveDatesEmptyAndSayWhy();
    void bopView();
    void bopViewForLifeSentence();
    void bopViewIsOptional();
};

// ---- CalendarMath ----

void TestScreeningDates::addMonthsHandlesDaysTheMonthLacks_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("nextMonthFirst");
    QTest::addColumn<QDate>("monthEnd");

    QTest::newRow("ordinary") << d("2020-01-15") << 72 << d("2026-01-15") << d("2026-01-15");
    QTest::newRow("Feb 29 + 1 year") << d("2024-02-29") << 12 << d("2025-03-01") << d("2025-02-28");
    QTest::newRow("Feb 29 + 4 years") << d("2024-02-29") << 48 << d("2028-02-29") << d("2028-02-29");
    QTest::newRow("Jan 31 + 1 month, leap") << d("2024-01-31") << 1 << d("2024-03-01") << d("2024-02-29");
    QTest::newRow("Jan 31 + 1 month") << d("2023-01-31") << 1 << d("2023-03-01") << d("2023-02-28");
    QTest::newRow("Mar 31 + 1 month") << d("2023-03-31") << 1 << d("2023-05-01") << d("2023-04-30");
    QTest::newRow("Dec 31 + 2 months") << d("2023-12-31") << 2 << d("2024-03-01") << d("2024-02-29");
    QTest::newRow("year wrap") << d("2023-11-30") << 3 << d("2024-03-01") << d("2024-02-29");
    QTest::newRow("year wrap, day exists") << d("2023-11-29") << 3 << d("2024-02-29") << d("2024-02-29");
    QTest::newRow("zero") << d("2023-05-31") << 0 << d("2023-05-31") << d("2023-05-31");
    QTest::newRow("invalid in, invalid out") << QDate() << 12 << QDate() << QDate();
}

void TestScreeningDates::addMonthsHandlesDaysTheMonthLacks()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, nextMonthFirst);
    QFETCH(QDate, monthEnd);
    QCOMPARE(ch::CalendarMath::addMonths(from, months, ch::MissingDayPolicy::NextMonthFirst), nextMonthFirst);
    QCOMPARE(ch::CalendarMath::addMonths(from, months, ch::MissingDayPolicy::MonthEnd), monthEnd);
    if (from.isValid())
        QCOMPARE(ch::CalendarMath::addMonths(from, months, ch::MissingDayPolicy::MonthEnd),
                 from.addMonths(months));
}

void TestScreeningDates::shareMonthsRoundsUp()
{
    QCOMPARE(ch::CalendarMath::shareMonths(75, 96), 72);   // exact
    QCOMPARE(ch::CalendarMath::shareMonths(75, 97), 73);   // 72.75 -> 73
    QCOMPARE(ch::CalendarMath::shareMonths(75, 1), 1);     // 0.75 -> 1
    QCOMPARE(ch::CalendarMath::shareMonths(50, 121), 61);  // 60.5 -> 61
    QCOMPARE(ch::CalendarMath::shareMonths(75, 160), 120); // exact, equals 10 years
    QCOMPARE(ch::CalendarMath::shareMonths(100, 37), 37);
}

void TestScreeningDates::parseIsoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("date") << u"1962-03-02"_s << d("1962-03-02");
    QTest::newRow("date-time") << u"2025-02-10T09:30:00Z"_s << d("2025-02-10");
    QTest::newRow("leap day") << u"2024-02-29"_s << d("2024-02-29");
    QTest::newRow("not a leap year") << u"2023-02-29"_s << QDate();
    QTest::newRow("month 13") << u"2023-13-01"_s << QDate();
    QTest::newRow("US order") << u"03/02/1962"_s << QDate();
    QTest::newRow("letters") << u"19x2-03-02"_s << QDate();
    QTest::newRow("short") << u"1962-3-2"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestScreeningDates::parseIsoDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(ch::CalendarMath::parseIsoDate(text), expected);
}

// ---- age prong ----

void TestScreeningDates::ageProng_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("custody");
    QTest::addColumn<QString>("months");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<Timing>("timing");
    QTest::addColumn<Basis>("basis");

    // 65 on 2027-03-02; 75 % of 96 = 72 months after 2020-01-15 = 2026-01-15; the later is the birthday.
    QTest::newRow("birthday decides, day before")
        << u"1962-03-02"_s << u"2020-01-15"_s << u"96"_s << d("2027-03-01") << d("2027-03-02")
        << Timing::Upcoming << Basis::Percent;
    QTest::newRow("birthday decides, day of")
        << u"1962-03-02"_s << u"2020-01-15"_s << u"96"_s << d("2027-03-02") << d("2027-03-02")
        << Timing::Reached << Basis::Percent;
    // 65 long ago; 75 % of 96 = 72 months -> 2026-01-15.
    QTest::newRow("share decides, day before")
        << u"1950-06-10"_s << u"2020-01-15"_s << u"96"_s << d("2026-01-14") << d("2026-01-15")
        << Timing::Upcoming << Basis::Percent;
    QTest::newRow("share decides, day of") << u"1950-06-10"_s << u"2020-01-15"_s << u"96"_s << d("2026-01-15")
                                           << d("2026-01-15") << Timing::Reached << Basis::Percent;
    // 75 % of 97 = 72.75 -> 73 months -> 2026-02-15 (not 2026-01-15).
    QTest::newRow("share rounds up") << u"1950-06-10"_s << u"2020-01-15"_s << u"97"_s << d("2026-02-14")
                                     << d("2026-02-15") << Timing::Upcoming << Basis::Percent;
    // 75 % of 240 = 180 months > 120: the lesser is 10 years -> 2010-03-01 + 10 y = 2020-03-01.
    QTest::newRow("ten years is the lesser, day before")
        << u"1950-06-10"_s << u"2010-03-01"_s << u"240"_s << d("2020-02-29") << d("2020-03-01")
        << Timing::Upcoming << Basis::Years;
    QTest::newRow("ten years is the lesser, day of")
        << u"1950-06-10"_s << u"2010-03-01"_s << u"240"_s << d("2020-03-01") << d("2020-03-01")
        << Timing::Reached << Basis::Years;
    // 75 % of 160 = 120 months = 10 years: the same date either way.
    QTest::newRow("tie") << u"1950-06-10"_s << u"2010-03-01"_s << u"160"_s << d("2020-03-01")
                         << d("2020-03-01") << Timing::Reached << Basis::Years;
    // Life: no 75 % share; 10 years -> 2020-03-01.
    QTest::newRow("life: ten years only")
        << u"1950-06-10"_s << u"2010-03-01"_s << u"life"_s << d("2020-02-29") << d("2020-03-01")
        << Timing::Upcoming << Basis::Years;
    QTest::newRow("life spelled Life") << u"1950-06-10"_s << u"2010-03-01"_s << u"Life"_s << d("2020-03-01")
                                       << d("2020-03-01") << Timing::Reached << Basis::Years;
    // Life, young: 65 on 2035-05-05 is later than 2020-03-01.
    QTest::newRow("life: birthday later")
        << u"1970-05-05"_s << u"2010-03-01"_s << u"life"_s << d("2025-01-01") << d("2035-05-05")
        << Timing::Upcoming << Basis::Years;
}

void TestScreeningDates::ageProng()
{
    QFETCH(QString, birth);
    QFETCH(QString, custody);
    QFETCH(QString, months);
    QFETCH(QDate, asOf);
    QFETCH(QDate, expected);
    QFETCH(Timing, timing);
    QFETCH(Basis, basis);

    ch::CaseRecord c = baseCase({{"projected_release_date", ""}});
    c.setValue(u"date_of_birth"_s, birth);
    c.setValue(u"custody_start_date"_s, custody);
    c.setValue(u"sentence_months"_s, months);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, builtInRules());
    QCOMPARE(r.ageProng.code, u"age_prong"_s);
    QCOMPARE(r.ageProng.date, expected);
    QCOMPARE(r.ageProng.timing(), timing);
    QCOMPARE(r.ageProng.servedBasis, basis);
    QVERIFY(!r.ageProng.afterRelease);
    if (months.compare(u"life"_s, Qt::CaseInsensitive) == 0)
        QVERIFY(r.ageProng.explanation().contains(u"life sentence"_s));
}

void TestScreeningDates::ageProngExplanationReadsAsOneSentence()
{
    const ch::CaseRecord c = baseCase({{"projected_release_date", ""}});
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2026, 6, 1), builtInRules());
    QCOMPARE(
        r.ageProng.explanation(),
        u"Turns 65 on 2027-03-02; has served 75 % of 96 months on 2026-01-15; the later date applies."_s);

    const ch::ScreeningResult early = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());
    QCOMPARE(early.ageProng.explanation(), u"Turns 65 on 2027-03-02; will have served 75 % of 96 months on "
                                           "2026-01-15; the later date applies."_s);

    const ch::ScreeningResult late = ch::ScreeningEngine::screen(c, QDate(2031, 1, 1), builtInRules());
    QCOMPARE(
        late.ageProng.explanation(),
        u"Turned 65 on 2027-03-02; has served 75 % of 96 months on 2026-01-15; the later date applies."_s);
    QCOMPARE(late.tenYearsServed.explanation(), u"Has served 10 years on 2030-01-15."_s);

    const ch::CaseRecord longTerm = baseCase(
        {{"projected_release_date", ""}, {"custody_start_date", "2010-03-01"}, {"sentence_months", "240"}});
    QCOMPARE(
        ch::ScreeningEngine::screen(longTerm, QDate(2026, 6, 1), builtInRules()).ageProng.explanation(),
        u"Turns 65 on 2027-03-02; has served 10 years on 2020-03-01, the lesser of 10 years and 75 % of 240 "
        "months; the later date applies."_s);
}

// ---- ten years served ----

void TestScreeningDates::tenYearsServed_data()
{
    QTest::addColumn<QString>("custody");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<Timing>("timing");

    QTest::newRow("day before") << u"2015-07-20"_s << d("2025-07-19") << d("2025-07-20") << Timing::Upcoming;
    QTest::newRow("day of") << u"2015-07-20"_s << d("2025-07-20") << d("2025-07-20") << Timing::Reached;
    QTest::newRow("day after") << u"2015-07-20"_s << d("2025-07-21") << d("2025-07-20") << Timing::Reached;
    // 2016-02-29 + 10 years: 2026 has no Feb 29, so the anniversary is Mar 1.
    QTest::newRow("leap-day start, Feb 28")
        << u"2016-02-29"_s << d("2026-02-28") << d("2026-03-01") << Timing::Upcoming;
    QTest::newRow("leap-day start, Mar 1")
        << u"2016-02-29"_s << d("2026-03-01") << d("2026-03-01") << Timing::Reached;
}

void TestScreeningDates::tenYearsServed()
{
    QFETCH(QString, custody);
    QFETCH(QDate, asOf);
    QFETCH(QDate, expected);
    QFETCH(Timing, timing);
    ch::CaseRecord c = baseCase({{"sentence_months", "life"}, {"projected_release_date", ""}});
    c.setValue(u"custody_start_date"_s, custody);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, builtInRules());
    QCOMPARE(r.tenYearsServed.code, u"ten_years_served"_s);
    QCOMPARE(r.tenYearsServed.date, expected);
    QCOMPARE(r.tenYearsServed.timing(), timing);
}

// ---- leap-day birthdays ----

void TestScreeningDates::leapDayBirthdayCountsFromMarchFirst_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Timing>("timing");
    QTest::newRow("Feb 28: not yet 65") << d("2025-02-28") << Timing::Upcoming;
    QTest::newRow("Mar 1: 65") << d("2025-03-01") << Timing::Reached;
}

void TestScreeningDates::leapDayBirthdayCountsFromMarchFirst()
{
    QFETCH(QDate, asOf);
    QFETCH(Timing, timing);
    // Born 1960-02-29; custody since 2000-01-01 on life, so 10 years were served in 2010 and the
    // birthday decides. 2025 has no Feb 29: the built-in rules count the 65th birthday on 2025-03-01.
    const ch::CaseRecord c = baseCase({{"date_of_birth", "1960-02-29"},
                                       {"custody_start_date", "2000-01-01"},
                                       {"sentence_months", "life"},
                                       {"projected_release_date", ""},
                                       {"sentenced_under_3559c", "yes"}});
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, builtInRules());
    QCOMPARE(r.ageProng.ageDate, d("2025-03-01"));
    QCOMPARE(r.ageProng.date, d("2025-03-01"));
    QCOMPARE(r.ageProng.timing(), timing);
    // 70th birthday: 2030-03-01; 30 years served: 2030-01-01; the later is the birthday.
    QCOMPARE(r.statutory7030.date, d("2030-03-01"));
    // In a leap year the birthday is Feb 29 itself (the BOP "new law" criterion uses 70 too).
    const ch::CaseRecord leap = baseCase(
        {{"date_of_birth", "1964-02-29"}, {"custody_start_date", "2000-01-01"}, {"sentence_months", "life"}});
    QCOMPARE(ch::ScreeningEngine::screen(leap, asOf, builtInRules()).ageProng.date, d("2029-03-01"));
    QCOMPARE(ch::ScreeningEngine::screen(leap, asOf, builtInRules()).bop->at(3).ageDate, d("2034-03-01"));
    const ch::CaseRecord leap2 = baseCase({{"date_of_birth", "1959-02-28"}});
    QCOMPARE(ch::ScreeningEngine::screen(leap2, asOf, builtInRules()).ageProng.ageDate, d("2024-02-28"));
}

void TestScreeningDates::leapDayUnderMonthEndRuleFile()
{
    // The fixture rule file chooses "month_end": the statutory 70th birthday of a person born 1960-02-29
    // then falls on 2030-02-28 instead of 2030-03-01.
    const ch::RuleSet alt = loadRules(ruleFixture(u"good-alt-2025-01-01.json"_s));
    QCOMPARE(alt.missingDayPolicy(), ch::MissingDayPolicy::MonthEnd);
    const ch::CaseRecord c = baseCase({{"date_of_birth", "1960-02-29"},
                                       {"custody_start_date", "1990-01-01"},
                                       {"sentence_months", "life"},
                                       {"sentenced_under_3559c", "yes"}});
    QCOMPARE(ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), alt).statutory7030.date, d("2030-02-28"));
    QCOMPARE(ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules()).statutory7030.date,
             d("2030-03-01"));
}

// ---- statutory 70 / 30 ----

void TestScreeningDates::statutory7030_data()
{
    QTest::addColumn<QString>("under3559c");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<Timing>("timing");
    QTest::addColumn<QStringList>("missingFields");

    // 70 on 2020-04-04; 30 years after 1995-06-01 = 2025-06-01; the later is 2025-06-01.
    QTest::newRow("yes, day before") << u"yes"_s << d("2025-05-31") << d("2025-06-01") << Timing::Upcoming
                                     << QStringList();
    QTest::newRow("yes, day of") << u"yes"_s << d("2025-06-01") << d("2025-06-01") << Timing::Reached
                                 << QStringList();
    QTest::newRow("YES") << u"YES"_s << d("2025-06-01") << d("2025-06-01") << Timing::Reached
                         << QStringList();
    QTest::newRow("no") << u"no"_s << d("2025-06-01") << QDate() << Timing::Unavailable << QStringList();
    QTest::newRow("unknown") << u"unknown"_s << d("2025-06-01") << QDate() << Timing::Unavailable
                             << QStringList{u"sentenced_under_3559c"_s};
    QTest::newRow("not answered") << QString() << d("2025-06-01") << QDate() << Timing::Unavailable
                                  << QStringList{u"sentenced_under_3559c"_s};
}

void TestScreeningDates::statutory7030()
{
    QFETCH(QString, under3559c);
    QFETCH(QDate, asOf);
    QFETCH(QDate, expected);
    QFETCH(Timing, timing);
    QFETCH(QStringList, missingFields);
    ch::CaseRecord c = baseCase({{"date_of_birth", "1950-04-04"},
                                 {"custody_start_date", "1995-06-01"},
                                 {"sentence_months", "life"},
                                 {"projected_release_date", ""}});
    c.setValue(u"sentenced_under_3559c"_s, under3559c);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, builtInRules());
    QCOMPARE(r.statutory7030.code, u"statutory_70_30"_s);
    QCOMPARE(r.statutory7030.date, expected);
    QCOMPARE(r.statutory7030.timing(), timing);
    QCOMPARE(r.statutory7030.missingFields(), missingFields);
    if (under3559c == u"no"_s) {
        QCOMPARE(r.statutory7030.notApplicable, ch::KeyDate::NotApplicable::ConditionNotMet);
        QVERIFY(r.statutory7030.explanation().startsWith(u"Does not apply"_s));
        QVERIFY(r.statutory7030.explanation().contains(u"3559(c)"_s));
    } else if (!missingFields.isEmpty()) {
        QVERIFY(r.statutory7030.explanation().startsWith(u"Cannot be computed"_s));
    } else {
        QCOMPARE(r.statutory7030.ageDate, d("2020-04-04"));
        QCOMPARE(r.statutory7030.servedDate, d("2025-06-01"));
    }
    QCOMPARE(r.outcome, ch::ScreeningResult::Outcome::ScreenedIn); // never a gate
}

void TestScreeningDates::statutory7030_birthdayDecides_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Timing>("timing");
    // 30 years after 1990-01-01 = 2020-01-01; 70 on 2030-08-15: the birthday is the later, so it decides.
    QTest::newRow("day before the 70th birthday") << d("2030-08-14") << Timing::Upcoming;
    QTest::newRow("the 70th birthday") << d("2030-08-15") << Timing::Reached;
}

void TestScreeningDates::statutory7030_birthdayDecides()
{
    QFETCH(QDate, asOf);
    QFETCH(Timing, timing);
    const ch::CaseRecord c = baseCase({{"date_of_birth", "1960-08-15"},
                                       {"custody_start_date", "1990-01-01"},
                                       {"sentence_months", "life"},
                                       {"projected_release_date", ""},
                                       {"sentenced_under_3559c", "yes"}});
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, builtInRules());
    QCOMPARE(r.statutory7030.ageDate, d("2030-08-15"));
    QCOMPARE(r.statutory7030.servedDate, d("2020-01-01"));
    QCOMPARE(r.statutory7030.date, d("2030-08-15"));
    QCOMPARE(r.statutory7030.timing(), timing);
}

void TestScreeningDates::bopOtherElderly_dayBeforeAndDayOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Timing>("timing");
    // baseCase: 65 on 2027-03-02; the greater of 10 years (2030-01-15) and 75 % of 96 months (2026-01-15).
    QTest::newRow("day before") << d("2030-01-14") << Timing::Upcoming;
    QTest::newRow("day of") << d("2030-01-15") << Timing::Reached;
}

void TestScreeningDates::bopOtherElderly_dayBeforeAndDayOf()
{
    QFETCH(QDate, asOf);
    QFETCH(Timing, timing);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(baseCase(), asOf, builtInRules());
    QVERIFY(r.bop.has_value());
    QCOMPARE(r.bop->at(2).code, u"other_elderly"_s);
    QCOMPARE(r.bop->at(2).date, d("2030-01-15"));
    QCOMPARE(r.bop->at(2).timing(), timing);
}

// ---- exhaustion ----

void TestScreeningDates::exhaustion_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<Timing>("timing");

    // 2025-02-10 + 30 days = 2025-03-12 (Feb 2025 has 28 days).
    QTest::newRow("day before") << u"2025-02-10"_s << d("2025-03-11") << d("2025-03-12") << Timing::Upcoming;
    QTest::newRow("day of") << u"2025-02-10"_s << d("2025-03-12") << d("2025-03-12") << Timing::Reached;
    // 2024-02-10 + 30 days = 2024-03-11 (leap February).
    QTest::newRow("leap February") << u"2024-02-10"_s << d("2024-03-11") << d("2024-03-11")
                                   << Timing::Reached;
    QTest::newRow("no request") << QString() << d("2025-03-12") << QDate() << Timing::Unavailable;
}

void TestScreeningDates::exhaustion()
{
    QFETCH(QString, request);
    QFETCH(QDate, asOf);
    QFETCH(QDate, expected);
    QFETCH(Timing, timing);
    ch::CaseRecord c = baseCase();
    c.setValue(u"warden_request_date"_s, request);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, builtInRules());
    QCOMPARE(r.exhaustionRipe.code, u"exhaustion_ripe"_s);
    QCOMPARE(r.exhaustionRipe.date, expected);
    QCOMPARE(r.exhaustionRipe.timing(), timing);
    if (request.isEmpty()) {
        QCOMPARE(r.exhaustionRipe.missingFields(), QStringList{u"warden_request_date"_s});
        QCOMPARE(
            r.exhaustionRipe.explanation(),
            u"No request to the warden is on file: the person should first ask the warden to bring a motion; "
            "30 days after the warden receives it, the person may file in court."_s);
        QCOMPARE(r.outcome, ch::ScreeningResult::Outcome::ScreenedIn);
    } else {
        QVERIFY(r.exhaustionRipe.explanation().contains(request));
        QVERIFY(r.exhaustionRipe.explanation().contains(expected.toString(Qt::ISODate)));
    }
}

// ---- after release ----

void TestScreeningDates::afterReleaseFlag_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("ageAfter");
    QTest::addColumn<bool>("exhaustionAfter");
    QTest::addColumn<QString>("firstAfter"); // ScreeningResult::afterReleaseDate()

    // age_prong is 2027-03-02, ten_years_served 2030-01-15, exhaustion 2025-03-12.
    QTest::newRow("release before all") << u"2025-01-01"_s << true << true << u"age_prong"_s;
    QTest::newRow("release the day before the age prong")
        << u"2027-03-01"_s << true << false << u"age_prong"_s;
    QTest::newRow("release on the age prong: not after")
        << u"2027-03-02"_s << false << false << u"ten_years_served"_s;
    QTest::newRow("release later") << u"2040-01-01"_s << false << false << QString();
    QTest::newRow("no release date") << QString() << false << false << QString();
}

void TestScreeningDates::afterReleaseFlag()
{
    QFETCH(QString, release);
    QFETCH(bool, ageAfter);
    QFETCH(bool, exhaustionAfter);
    QFETCH(QString, firstAfter);
    ch::CaseRecord c = baseCase();
    c.setValue(u"projected_release_date"_s, release);
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, QDate(2025, 6, 1), builtInRules());
    // The date is reported either way.
    QCOMPARE(r.ageProng.date, d("2027-03-02"));
    QCOMPARE(r.exhaustionRipe.date, d("2025-03-12"));
    QCOMPARE(r.ageProng.afterRelease, ageAfter);
    QCOMPARE(r.exhaustionRipe.afterRelease, exhaustionAfter);
    QCOMPARE(r.ageProng.explanation().contains(u"after the projected release date of "_s + release),
             ageAfter);
    QCOMPARE(r.afterReleaseDate() ? r.afterReleaseDate()->code : QString(), firstAfter);
}

// ---- missing answers ----

void TestScreeningDates::missingAnswersLeaveDatesEmptyAndSayWhy()
{
    const QDate asOf(2025, 6, 1);
    const ch::ScreeningResult noBirth =
        ch::ScreeningEngine::screen(baseCase({{"date_of_birth", ""}}), asOf, builtInRules());
    QVERIFY(!noBirth.ageProng.date.isValid());
    QCOMPARE(noBirth.ageProng.missingFields(), QStringList{u"date_of_birth"_s});
    QCOMPARE(noBirth.ageProng.explanation(), u"Cannot be computed until these answers are known: "_s +
                                                 ch::FieldCatalog::label(u"date_of_birth") + u'.');
    QCOMPARE(noBirth.tenYearsServed.date, d("2030-01-15")); // needs no birth date

    const ch::ScreeningResult noCustody = ch::ScreeningEngine::screen(
        baseCase({{"custody_start_date", ""}, {"sentenced_under_3559c", "yes"}}), asOf, builtInRules());
    QVERIFY(!noCustody.ageProng.date.isValid());
    QVERIFY(!noCustody.tenYearsServed.date.isValid());
    QVERIFY(!noCustody.statutory7030.date.isValid());
    QCOMPARE(noCustody.ageProng.missingFields(), QStringList{u"custody_start_date"_s});
    QCOMPARE(noCustody.exhaustionRipe.date, d("2025-03-12"));

    const ch::ScreeningResult noTerm =
        ch::ScreeningEngine::screen(baseCase({{"sentence_months", ""}}), asOf, builtInRules());
    QVERIFY(!noTerm.ageProng.date.isValid());
    QCOMPARE(noTerm.ageProng.missingFields(), QStringList{u"sentence_months"_s});
    QCOMPARE(noTerm.tenYearsServed.date, d("2030-01-15"));

    const ch::ScreeningResult nothing = ch::ScreeningEngine::screen(
        baseCase({{"date_of_birth", ""}, {"custody_start_date", ""}, {"sentence_months", ""}}), asOf,
        builtInRules());
    QCOMPARE(nothing.ageProng.missingFields(),
             (QStringList{u"date_of_birth"_s, u"custody_start_date"_s, u"sentence_months"_s}));
    for (const ch::ScreeningResult *r : {&noBirth, &noCustody, &noTerm, &nothing})
        QCOMPARE(r->outcome, ch::ScreeningResult::Outcome::ScreenedIn);
}

// ---- BOP 5050.50 ----

void TestScreeningDates::bopView()
{
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(baseCase(), QDate(2025, 6, 1), builtInRules());
    QVERIFY(r.bop.has_value());
    const QList<ch::KeyDate> &bop = *r.bop;
    QCOMPARE(bop.size(), 4);
    // Terminal: a physician's estimate, not a date.
    QCOMPARE(bop.at(0).code, u"terminal"_s);
    QVERIFY(!bop.at(0).date.isValid());
    QCOMPARE(bop.at(0).notApplicable, ch::KeyDate::NotApplicable::MedicalFinding);
    QVERIFY(bop.at(0).explanation().contains(u"18 months"_s));
    // Elderly with medical conditions: 65 (2027-03-02) and 50 % of 96 = 48 months (2024-01-15).
    QCOMPARE(bop.at(1).code, u"elderly_with_medical_conditions"_s);
    QCOMPARE(bop.at(1).servedDate, d("2024-01-15"));
    QCOMPARE(bop.at(1).date, d("2027-03-02"));
    // Other elderly: 65 and the GREATER of 10 years (2030-01-15) and 75 % (2026-01-15) -> 2030-01-15.
    QCOMPARE(bop.at(2).code, u"other_elderly"_s);
    QCOMPARE(bop.at(2).servedBasis, Basis::Years);
    QCOMPARE(bop.at(2).date, d("2030-01-15"));
    QVERIFY(bop.at(2).explanation().contains(u"the greater of 10 years and 75 % of 96 months"_s));
    // New-law elderly: 70 (2032-03-02) and 30 years (2050-01-15) -> 2050-01-15, after release.
    QCOMPARE(bop.at(3).code, u"new_law_elderly"_s);
    QCOMPARE(bop.at(3).date, d("2050-01-15"));
    QVERIFY(bop.at(3).afterRelease);

    // With a long term the 75 % share is greater than 10 years: 75 % of 240 = 180 months after
    // 2010-03-01 = 2025-03-01, later than the 65th birthday of someone born 1950.
    const ch::ScreeningResult longTerm =
        ch::ScreeningEngine::screen(baseCase({{"date_of_birth", "1950-06-10"},
                                              {"custody_start_date", "2010-03-01"},
                                              {"sentence_months", "240"}}),
                                    QDate(2025, 6, 1), builtInRules());
    QCOMPARE(longTerm.bop->at(2).servedBasis, Basis::Percent);
    QCOMPARE(longTerm.bop->at(2).date, d("2025-03-01"));
    QCOMPARE(longTerm.ageProng.date, d("2020-03-01")); // the guideline takes the lesser
}

void TestScreeningDates::bopViewForLifeSentence()
{
    const ch::ScreeningResult r = ch::ScreeningEngine::screen(baseCase({{"sentence_months", "life"}}),
                                                              QDate(2025, 6, 1), builtInRules());
    // A share of a life term does not exist: both share-based BOP criteria do not apply.
    QCOMPARE(r.bop->at(1).notApplicable, ch::KeyDate::NotApplicable::LifeSentence);
    QCOMPARE(r.bop->at(2).notApplicable, ch::KeyDate::NotApplicable::LifeSentence);
    QVERIFY(!r.bop->at(2).date.isValid());
    QVERIFY(r.bop->at(2).explanation().contains(u"life sentence"_s));
    QCOMPARE(r.bop->at(3).date, d("2050-01-15"));
    // The guideline's age prong still counts 10 years.
    QCOMPARE(r.ageProng.date, d("2030-01-15"));
}

void TestScreeningDates::bopViewIsOptional()
{
    ch::ScreeningOptions options;
    options.bopView = false;
    const ch::ScreeningResult r =
        ch::ScreeningEngine::screen(baseCase(), QDate(2025, 6, 1), builtInRules(), options);
    QVERIFY(!r.bop.has_value());
    QVERIFY(!r.toJson().contains("bop_5050_50"_L1));
}

QTEST_GUILESS_MAIN(TestScreeningDates)
#include "TestScreeningDates.moc"
