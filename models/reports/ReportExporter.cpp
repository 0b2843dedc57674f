#include "ReportExporter.h"

#include "core/FilePermissions.h"
#include "io/CsvExporter.h"
#include "packets/PacketBuilder.h"
#include "packets/PacketWriter.h"
#include "packets/PdfFile.h"

#include <QDate>
#include <QDir>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ch {

QString ReportExporter::csv(const ReportTable &table)
{
    auto line = [](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out.append(u',');
            out.append(CsvExporter::cell(cells.at(i)));
        }
        out.append(u"\r\n"_s);
        return out;
    };
    QString text = line(table.columnTitles);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (int i = 0; i < table.columnCount(); ++i)
            cells << ReportTable::text(row.value(i));
        text += line(cells);
    }
    return text;
}

Status ReportExporter::writeCsv(const ReportTable &table, const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Could not write %1: %2. Choose another folder or file name.")
                                                .arg(native, file.errorString()));
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write("\xEF\xBB\xBF");
    file.write(csv(table).toUtf8());
    if (!file.commit())
        return Error::make(Error::Kind::Io, tr("Could not write %1: %2. No file was written; check the free space "
                                               "and try again.")
                                                .arg(native, file.errorString()));
    return FilePermissions::restrictToOwner(path);
}

QString ReportExporter::html(const ReportTable &table, bool withChart)
{
    QString h = u"<html><body>"_s;
    h += u"<h1 style=\"font-size:16pt\">%1</h1>"_s.arg(table.title.toHtmlEscaped());
    h += u"<p>%1</p>"_s.arg(table.explanation.toHtmlEscaped());
    h += u"<p><b>%1</b> %2<br/><b>%3</b> %4</p>"_s.arg(
        tr("Period:").toHtmlEscaped(), table.period.describe().toHtmlEscaped(), tr("Produced:").toHtmlEscaped(),
        QDate::currentDate().toString(Qt::ISODate));
    if (withChart)
        h += u"<p align=\"center\"><img src=\"%1\" width=\"620\"/></p>"_s.arg(QLatin1StringView(kChartUrl));
    // Column widths follow what they hold (a title wraps between words), so that long names get room and
    // short numbers do not.
    QList<int> weights;
    int totalWeight = 0;
    for (int i = 0; i < table.columnCount(); ++i) {
        qsizetype w = 4;
        for (const QString &word : table.columnTitles.value(i).split(u' '))
            w = std::max(w, word.size() + 3); // bold header text is wider than the figures
        for (const QVariantList &row : table.rows)
            w = std::max(w, ReportTable::text(row.value(i)).size());
        weights << static_cast<int>(std::min<qsizetype>(w, 28));
        totalWeight += weights.last();
    }
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\""
         " style=\"border-color:#888; font-size:9pt\"><thead><tr>"_s;
    for (int i = 0; i < table.columnCount(); ++i) {
        h += u"<th align=\"%1\" width=\"%2%\" bgcolor=\"#e8edf5\">%3</th>"_s.arg(
            i < table.labelColumns ? u"left"_s : u"right"_s, QString::number(weights.at(i) * 100 / std::max(1, totalWeight)),
            table.columnTitles.value(i).toHtmlEscaped());
    }
    h += u"</tr></thead>"_s;
    for (const QVariantList &row : table.rows) {
        h += u"<tr>"_s;
        for (int i = 0; i < table.columnCount(); ++i) {
            h += u"<td align=\"%1\">%2</td>"_s.arg(i < table.labelColumns ? u"left"_s : u"right"_s,
                                                  ReportTable::text(row.value(i)).toHtmlEscaped());
        }
        h += u"</tr>"_s;
    }
    if (table.rows.isEmpty())
        h += u"<tr><td colspan=\"%1\">%2</td></tr>"_s.arg(table.columnCount())
                 .arg(tr("No requests in this period.").toHtmlEscaped());
    h += u"</table></body></html>"_s;
    return h;
}

Status ReportExporter::writePdf(const ReportTable &table, const QString &path, const QImage &chart)
{
    PdfFile file(path, table.title);
    if (Status s = file.open(); !s)
        return s;
    QTextDocument doc;
    doc.setDefaultFont(PacketBuilder::textFont(10));
    // The only resource the document may show is the chart handed in; nothing is loaded from disk or a URL.
    if (!chart.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kChartUrl)), chart);
    doc.setHtml(html(table, !chart.isNull()));
    PacketWriter writer(file.writer());
    if (Status s = writer.write(doc, {tr("Clearinghouse report"), table.title, true}); !s)
        return s;
    if (Status s = writer.finish(); !s)
        return s;
    return file.commit();
}

} // namespace ch
