#pragma once

// ReportExporter: a report written for people outside the program. CSV (RFC 4180, UTF-8 with a
// byte-order mark, CRLF, cells neutralised against formula injection exactly like the case export) and
// PDF (title, explanation, period, an optional chart picture, the table). Both are written atomically and
// owner-only. Every value that reaches the PDF's rich text is HTML-escaped.

#include "ReportTable.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace ch {

class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReportExporter)
public:
    // The CSV text: one header row with the column titles, then one row per table row.
    static QString csv(const ReportTable &table);
    static Status writeCsv(const ReportTable &table, const QString &path);
    // The PDF's body as HTML; with a chart, an <img> that refers to the document resource kChartUrl.
    static QString html(const ReportTable &table, bool withChart);
    // chart may be null (the command line has none); the ui passes the chart it shows.
    static Status writePdf(const ReportTable &table, const QString &path, const QImage &chart = {});

    static constexpr const char *kChartUrl = "report-chart.png";
};

} // namespace ch
