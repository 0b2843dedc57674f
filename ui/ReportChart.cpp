#include "ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// Patterns tell the series apart in print and for people who do not see the colours.
const Qt::BrushStyle kPatterns[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern, Qt::CrossPattern,
                                    Qt::FDiagPattern, Qt::Dense6Pattern};
const QColor kColours[] = {QColor(0x1f, 0x4e, 0x8c), QColor(0xc0, 0x5a, 0x1a), QColor(0x2e, 0x7d, 0x32),
                           QColor(0x6a, 0x3d, 0x9a), QColor(0x8c, 0x6d, 0x1f), QColor(0x42, 0x42, 0x42)};

double niceMaximum(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (max * 1.1 <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

QChart *ReportChart::build(const ReportTable &table)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);

    const int rows = std::min(table.rowCount(), kMaxCategories);
    QString title = table.title;
    if (table.rowCount() > kMaxCategories)
        title = tr("%1 (the %2 largest; the table has all %3)").arg(table.title).arg(kMaxCategories).arg(table.rowCount());
    chart->setTitle(title);
    if (rows == 0 || table.chartColumns.isEmpty()) {
        chart->legend()->setVisible(false);
        chart->setTitle(tr("%1: no requests in this period").arg(table.title));
        return chart;
    }

    // A horizontal bar chart counts its categories from the bottom: feed it the rows backwards so that it
    // reads top to bottom in the table's order.
    QList<int> order;
    for (int r = 0; r < rows; ++r)
        order << r;
    if (table.chart == ReportTable::Chart::HorizontalBar)
        std::reverse(order.begin(), order.end());
    QStringList categories;
    double max = 0;
    for (int r : order) {
        categories << ReportTable::text(table.rows.at(r).value(0));
        for (int c : table.chartColumns)
            max = std::max(max, table.rows.at(r).value(c).toDouble());
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(table.columnTitles.value(0));
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(table.valueAxisTitle);
    valueAxis->setMin(0);
    valueAxis->setMax(niceMaximum(max));
    valueAxis->setLabelFormat(max < 10 ? u"%.1f"_s : u"%.0f"_s);
    valueAxis->applyNiceNumbers();

    if (table.chart == ReportTable::Chart::Line) {
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
        for (int i = 0; i < table.chartColumns.size(); ++i) {
            const int c = table.chartColumns.at(i);
            auto *line = new QLineSeries;
            line->setName(table.columnTitles.value(c));
            line->setPointsVisible(true);
            line->setPointLabelsVisible(true);
            line->setPointLabelsFormat(u"@yPoint"_s);
            QPen pen(kColours[i % 6], 2.5);
            pen.setStyle(i == 0 ? Qt::SolidLine : Qt::DashLine);
            line->setPen(pen);
            for (int r = 0; r < rows; ++r)
                line->append(r, table.rows.at(r).value(c).toDouble());
            chart->addSeries(line);
            line->attachAxis(categoryAxis);
            line->attachAxis(valueAxis);
        }
        categoryAxis->setLabelsAngle(rows > 8 ? -60 : 0);
        return chart;
    }

    QAbstractBarSeries *series = nullptr;
    switch (table.chart) {
    case ReportTable::Chart::StackedBar: series = new QStackedBarSeries; break;
    case ReportTable::Chart::HorizontalBar: series = new QHorizontalBarSeries; break;
    default: series = new QBarSeries; break;
    }
    for (int i = 0; i < table.chartColumns.size(); ++i) {
        const int c = table.chartColumns.at(i);
        auto *set = new QBarSet(table.columnTitles.value(c));
        QBrush brush(kColours[i % 6], kPatterns[i % 6]);
        set->setBrush(brush);
        set->setPen(QPen(kColours[i % 6].darker(130), 1));
        set->setLabelColor(Qt::black);
        for (int r : order)
            set->append(table.rows.at(r).value(c).toDouble());
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(table.chart == ReportTable::Chart::StackedBar ? QAbstractBarSeries::LabelsCenter
                                                                            : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    if (table.chart == ReportTable::Chart::HorizontalBar) {
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
    } else {
        categoryAxis->setLabelsAngle(rows > 6 ? -45 : 0);
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
    }
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (table.chart == ReportTable::Chart::StackedBar) {
        // Stacks reach the sum of their parts.
        double stackMax = 0;
        for (int r = 0; r < rows; ++r) {
            double sum = 0;
            for (int c : table.chartColumns)
                sum += table.rows.at(r).value(c).toDouble();
            stackMax = std::max(stackMax, sum);
        }
        valueAxis->setMax(niceMaximum(stackMax));
        valueAxis->applyNiceNumbers();
    }
    return chart;
}

} // namespace ch
