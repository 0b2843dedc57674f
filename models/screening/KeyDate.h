#pragma once

// KeyDate: one date of screening spec S2 (age prong, ten years served, statutory 70/30, exhaustion, or a
// BOP 5050.50 criterion) together with the ingredients it was computed from. The engine only fills in
// numbers and dates; explanation() turns them into the one sentence staff read, at display time and in
// the reader's language, which keeps screening itself fast and free of text.

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace ch {

struct KeyDate
{
    Q_DECLARE_TR_FUNCTIONS(ch::KeyDate)
public:
    enum class Timing
    {
        Unavailable, // no date: an answer is missing or the rule does not apply
        Reached,     // on or before the as-of date (a person is 65 on the 65th birthday itself)
        Upcoming,    // after the as-of date
    };
    // The answers a date needed and did not find.
    enum class Input
    {
        DateOfBirth = 0x1,
        CustodyStart = 0x2,
        SentenceLength = 0x4,
        WardenRequest = 0x8,
        Condition = 0x10, // the only_when answer (sentenced_under_3559c) is empty or unknown
    };
    Q_DECLARE_FLAGS(Inputs, Input)
    enum class NotApplicable
    {
        No,
        LifeSentence,    // a share of a life term does not exist (and no years threshold replaces it)
        ConditionNotMet, // e.g. not sentenced under §3559(c)
        MedicalFinding,  // BOP terminal criterion: a physician's estimate, not a date
    };
    // Which part of the served threshold decided the date.
    enum class ServedBasis
    {
        None,
        Years,
        Percent
    };

    QString code; // "age_prong", "ten_years_served", ... or the BOP criterion code
    QDate date;   // invalid when unavailable
    QDate asOf;
    QDate projectedRelease;
    bool afterRelease = false; // the date falls after projected_release_date (still reported)
    Inputs missing;
    NotApplicable notApplicable = NotApplicable::No;
    bool exhaustion = false; // the exhaustion date (days after the warden's receipt), not a threshold

    // Ingredients, for the explanation.
    int ageYears = 0;
    QDate ageDate; // birthday + ageYears
    int servedYears = 0;
    int servedPercent = 0;
    bool combineGreater = false;
    bool lifeSentence = false;
    int termMonths = 0;
    ServedBasis servedBasis = ServedBasis::None;
    QDate servedDate; // custody start + the deciding served threshold
    int days = 0;     // exhaustion: days after the warden's receipt
    QDate requestDate;
    int lifeExpectancyMonths = 0;
    QString conditionField; // only_when field and value, for ConditionNotMet / Input::Condition
    QString conditionValue;

    Timing timing() const;
    bool isReached() const { return timing() == Timing::Reached; }
    QStringList missingFields() const; // canonical field names of `missing`
    QString explanation() const;       // one sentence for staff, through tr()

    static QString timingCode(Timing t); // "reached", "upcoming", "unavailable"
    // The name staff read for a spec date code ("age_prong" -> "Age prong (b)(2)"); other codes unchanged.
    static QString title(QStringView code);
    // The title of a BOP Program Statement 5050.50 criterion in the reader's language; the rule file's
    // (English) title for a criterion this program does not know.
    static QString bopTitle(QStringView code, const QString &ruleFileTitle);

private:
    QString thresholdExplanation() const;
    QString unavailableExplanation() const;
    QString servedPhrase() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(KeyDate::Inputs)

} // namespace ch
