// CaseValidator: what is wrong with a case's answers, field by field; errors block saving, warnings do not.
#include "domain/CaseValidator.h"

#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

using Changes = QList<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Changes)

namespace {

const QDate kToday(2025, 6, 1);

CaseRecord withChanges(const Changes &changes)
{
    CaseRecord c = test::validCase();
    for (const auto &[key, value] : changes)
        c.setValue(key, value);
    return c;
}

QString describe(const QList<FieldIssue> &issues)
{
    QStringList out;
    for (const FieldIssue &i : issues)
        out << u"%1 [%2] %3"_s.arg(
            i.field, i.severity == FieldIssue::Severity::Error ? u"error"_s : u"warning"_s, i.message);
    return out.join(u" | "_s);
}

} // namespace

class TestCaseValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_completeCase_hasNoIssues();
    void validate_reportsIssue_data();
    void validate_reportsIssue();
    void validate_accepts_data();
    void validate_accepts();
    void validate_warningsDoNotBlockSaving();
    void normalize_writesCanonicalForms();
    void normalize_leavesWhatItCannotUnderstand();
    void normalize_isIdempotent();
    void keys_phoneAndEmail();
};

void TestCaseValidator::validate_completeCase_hasNoIssues()
{
    const auto issues = CaseValidator::validate(test::validCase(), kToday);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QVERIFY(!CaseValidator::hasErrors(issues));
}

void TestCaseValidator::validate_reportsIssue_data()
{
    QTest::addColumn<Changes>("changes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isError");

    const QString longName(201, u'x');
    QTest::newRow("no name, no register number")
        << Changes{{u"person_name"_s, {}}, {u"register_number"_s, {}}} << u"person_name"_s << true;
    QTest::newRow("blank name, no register number")
        << Changes{{u"person_name"_s, u"   "_s}, {u"register_number"_s, {}}} << u"person_name"_s << true;
    QTest::newRow("register number too short")
        << Changes{{u"register_number"_s, u"1234-567"_s}} << u"register_number"_s << true;
    QTest::newRow("register number with letters")
        << Changes{{u"register_number"_s, u"ABCDE-123"_s}} << u"register_number"_s << true;
    QTest::newRow("birth date in the future")
        << Changes{{u"date_of_birth"_s, u"2030-01-01"_s}} << u"date_of_birth"_s << true;
    QTest::newRow("older than 120") << Changes{{u"date_of_birth"_s, u"1900-01-01"_s}} << u"date_of_birth"_s
                                    << true;
    QTest::newRow("birth after custody started")
        << Changes{{u"date_of_birth"_s, u"2011-01-01"_s}} << u"date_of_birth"_s << true;
    QTest::newRow("birth on custody start")
        << Changes{{u"date_of_birth"_s, u"2010-06-01"_s}} << u"date_of_birth"_s << true;
    QTest::newRow("custody before age 14 (warning)")
        << Changes{{u"date_of_birth"_s, u"2000-01-01"_s}} << u"custody_start_date"_s << false;
    QTest::newRow("custody starts in the future")
        << Changes{{u"custody_start_date"_s, u"2025-06-02"_s}} << u"custody_start_date"_s << true;
    QTest::newRow("release before custody")
        << Changes{{u"projected_release_date"_s, u"2010-05-31"_s}} << u"projected_release_date"_s << true;
    QTest::newRow("response before request")
        << Changes{{u"warden_response_date"_s, u"2024-01-09"_s}} << u"warden_response_date"_s << true;
    QTest::newRow("request received in the future")
        << Changes{{u"warden_request_date"_s, u"2025-07-01"_s}, {u"warden_response_date"_s, {}}}
        << u"warden_request_date"_s << true;
    QTest::newRow("response in the future")
        << Changes{{u"warden_response_date"_s, u"2025-06-02"_s}} << u"warden_response_date"_s << true;
    QTest::newRow("submitted in the future")
        << Changes{{u"submitted_at"_s, u"2025-06-02"_s}} << u"submitted_at"_s << true;
    QTest::newRow("submitted_at not a date")
        << Changes{{u"submitted_at"_s, u"last Tuesday"_s}} << u"submitted_at"_s << true;
    QTest::newRow("US date format") << Changes{{u"date_of_birth"_s, u"04/12/1958"_s}} << u"date_of_birth"_s
                                    << true;
    QTest::newRow("impossible date") << Changes{{u"custody_start_date"_s, u"2010-02-30"_s}}
                                     << u"custody_start_date"_s << true;
    QTest::newRow("unknown district") << Changes{{u"sentencing_district"_s, u"Southern District of Narnia"_s}}
                                      << u"sentencing_district"_s << true;
    QTest::newRow("court type") << Changes{{u"court_type"_s, u"tribal"_s}} << u"court_type"_s << true;
    QTest::newRow("relief sought") << Changes{{u"relief_sought"_s, u"parole"_s}} << u"relief_sought"_s
                                   << true;
    QTest::newRow("sentence status") << Changes{{u"sentence_status"_s, u"home_confinement"_s}}
                                     << u"sentence_status"_s << true;
    QTest::newRow("warden response") << Changes{{u"warden_response"_s, u"maybe"_s}} << u"warden_response"_s
                                     << true;
    QTest::newRow("consent") << Changes{{u"consent_to_contact"_s, u"si"_s}} << u"consent_to_contact"_s
                             << true;
    QTest::newRow("3559(c)") << Changes{{u"sentenced_under_3559c"_s, u"y"_s}} << u"sentenced_under_3559c"_s
                             << true;
    QTest::newRow("zero months") << Changes{{u"sentence_months"_s, u"0"_s}} << u"sentence_months"_s << true;
    QTest::newRow("negative months") << Changes{{u"sentence_months"_s, u"-12"_s}} << u"sentence_months"_s
                                     << true;
    QTest::newRow("2401 months") << Changes{{u"sentence_months"_s, u"2401"_s}} << u"sentence_months"_s
                                 << true;
    QTest::newRow("fractional months")
        << Changes{{u"sentence_months"_s, u"12.5"_s}} << u"sentence_months"_s << true;
    QTest::newRow("months in words") << Changes{{u"sentence_months"_s, u"ten years"_s}}
                                     << u"sentence_months"_s << true;
    QTest::newRow("life with parole")
        << Changes{{u"sentence_months"_s, u"life+5"_s}} << u"sentence_months"_s << true;
    QTest::newRow("unknown reason code")
        << Changes{{u"reasons"_s, u"terminal_illness;good_behaviour"_s}} << u"reasons"_s << true;
    QTest::newRow("name too long") << Changes{{u"person_name"_s, longName}} << u"person_name"_s << true;
    QTest::newRow("register field too long")
        << Changes{{u"register_number"_s, QString(21, u'1')}} << u"register_number"_s << true;
    QTest::newRow("email without at")
        << Changes{{u"submitter_email"_s, u"ana.example.org"_s}} << u"submitter_email"_s << true;
    QTest::newRow("email without domain dot")
        << Changes{{u"submitter_email"_s, u"ana@example"_s}} << u"submitter_email"_s << true;
    QTest::newRow("email with space")
        << Changes{{u"submitter_email"_s, u"ana garcia@example.org"_s}} << u"submitter_email"_s << true;
    QTest::newRow("phone too short (warning)")
        << Changes{{u"submitter_phone"_s, u"555-01"_s}} << u"submitter_phone"_s << false;
}

void TestCaseValidator::validate_reportsIssue()
{
    QFETCH(Changes, changes);
    QFETCH(QString, field);
    QFETCH(bool, isError);

    const auto issues = CaseValidator::validate(withChanges(changes), kToday);
    const auto expected = isError ? FieldIssue::Severity::Error : FieldIssue::Severity::Warning;
    const bool found = std::any_of(issues.begin(), issues.end(), [&](const FieldIssue &i) {
        return i.field == field && i.severity == expected && !i.message.trimmed().isEmpty();
    });
    QVERIFY2(found, qPrintable(u"expected an issue on "_s + field + u"; got: "_s + describe(issues)));
    // Nothing else in the complete case may be blamed.
    for (const FieldIssue &i : issues)
        QVERIFY2(i.field == field, qPrintable(describe(issues)));
    QCOMPARE(CaseValidator::hasErrors(issues), isError);
}

void TestCaseValidator::validate_accepts_data()
{
    QTest::addColumn<Changes>("changes");
    QTest::newRow("register number only, no name") << Changes{{u"person_name"_s, {}}};
    QTest::newRow("name only, no register number") << Changes{{u"register_number"_s, {}}};
    QTest::newRow("register number without dash") << Changes{{u"register_number"_s, u"12345054"_s}};
    QTest::newRow("district by name")
        << Changes{{u"sentencing_district"_s, u"Southern District of New York"_s}};
    QTest::newRow("district by abbreviation") << Changes{{u"sentencing_district"_s, u"S.D.N.Y."_s}};
    QTest::newRow("choice in capitals") << Changes{{u"court_type"_s, u"FEDERAL"_s}};
    QTest::newRow("1 month") << Changes{{u"sentence_months"_s, u"1"_s}};
    QTest::newRow("2400 months") << Changes{{u"sentence_months"_s, u"2400"_s}};
    QTest::newRow("life") << Changes{{u"sentence_months"_s, u"life"_s}, {u"projected_release_date"_s, {}}};
    QTest::newRow("Life") << Changes{{u"sentence_months"_s, u"Life"_s}, {u"projected_release_date"_s, {}}};
    QTest::newRow("reasons in capitals") << Changes{{u"reasons"_s, u"TERMINAL_ILLNESS; Age"_s}};
    QTest::newRow("name of exactly 200 characters") << Changes{{u"person_name"_s, QString(200, u'x')}};
    QTest::newRow("submitted_at with time") << Changes{{u"submitted_at"_s, u"2024-03-01T10:15:00Z"_s}};
    QTest::newRow("submitted today") << Changes{{u"submitted_at"_s, kToday.toString(Qt::ISODate)}};
    QTest::newRow("response same day as request") << Changes{{u"warden_response_date"_s, u"2024-01-10"_s}};
    QTest::newRow("custody at exactly 14") << Changes{{u"date_of_birth"_s, u"1996-06-01"_s}};
    QTest::newRow("international phone") << Changes{{u"submitter_phone"_s, u"+52 55 1234 5678"_s}};
    QTest::newRow("no optional answers") << Changes{{u"warden_request_date"_s, {}},
                                                    {u"warden_response_date"_s, {}},
                                                    {u"projected_release_date"_s, {}},
                                                    {u"submitter_email"_s, {}}};
}

void TestCaseValidator::validate_accepts()
{
    QFETCH(Changes, changes);
    const auto issues = CaseValidator::validate(withChanges(changes), kToday);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestCaseValidator::validate_warningsDoNotBlockSaving()
{
    const auto issues = CaseValidator::validate(
        withChanges({{u"submitter_phone"_s, u"12"_s}, {u"date_of_birth"_s, u"2000-01-01"_s}}), kToday);
    QCOMPARE(issues.size(), 2);
    for (const FieldIssue &i : issues)
        QCOMPARE(i.severity, FieldIssue::Severity::Warning);
    QVERIFY(!CaseValidator::hasErrors(issues));
}

void TestCaseValidator::normalize_writesCanonicalForms()
{
    CaseRecord c;
    c.setValue(u"person_name"_s, u"  José García  "_s);
    c.setValue(u"register_number"_s, u" 12345054 "_s);
    c.setValue(u"sentencing_district"_s, u"S.D.N.Y."_s);
    c.setValue(u"court_type"_s, u" Federal "_s);
    c.setValue(u"warden_response"_s, u"DENIED"_s);
    c.setValue(u"sentence_months"_s, u" LIFE "_s);
    c.setValue(u"reasons"_s, u" Terminal_Illness ; AGE;; "_s);
    c.setValue(u"aliases"_s, u"Pepe;  J. Garcia ;;"_s);
    c.setValue(u"medical_summary"_s, u"  Indented first line.\n"_s);
    c.setValue(u"facility"_s, u"\tFMC Butner\n"_s);

    CaseValidator::normalize(c);

    QCOMPARE(c.value(u"person_name"), u"José García"_s);
    QCOMPARE(c.value(u"register_number"), u"12345-054"_s);
    QCOMPARE(c.value(u"sentencing_district"), u"nysd"_s);
    QCOMPARE(c.value(u"court_type"), u"federal"_s);
    QCOMPARE(c.value(u"warden_response"), u"denied"_s);
    QCOMPARE(c.value(u"sentence_months"), u"life"_s);
    QCOMPARE(c.value(u"reasons"), u"terminal_illness;age"_s);
    QCOMPARE(c.value(u"aliases"), u"Pepe; J. Garcia"_s);
    QCOMPARE(c.value(u"medical_summary"), u"  Indented first line.\n"_s); // long text is kept as typed
    QCOMPARE(c.value(u"facility"), u"FMC Butner"_s);
    QVERIFY(CaseValidator::validate(c, kToday).isEmpty());
}

void TestCaseValidator::normalize_leavesWhatItCannotUnderstand()
{
    CaseRecord c;
    c.setValue(u"person_name"_s, u"X"_s);
    c.setValue(u"register_number"_s, u"1234-5678"_s);
    c.setValue(u"sentencing_district"_s, u"Narnia"_s);
    c.setValue(u"sentence_months"_s, u"about ten years"_s);
    CaseValidator::normalize(c);
    QCOMPARE(c.value(u"register_number"), u"1234-5678"_s);
    QCOMPARE(c.value(u"sentencing_district"), u"Narnia"_s);
    QCOMPARE(c.value(u"sentence_months"), u"about ten years"_s);
    const auto issues = CaseValidator::validate(c, kToday);
    QCOMPARE(issues.size(), 3);
}

void TestCaseValidator::normalize_isIdempotent()
{
    CaseRecord once = test::validCase();
    once.setValue(u"register_number"_s, u"12345054"_s);
    once.setValue(u"sentencing_district"_s, u"Southern District of New York"_s);
    CaseValidator::normalize(once);
    CaseRecord twice = once;
    CaseValidator::normalize(twice);
    QCOMPARE(twice.values(), once.values());
    QCOMPARE(once.values(), test::validCase().values());
}

void TestCaseValidator::keys_phoneAndEmail()
{
    QCOMPARE(CaseValidator::phoneKey(u"(212) 555-0143"_s), u"2125550143"_s);
    QCOMPARE(CaseValidator::phoneKey(u"+1 212.555.0143"_s), u"2125550143"_s);
    QCOMPARE(CaseValidator::phoneKey(u"555-0143"_s), u"5550143"_s);
    QCOMPARE(CaseValidator::emailKey(u"  Ana.Garcia@Example.ORG "_s), u"ana.garcia@example.org"_s);
}

QTEST_GUILESS_MAIN(TestCaseValidator)
#include "tst_casevalidator.moc"
