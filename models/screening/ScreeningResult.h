#pragma once

// ScreeningResult: what ScreeningEngine::screen() found for one case on one as-of date under one rule
// set (domain primer §4): the outcome, the failing gate codes, the missing gate fields, the key dates,
// the BOP 5050.50 view, contested reasons and the referral text for a screened-out case. It records the
// rule-set version so a stored result can always be traced to the rules that produced it.

#include "KeyDate.h"
#include "RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ch {

// A claimed reason that is disputed (e.g. (b)(6)), and what is known about it in the case's circuit.
struct ContestedReason
{
    QString reason;        // ReasonCatalog code
    QString circuit;       // the circuit of sentencing_district, empty when the district is unknown
    QString circuitStatus; // "rejected" / "contested" when the circuit has ruled, else empty
    QString note;          // general note from the rule file
    QString circuitNote;   // the circuit's note, or empty

    bool rejectedInCircuit() const { return circuitStatus == QLatin1StringView("rejected"); }
};

// A referral text chosen by a failing gate, in both languages.
struct Referral
{
    QString key;  // the rule file's referral key, e.g. "state", "dc_superior"
    QString code; // the gate code that chose it, e.g. "not_federal"
    LocalizedText text;
};

struct ScreeningResult
{
    Q_DECLARE_TR_FUNCTIONS(ch::ScreeningResult)
public:
    enum class Outcome
    {
        ScreenedIn,
        ScreenedOut,
        NeedsInfo
    };

    qint64 caseId = 0;
    QString submissionId;
    QDate asOf;
    QString ruleSetVersion;
    QDate ruleSetEffectiveDate;

    Outcome outcome = Outcome::NeedsInfo;
    // `reasons` are the codes of the failing GATES (not_federal, not_compassionate_release, not_sentenced,
    // not_in_custody), in the order of the rule file's gates, each once. They explain a screened_out
    // outcome and are empty otherwise. The extraordinary-and-compelling reasons the family claimed are in
    // `claimedReasons`.
    QStringList reasons;
    QStringList missing; // gate fields that are empty or "unknown" (only when no gate failed)

    QStringList claimedReasons; // valid ReasonCatalog codes from the `reasons` answer, in order, each once
    QStringList unknownReasons; // codes in the `reasons` answer that ReasonCatalog does not know
    QStringList warnings;       // sentences for staff: unknown reason codes, malformed dates, ...

    KeyDate ageProng;
    KeyDate tenYearsServed;
    KeyDate statutory7030;
    KeyDate exhaustionRipe;
    std::optional<QList<KeyDate>> bop; // BOP 5050.50 view, one KeyDate per criterion (when requested)

    QList<ContestedReason> contested; // claimed reasons that are contested, marked for the case's circuit

    QList<Referral> referrals; // one per distinct referral key of the failing gates, gate order
    QString referralLanguage;  // "en" or "es", as requested
    QString referral;          // referralText(referralLanguage): the text to send the family, or empty

    static QString outcomeCode(Outcome o); // "screened_in", "screened_out", "needs_info"
    // Labels for staff, through tr(): an outcome code ("Needs information") and a failing gate code
    // ("Not a federal case"). Unknown codes come back unchanged.
    static QString outcomeLabel(QStringView code);
    static QString gateLabel(QStringView code);
    QString outcomeCode() const { return outcomeCode(outcome); }

    // The referral texts joined by blank lines, in "en" or "es" (anything else gives English).
    QString referralText(QStringView language) const;
    // The four spec dates in spec order, for tables and loops.
    QList<const KeyDate *> keyDates() const;
    const KeyDate *afterReleaseDate() const; // the first key date after projected release, or nullptr

    // {"case_id", "submission_id", "outcome", "reasons", "missing", "dates": {"age_prong",
    // "ten_years_served", "statutory_70_30", "exhaustion_ripe"}} with ISO dates or null, then the extra keys
    // "rule_set", "as_of", "timing", "after_release", "explanations", "claimed_reasons", "unknown_reasons",
    // "contested", "warnings", "referral", "bop_5050_50". (QJsonObject sorts keys when written.)
    QJsonObject toJson() const;
};

} // namespace ch
