#pragma once

// ScreeningEngine: screening spec S1/S2 (domain primer §4) as a pure function of a stored case, an as-of
// date and a rule set. Nothing is read from the clock, the database or the settings, so a result can be
// re-run and explained at any time and stored results can be compared across rule versions.

#include "ScreeningResult.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ch {

class CaseRecord;
class RuleSet;

struct ScreeningOptions
{
    QString language = QStringLiteral("en"); // language of ScreeningResult::referral: "en" or "es"
    bool bopView = true;                     // also compute the BOP 5050.50 dates
};

class ScreeningEngine final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ScreeningEngine)
public:
    // Spec S1: every failing gate code in `reasons` -> screened_out (then `missing` stays empty: nothing
    // needs asking); else every gate field that is empty or unknown in `missing` -> needs_info; else
    // screened_in. An answer a gate does not list and has no `otherwise` failure for counts as missing.
    // Missing dates or reasons never screen a case out.
    // Spec S2: the four key dates, empty when an answer they need is missing, with `afterRelease` set
    // when they fall after projected_release_date. Leap days: an anniversary on a day the target month
    // lacks (born Feb 29, 65 in a common year) falls on the FIRST DAY OF THE NEXT MONTH (Mar 1), so a
    // threshold is never reported before it is fully reached; the rule file's calendar.missing_day
    // ("next_month_first", the built-in choice, or "month_end" for Feb 28) decides.
    static ScreeningResult screen(const CaseRecord &c, QDate asOf, const RuleSet &rules);
    static ScreeningResult screen(const CaseRecord &c, QDate asOf, const RuleSet &rules,
                                  const ScreeningOptions &options);

    // Screens under the built-in rule set in effect on `asOf` (RuleSetRegistry::builtIn()).
    static Result<ScreeningResult> screenWithBuiltInRules(const CaseRecord &c, QDate asOf,
                                                          const ScreeningOptions &options = {});
};

} // namespace ch
