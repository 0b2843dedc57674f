#pragma once

// ReportPeriod: the dates a report covers, both inclusive. An invalid `from` or `to` leaves that side
// open ("all time"). Requests belong to the period by the date they were submitted; placements by the
// date of the assignment.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ch {

struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReportPeriod)
public:
    QDate from;
    QDate to;

    // The twelve whole months before today's month, and today's month so far.
    static ReportPeriod lastTwelveMonths(QDate today);
    static ReportPeriod thisYear(QDate today);
    static ReportPeriod allTime();

    // Bounds for SQL on ISO text columns: `column >= lowerBound() AND column < upperBound()`, so that
    // plain dates and timestamps of the last day both fall inside.
    QString lowerBound() const;
    QString upperBound() const;
    // "2025-11-01 to 2026-11-29", "up to 2026-11-29", "all time".
    QString describe() const;
};

} // namespace ch
