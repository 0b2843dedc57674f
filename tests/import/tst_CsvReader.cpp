// Tests for CsvReader: RFC 4180 details, strict UTF-8, row numbers and the size caps.
#include "io/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using ch::CsvReader;

namespace {

QList<CsvReader::Row> readAll(const QByteArray &data, const CsvReader::Limits &limits = {}, QString *fatal = nullptr)
{
    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    CsvReader reader(&buf, limits);
    QList<CsvReader::Row> rows;
    CsvReader::Row r;
    while (reader.next(r))
        rows << r;
    if (fatal)
        *fatal = reader.fatalError();
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void readsQuotedFieldsWithCommasQuotesAndNewlines()
    {
        const auto rows = readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\nlast,,\r\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].fields, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"line1\r\nline2"_s}));
        QCOMPARE(rows[2].fields, (QStringList{u"last"_s, QString(), QString()}));
        QVERIFY(rows[1].error.isEmpty());
    }
    void numbersRowsAsASpreadsheetDoes()
    {
        const auto rows = readAll("h1,h2\n\"multi\nline\",x\n\nnext,y\n");
        QCOMPARE(rows.size(), 3); // the blank line is skipped
        QCOMPARE(rows[0].number, 1);
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[2].number, 3);
        QCOMPARE(rows[1].line, 2);
        QCOMPARE(rows[2].line, 5);
    }
    void acceptsBomAndLfAndLoneCr()
    {
        const auto rows = readAll("\xEF\xBB\xBFname,n\rÁngel,1\rBea,2");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].fields.first(), u"name"_s);
        QCOMPARE(rows[1].fields.first(), u"Ángel"_s);
        QCOMPARE(rows[2].fields, (QStringList{u"Bea"_s, u"2"_s}));
    }
    void reportsInvalidUtf8PerFieldWithoutRepairingIt()
    {
        const auto rows = readAll("a,b\nok,bad\xFF\nok2,trunc\xC3\n\xC0\xAF,x\n");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].invalidUtf8, QList<int>{1});
        QCOMPARE(rows[2].invalidUtf8, QList<int>{1}); // a sequence cut short at the end of the field
        QCOMPARE(rows[3].invalidUtf8, QList<int>{0}); // an overlong encoding of '/'
        QVERIFY(rows[0].invalidUtf8.isEmpty());
    }
    void unterminatedQuoteIsAnErrorForItsRow()
    {
        const auto rows = readAll("a,b\n1,2\n3,\"open\n4,5\n");
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[1].error.isEmpty());
        QVERIFY(rows[2].error.contains(u"never closed"_s));
        QCOMPARE(rows[2].number, 3);
    }
    void textAfterClosingQuoteIsAnError()
    {
        const auto rows = readAll("a\n\"x\"y\n");
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows[1].error.isEmpty());
    }
    void binaryAndUtf16FilesAreRefused()
    {
        QString fatal;
        QVERIFY(readAll(QByteArray("a,b\n\0\1", 6), {}, &fatal).isEmpty());
        QVERIFY(fatal.contains(u"binary"_s));
        QVERIFY(readAll("\xFF\xFE" "a\0,\0", {}, &fatal).isEmpty());
        QVERIFY(fatal.contains(u"UTF-16"_s));
    }
    void fieldCapCutsAndReportsTheField()
    {
        CsvReader::Limits limits;
        limits.maxFieldBytes = 10;
        const auto rows = readAll("a,b\n" + QByteArray(50, 'x') + ",short\n", limits);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].tooLong, QList<int>{0});
        QCOMPARE(rows[1].fields[0].size(), 10);
        QCOMPARE(rows[1].fields[1], u"short"_s);
    }
    // The cap bounds memory: the reader never holds more than one row of at most maxRowBytes, and stops
    // reading a file whose first row passes the cap, so a 1 GB single-line file costs 1 MiB and a moment.
    void singleLineOfThreeMebibytesIsRefusedQuickly()
    {
        const QByteArray line(3 * 1024 * 1024, 'a');
        QBuffer buf;
        buf.setData(line);
        buf.open(QIODevice::ReadOnly);
        CsvReader reader(&buf); // default cap: 1 MiB
        QElapsedTimer timer;
        timer.start();
        CsvReader::Row r;
        QVERIFY(!reader.next(r));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(reader.fatalError().contains(u"larger than 1 MiB"_s));
        QVERIFY(reader.bytesConsumed() <= 1024 * 1024 + 64 * 1024); // it stopped right after the cap
    }
    void oversizedRowLaterInTheFileIsRejectedAndReadingGoesOn()
    {
        CsvReader::Limits limits;
        limits.maxRowBytes = 1000;
        const auto rows = readAll("a,b\n1,2\n" + QByteArray(5000, 'z') + ",3\nafter,4\n", limits);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[2].error.contains(u"larger than"_s));
        QVERIFY(rows[2].fields.isEmpty());
        QCOMPARE(rows[3].fields, (QStringList{u"after"_s, u"4"_s}));
        QCOMPARE(rows[3].number, 4);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_CsvReader.moc"
