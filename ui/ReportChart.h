#pragma once

// ReportChart: the picture of a report (Qt Charts): bars, stacked bars, horizontal bars or a line, as
// the report's chart hint says. Nothing is told by colour alone: every series is named in the legend and
// drawn with its own fill pattern, bars carry their value, and both axes have a title. Long reports show
// their largest rows only (ranked reports), and the chart's title says so.

#include "reports/ReportTable.h"

#include <QCoreApplication>

class QChart;

namespace ch {

class ReportChart final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReportChart)
public:
    static constexpr int kMaxCategories = 12;

    // A new chart for table; the caller owns it (a QChartView takes it over).
    static QChart *build(const ReportTable &table);
};

} // namespace ch
