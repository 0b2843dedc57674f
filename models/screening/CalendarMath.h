#pragma once

// CalendarMath: the calendar arithmetic of screening spec S2 (anniversaries, month shares, ISO dates),
// in one place so that every key date uses the same rule for days a month does not have.

#include "RuleSet.h"

#include <QDate>
#include <QStringView>

namespace ch {

class CalendarMath final
{
public:
    // `months` calendar months after `from`. When the day of `from` does not exist in the target month
    // (Feb 29 in a common year, the 31st of a 30-day month), `policy` decides: MonthEnd gives the last day
    // of that month (QDate::addMonths), NextMonthFirst the first day of the following month.
    static QDate addMonths(QDate from, int months, MissingDayPolicy policy);
    static QDate addYears(QDate from, int years, MissingDayPolicy policy)
    {
        return addMonths(from, years * 12, policy);
    }

    // ⌈percent·termMonths/100⌉ in integer arithmetic: the months after which `percent` % is served.
    static constexpr int shareMonths(int percent, int termMonths)
    {
        return (percent * termMonths + 99) / 100;
    }

    // Parses "YYYY-MM-DD" (anything after the 10th character is ignored, like CaseRecord::date) without
    // allocating; an empty or malformed text gives an invalid QDate.
    static QDate parseIsoDate(QStringView text);
};

} // namespace ch
