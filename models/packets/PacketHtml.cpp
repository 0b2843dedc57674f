#include "PacketHtml.h"

#include "RichText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ch {

QString PacketHtml::styleSheet()
{
    // Sizes in pt and px at 96 px per inch: PacketWriter lays the document out at that resolution and
    // scales it to the device.
    return u"body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1d1d1f; }"
           "h1 { font-size: 22pt; color: #1c3d6e; margin-top: 0px; margin-bottom: 2px; }"
           "h2 { font-size: 13.5pt; color: #1c3d6e; margin-top: 20px; margin-bottom: 6px; }"
           "h3 { font-size: 10.5pt; color: #2b4a74; margin-top: 12px; margin-bottom: 4px; }"
           "p { margin-top: 0px; margin-bottom: 6px; }"
           "td { vertical-align: top; }"
           "th { background-color: #e8eef7; color: #1c3d6e; text-align: left; font-weight: bold; }"
           ".label { color: #4a4a4f; font-weight: bold; }"
           ".muted { color: #707075; }"
           ".kicker { font-size: 8.5pt; color: #1c3d6e; font-weight: bold; }"
           ".big { font-size: 17pt; font-weight: bold; }"
           ".rule { color: #9db3d6; }"_s;
}

QString PacketHtml::heading(const QString &title, bool newPage)
{
    return newPage ? u"<h2 style=\"page-break-before: always;\">%1</h2>"_s.arg(esc(title))
                   : u"<h2>%1</h2>"_s.arg(esc(title));
}

QString PacketHtml::subheading(const QString &title)
{
    return u"<h3>%1</h3>"_s.arg(esc(title));
}

QString PacketHtml::paragraph(const QString &html, const QString &cssClass)
{
    return cssClass.isEmpty() ? u"<p>%1</p>"_s.arg(html) : u"<p class=\"%1\">%2</p>"_s.arg(cssClass, html);
}

QString PacketHtml::muted(const QString &text)
{
    return u"<span class=\"muted\">%1</span>"_s.arg(esc(text));
}

QString PacketHtml::pageBreak()
{
    return u"<p style=\"page-break-after: always;\"></p>"_s;
}

void PacketHtml::Facts::add(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return;
    m_rows << u"<tr><td width=\"32%\" class=\"label\">%1</td><td>%2</td></tr>"_s.arg(esc(label), valueHtml);
}

QString PacketHtml::Facts::html() const
{
    if (m_rows.isEmpty())
        return {};
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"_s +
           m_rows.join(QString()) + u"</table>"_s;
}

PacketHtml::Grid::Grid(const QStringList &headers, const QList<int> &widthsPercent)
    : m_headers(headers), m_widths(widthsPercent)
{}

void PacketHtml::Grid::addRow(const QStringList &cellsHtml, const QString &rowStyle)
{
    QString row = rowStyle.isEmpty() ? u"<tr>"_s : u"<tr style=\"%1\">"_s.arg(rowStyle);
    for (const QString &c : cellsHtml)
        row += u"<td>"_s + c + u"</td>"_s;
    m_rows << row + u"</tr>"_s;
}

QString PacketHtml::Grid::html() const
{
    // <thead>: a table that runs onto the next page repeats its header row there.
    QString out =
        u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
        "style=\"border-collapse: collapse; border-color: #c5d0de; border-style: solid;\"><thead><tr>"_s;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const QString width = i < m_widths.size() ? u" width=\"%1%\""_s.arg(m_widths.at(i)) : QString();
        out += u"<th%1>%2</th>"_s.arg(width, esc(m_headers.at(i)));
    }
    return out + u"</tr></thead><tbody>"_s + m_rows.join(QString()) + u"</tbody></table>"_s;
}

QString PacketHtml::box(const QString &innerHtml, const QString &kind)
{
    // Qt's rich text paints a cell's bgcolor, not a table's background-color.
    const QString border = kind == u"key"_s      ? u"#d99a1e"_s
                           : kind == u"notice"_s ? u"#9aa5b4"_s
                                                 : u"#c5d0de"_s;
    const QString fill = kind == u"key"_s ? u"#fdf0d5"_s : kind == u"notice"_s ? u"#f2f4f7"_s : u"#ffffff"_s;
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" "
           "style=\"border-collapse: collapse; border-style: solid; margin-top: 12px; margin-bottom: 6px; "
           "border-color: %1;\"><tr><td bgcolor=\"%2\">%3</td></tr></table>"_s.arg(border, fill, innerHtml);
}

QString PacketHtml::checkbox(bool checked)
{
    return checked ? u"<span style=\"font-size: 11pt;\">\u2611</span>"_s
                   : u"<span style=\"font-size: 11pt;\">\u2610</span>"_s;
}

QString PacketHtml::esc(const QString &text)
{
    return RichText::escape(text);
}

QString PacketHtml::escLines(const QString &text)
{
    return RichText::escapeLines(text);
}

QString PacketHtml::longDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"d MMMM yyyy"_s) : QString();
}

} // namespace ch
