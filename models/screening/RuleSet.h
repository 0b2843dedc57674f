#pragma once

// RuleSet: one versioned set of screening rules (domain primer §4), loaded from a JSON rule file under
// resources/rules/. The gates, the key-date numbers, the BOP 5050.50 criteria, the circuits where a
// reason is contested and the referral texts for families are data, so that a change in the law is a new
// rule file with a new effective date, and old screenings can be re-run and explained under the rules
// that applied to them.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ch {

// A text in several languages. Referral texts are sent to families, so every one must exist in English
// and Spanish; notes for staff need only English.
struct LocalizedText
{
    QString en;
    QString es;

    // The text in `language` ("en" or "es"), falling back to English.
    const QString &text(QStringView language) const;
};

// What to do when a calendar anniversary falls on a day the target month does not have (Feb 29 in a
// common year, the 31st in a 30-day month).
enum class MissingDayPolicy
{
    NextMonthFirst, // Mar 1: a threshold is never reported before it has been fully reached
    MonthEnd,       // Feb 28: what QDate::addYears / addMonths do
};

// One screening gate: a questionnaire field and what its answer means.
struct GateRule
{
    struct Failure
    {
        QString value;       // the answer, e.g. "state"; empty for the `otherwise` failure
        QString code;        // the gate code, e.g. "not_federal"
        QString referralKey; // key into RuleSet::referral()
    };

    QString field;             // canonical field name, e.g. "court_type"
    QStringList passValues;    // answers that pass the gate
    QStringList missingValues; // answers that mean "not known" (an empty answer always does)
    QList<Failure> failures;   // answers that fail the gate
    // An answer in none of the lists above: fails with this code when set, else counts as missing
    // (an answer nobody anticipated must not screen a family out).
    std::optional<Failure> otherwise;
};

// A date threshold built from an age and/or a share of the sentence served:
// the later of (birthday + ageYears) and (custody start + the served threshold).
struct ThresholdRule
{
    enum class Combine
    {
        Lesser,
        Greater
    };

    int ageYears = 0;                  // 0: no age condition
    int servedYears = 0;               // 0: no years-served condition
    int servedPercent = 0;             // 0: no share-of-the-term condition
    Combine combine = Combine::Lesser; // how years and percent combine when both are set
    // Only computed when `onlyWhenField` has the answer `onlyWhenValue` (e.g. sentenced_under_3559c = yes).
    QString onlyWhenField;
    QString onlyWhenValue;
};

// One criterion of BOP Program Statement 5050.50 (the stricter warden-stage view).
struct BopCriterion
{
    QString code;                 // "terminal", "elderly_with_medical_conditions", ...
    QString title;                // for staff, English
    ThresholdRule threshold;      // used when lifeExpectancyMonths == 0
    int lifeExpectancyMonths = 0; // > 0: a medical finding, not a date rule
};

// A reason code whose validity is disputed, with the circuits where a court of appeals has ruled.
struct ContestedRule
{
    struct Circuit
    {
        QString circuit; // "1".."11", "DC", as in DistrictCatalog
        QString status;  // "rejected" or "contested"
        QString note;    // for staff, English
        QString noteEs;  // the same in Spanish, optional ("note_es")
        const QString &noteIn(QStringView language) const { return language == u"es" && !noteEs.isEmpty() ? noteEs : note; }
    };

    QString reason; // ReasonCatalog code, e.g. "unusually_long_sentence"
    QString note;   // the general note, for staff
    QString noteEs; // the same in Spanish, optional ("note_es"); staff who work in Spanish read it
    const QString &noteIn(QStringView language) const { return language == u"es" && !noteEs.isEmpty() ? noteEs : note; }
    QList<Circuit> circuits;

    const Circuit *forCircuit(QStringView circuit) const;
};

class RuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(ch::RuleSet)
public:
    static constexpr int kFormatVersion = 1;

    // Reads and checks a rule file. The error names the file and says what is wrong with it.
    static Result<RuleSet> load(const QString &path);
    static Result<RuleSet> fromJson(const QByteArray &json, const QString &fileNameForErrors);

    const QString &version() const { return m_version; }
    QDate effectiveDate() const { return m_effectiveDate; }
    const QString &title() const { return m_title; }
    const QString &source() const { return m_source; }
    const QString &fileName() const { return m_fileName; }
    MissingDayPolicy missingDayPolicy() const { return m_missingDay; }

    const QList<GateRule> &gates() const { return m_gates; }
    const ThresholdRule &ageProng() const { return m_ageProng; }
    const ThresholdRule &tenYearsServed() const { return m_tenYears; }
    const ThresholdRule &statutory7030() const { return m_statutory; }
    int exhaustionDays() const { return m_exhaustionDays; }
    const QList<BopCriterion> &bopCriteria() const { return m_bop; }
    const QString &bopSource() const { return m_bopSource; }
    const QList<ContestedRule> &contested() const { return m_contested; }
    const ContestedRule *contestedRule(QStringView reason) const;
    // The referral text for a key used by a gate failure; nullptr for an unknown key.
    const LocalizedText *referral(QStringView key) const;
    QStringList referralKeys() const;

private:
    QString m_version;
    QDate m_effectiveDate;
    QString m_title;
    QString m_source;
    QString m_fileName;
    MissingDayPolicy m_missingDay = MissingDayPolicy::NextMonthFirst;
    QList<GateRule> m_gates;
    ThresholdRule m_ageProng;
    ThresholdRule m_tenYears;
    ThresholdRule m_statutory;
    int m_exhaustionDays = 30;
    QList<BopCriterion> m_bop;
    QString m_bopSource;
    QList<ContestedRule> m_contested;
    QList<std::pair<QString, LocalizedText>> m_referrals;

    friend class RuleSetParser;
};

} // namespace ch
