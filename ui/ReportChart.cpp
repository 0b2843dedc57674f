#include "ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
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

// Whole numbers get whole ticks: a count of 3 never shows a tick at 2.5. Larger ranges get Qt's nice
// numbers, with a little room above the highest bar for its label.
void setScale(QValueAxis *axis, double max, bool whole)
{
    if (whole && max <= 8) {
        const int top = std::max(1, static_cast<int>(std::ceil(max)) + 1);
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        axis->setLabelFormat(u"%.0f"_s);
        return;
    }
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->applyNiceNumbers();
    axis->setLabelFormat(whole || max >= 10 ? u"%.0f"_s : u"%.1f"_s);
}

} // namespace

QChart *ReportChart::build(const ReportTable &table)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);

    // Ranked reports (largest first) show their largest rows; the others show every row.
    const int rows = table.ranked ? std::min(table.rowCount(), kMaxCategories) : table.rowCount();
    QString title = table.title;
    if (rows < table.rowCount())
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
    const bool horizontal = table.chart == ReportTable::Chart::HorizontalBar
                            || table.chart == ReportTable::Chart::HorizontalStackedBar;
    const bool stacked = table.chart == ReportTable::Chart::StackedBar
                         || table.chart == ReportTable::Chart::HorizontalStackedBar;
    if (horizontal)
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
    if (rows > 5) {
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        categoryAxis->setLabelsFont(small);
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(table.valueAxisTitle);
    bool whole = true;
    for (int r : order) {
        for (int c : table.chartColumns)
            whole = whole && table.rows.at(r).value(c).typeId() != QMetaType::Double;
    }
    setScale(valueAxis, max, whole);

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
        categoryAxis->setLabelsAngle(rows > 14 ? -90 : 0);
        return chart;
    }

    QAbstractBarSeries *series = nullptr;
    switch (table.chart) {
    case ReportTable::Chart::StackedBar: series = new QStackedBarSeries; break;
    case ReportTable::Chart::HorizontalBar: series = new QHorizontalBarSeries; break;
    case ReportTable::Chart::HorizontalStackedBar: series = new QHorizontalStackedBarSeries; break;
    default: series = new QBarSeries; break;
    }
    for (int i = 0; i < table.chartColumns.size(); ++i) {
        const int c = table.chartColumns.at(i);
        auto *set = new QBarSet(table.columnTitles.value(c));
        QBrush brush(kColours[i % 6], kPatterns[i % 6]);
        set->setBrush(brush);
        set->setPen(QPen(kColours[i % 6].darker(130), 1));
        // Values inside a solid dark bar are white; on hatched or outside a bar, black.
        set->setLabelColor(stacked && kPatterns[i % 6] == Qt::SolidPattern ? Qt::white : Qt::black);
        for (int r : order)
            set->append(std::round(table.rows.at(r).value(c).toDouble() * 10) / 10); // as in the table
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(7);
    chart->addSeries(series);
    if (horizontal) {
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
    } else {
        categoryAxis->setLabelsAngle(rows > 14 ? -90 : 0);
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
    }
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (stacked) {
        // Stacks reach the sum of their parts.
        double stackMax = 0;
        for (int r = 0; r < rows; ++r) {
            double sum = 0;
            for (int c : table.chartColumns)
                sum += table.rows.at(r).value(c).toDouble();
            stackMax = std::max(stackMax, sum);
        }
        setScale(valueAxis, stackMax, true);
    }
    return chart;
}

} // namespace ch
