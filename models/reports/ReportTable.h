#pragma once

// ReportTable: one report's result: a title, a one-line explanation, the period, and a small table
// (columns with a stable key and a translated title, rows of plain values). The first `labelColumns`
// columns name the row; the others hold numbers. The chart hint tells views which picture fits.

#include "ReportPeriod.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ch {

struct ReportTable
{
    enum class Chart { Bar, StackedBar, HorizontalBar, HorizontalStackedBar, Line };

    QString id;          // e.g. "received-per-month", as the command line names it
    QString title;       // translated
    QString explanation; // translated, one line
    ReportPeriod period;
    QStringList columnKeys;   // stable, for JSON
    QStringList columnTitles; // translated, for people, CSV and PDF
    QList<QVariantList> rows; // numbers as int or double, labels as text
    int labelColumns = 1;
    Chart chart = Chart::Bar;
    QList<int> chartColumns; // the numeric columns drawn as series
    QString valueAxisTitle;  // translated: what the chart's numbers count ("Requests", "Days")
    bool ranked = false;     // rows come largest first, so a chart may show only the first ones

    int columnCount() const { return static_cast<int>(columnKeys.size()); }
    int rowCount() const { return static_cast<int>(rows.size()); }
    // A value as written to CSV and PDF: whole numbers plain, fractions with one decimal, "" for none.
    static QString text(const QVariant &value);
    QJsonObject toJson() const;
};

} // namespace ch
