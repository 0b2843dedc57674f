#pragma once

// PacketHtml: the small vocabulary packets and letters are written in (headings, fact tables, grids,
// boxes, checkboxes), so that every section looks alike and every user value passes through
// RichText::escape exactly once. Arguments named *Html are already HTML; all others are plain text.

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ch {

class PacketHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ch::PacketHtml)
public:
    static QString styleSheet();

    static QString heading(const QString &title, bool newPage = false);
    static QString subheading(const QString &title);
    static QString paragraph(const QString &html, const QString &cssClass = {});
    static QString muted(const QString &text); // plain text, grey
    static QString pageBreak();

    // Two columns: label, value. Rows with an empty value are left out; a table with no rows is empty.
    class Facts
    {
    public:
        void add(const QString &label, const QString &valueHtml);
        void addText(const QString &label, const QString &value) { add(label, esc(value)); }
        bool isEmpty() const { return m_rows.isEmpty(); }
        QString html() const;

    private:
        QStringList m_rows;
    };

    // A bordered table with a header row.
    class Grid
    {
    public:
        explicit Grid(const QStringList &headers, const QList<int> &widthsPercent = {});
        void addRow(const QStringList &cellsHtml, const QString &rowStyle = {});
        bool isEmpty() const { return m_rows.isEmpty(); }
        QString html() const;

    private:
        QStringList m_headers;
        QList<int> m_widths;
        QStringList m_rows;
    };

    // A shaded box: kind is "notice", "key" (the prominent date) or "plain".
    static QString box(const QString &innerHtml, const QString &kind);
    static QString checkbox(bool checked);
    static QString esc(const QString &text);
    static QString escLines(const QString &text);
    static QString longDate(QDate date); // "9 February 2024"
};

} // namespace ch
