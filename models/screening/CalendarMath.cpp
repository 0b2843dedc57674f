#include "CalendarMath.h"

namespace ch {

QDate CalendarMath::addMonths(QDate from, int months, MissingDayPolicy policy)
{
    if (!from.isValid())
        return {};
    const int total = from.year() * 12 + (from.month() - 1) + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    const QDate first(year, month, 1);
    if (from.day() <= first.daysInMonth())
        return QDate(year, month, from.day());
    if (policy == MissingDayPolicy::MonthEnd)
        return QDate(year, month, first.daysInMonth());
    return first.addMonths(1);
}

QDate CalendarMath::parseIsoDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char16_t c = text[starts[p] + i].unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    if (!QDate::isValid(parts[0], parts[1], parts[2]))
        return {};
    return QDate(parts[0], parts[1], parts[2]);
}

} // namespace ch
