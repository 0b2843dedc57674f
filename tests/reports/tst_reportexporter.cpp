// Report CSV and PDF: quoting, the formula-injection guard, escaping in the PDF, owner-only files.
#include "TestDatabase.h"

#include "reports/ReportExporter.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestReportExporter : public QObject
{
    Q_OBJECT

    static ReportTable hostile()
    {
        ReportTable t;
        t.id = u"volunteers-by-organisation"_s;
        t.title = u"Volunteer load by organisation"_s;
        t.explanation = u"Open cases <now>."_s;
        t.period = {QDate(2026, 1, 1), QDate(2026, 6, 30)};
        t.columnKeys = {u"organisation"_s, u"open_cases"_s, u"median_days"_s};
        t.columnTitles = {u"Organisation"_s, u"Open cases"_s, u"Median (days)"_s};
        t.rows = {{u"=HYPERLINK(\"http://x\")"_s, qint64(3), 1.5},
                  {u"Ruiz, Ocampo & \"Partners\""_s, qint64(0), QVariant()},
                  {u"<b>Bold & Co</b>"_s, qint64(12), 40.0}};
        return t;
    }

private Q_SLOTS:
    void csvIsQuotedAndGuarded()
    {
        const QString csv = ReportExporter::csv(hostile());
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"Organisation,Open cases,Median (days)"_s);
        QCOMPARE(lines.at(1), u"\"'=HYPERLINK(\"\"http://x\"\")\",3,1.5"_s);
        QCOMPARE(lines.at(2), u"\"Ruiz, Ocampo & \"\"Partners\"\"\",0,"_s);
        QCOMPARE(lines.at(3), u"<b>Bold & Co</b>,12,40.0"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.csv"_s);
        QVERIFY(ReportExporter::writeCsv(hostile(), path));
        const QByteArray bytes = test::readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), csv);
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(!ReportExporter::writeCsv(hostile(), dir.filePath(u"missing/folder/r.csv"_s)));
    }

    void htmlEscapesEveryValue()
    {
        const QString html = ReportExporter::html(hostile(), false);
        QVERIFY(html.contains(u"&lt;b&gt;Bold &amp; Co&lt;/b&gt;"_s));
        QVERIFY(html.contains(u"Open cases &lt;now&gt;."_s));
        QVERIFY(!html.contains(u"<b>Bold"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(ReportExporter::html(hostile(), true).contains(u"<img src=\"report-chart.png\""_s));
    }

    void pdfHoldsTitlePeriodAndTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.pdf"_s);
        QImage chart(400, 200, QImage::Format_RGB32);
        chart.fill(Qt::white);
        QVERIFY(ReportExporter::writePdf(hostile(), path, chart));
        QVERIFY(test::readAll(path).startsWith("%PDF"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"Volunteer load by organisation"_s), qPrintable(text));
        QVERIFY(text.contains(u"2026-01-01 to 2026-06-30"_s));
        QVERIFY(text.contains(u"<b>Bold & Co</b>"_s)); // shown as text, not read as markup
        QVERIFY(text.contains(u"Ruiz, Ocampo"_s));
    }
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
