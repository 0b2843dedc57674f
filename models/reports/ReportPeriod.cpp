#include "ReportPeriod.h"

using namespace Qt::StringLiterals;

namespace ch {

ReportPeriod ReportPeriod::lastTwelveMonths(QDate today)
{
    const QDate firstOfMonth(today.year(), today.month(), 1);
    return {firstOfMonth.addMonths(-12), today};
}

ReportPeriod ReportPeriod::thisYear(QDate today)
{
    return {QDate(today.year(), 1, 1), today};
}

ReportPeriod ReportPeriod::allTime()
{
    return {};
}

QString ReportPeriod::lowerBound() const
{
    // Every ISO date or timestamp sorts after "0000".
    return from.isValid() ? from.toString(Qt::ISODate) : u"0000"_s;
}

QString ReportPeriod::upperBound() const
{
    // The day after `to`: text comparison then keeps "2026-11-29T23:59:59Z" inside.
    return to.isValid() ? to.addDays(1).toString(Qt::ISODate) : u"9999"_s;
}

QString ReportPeriod::describe() const
{
    // ISO dates: the same in every language, and what the CSV and the command line use.
    if (from.isValid() && to.isValid())
        return tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (from.isValid())
        return tr("from %1").arg(from.toString(Qt::ISODate));
    if (to.isValid())
        return tr("up to %1").arg(to.toString(Qt::ISODate));
    return tr("all time");
}

} // namespace ch
