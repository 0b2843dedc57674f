// End-to-end tests for `clearinghouse-cli import`: exit codes, the JSON summary on stdout, messages on stderr.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CH_IMPORT_FIXTURES) + u'/' + name;
}

using Run = ch::test::CliRun;

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run cli(const QStringList &args) { return ch::test::runCli(args, ch::test::CliOptions::inHome(m_dir.path())); }
    QString db(const QString &name) { return m_dir.filePath(name); }

private slots:
    void importPrintsSummaryAndExitsZero()
    {
        const Run r = cli({u"--db"_s, db(u"a.db"_s), u"import"_s, fixture(u"good.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("imported"_L1).toInt(), 4);
        QCOMPARE(o.value("rejected"_L1).toInt(), 0);
        const Run again = cli({u"--db"_s, db(u"a.db"_s), u"import"_s, fixture(u"good.json"_s)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("duplicates"_L1).toInt(), 4);
    }
    void exportCsvThenJsonRoundTripsThroughTheCli()
    {
        const QString first = db(u"rt-first.db"_s);
        QCOMPARE(cli({u"--db"_s, first, u"import"_s, fixture(u"injection.csv"_s)}).exitCode, 0);
        const QString csv = m_dir.filePath(u"out.csv"_s);
        const Run e = cli({u"--db"_s, first, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
        QCOMPARE(e.exitCode, 0);
        QCOMPARE(e.json().value("exported"_L1).toInt(), 3);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFsubmission_id,submitted_at,submitter_name,"));
        QVERIFY(bytes.contains("\"'=HYPERLINK("));
        QVERIFY(bytes.contains("\r\n"));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // JSON: export, import into a fresh database, export again: the same cases.
        const QString a = m_dir.filePath(u"a.json"_s);
        const QString b = m_dir.filePath(u"b.json"_s);
        QCOMPARE(cli({u"--db"_s, first, u"export"_s, u"--out"_s, a}).exitCode, 0);
        const QString second = db(u"rt-second.db"_s);
        const Run i = cli({u"--db"_s, second, u"import"_s, a});
        QCOMPARE(i.exitCode, 0);
        QCOMPARE(i.json().value("imported"_L1).toInt(), 3);
        QCOMPARE(cli({u"--db"_s, second, u"export"_s, u"--out"_s, b}).exitCode, 0);
        auto cases = [](const QString &path) {
            QFile file(path);
            (void)file.open(QIODevice::ReadOnly);
            QJsonArray out;
            for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
                QJsonObject o = v.toObject();
                for (const char *key : {"case_id", "person_id", "row_version", "created_at", "updated_at"})
                    o.remove(QLatin1StringView(key));
                out.append(o);
            }
            return out;
        };
        QCOMPARE(cases(b).size(), 3);
        QCOMPARE(cases(b), cases(a));
    }
    void rejectedRowsStillExitZero()
    {
        const Run r = cli({u"--db"_s, db(u"b.db"_s), u"import"_s, fixture(u"invalid_utf8.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("imported"_L1).toInt(), 2);
        QCOMPARE(o.value("rejected"_L1).toInt(), 1);
        const QJsonObject rej = o.value("rejects"_L1).toArray().first().toObject();
        QCOMPARE(rej.value("row"_L1).toInt(), 3);
        QCOMPARE(rej.value("field"_L1).toString(), u"person_name"_s);
        QVERIFY(r.err.contains("quarantine"_L1));
    }
    void formatOptionOverridesTheExtension()
    {
        const Run r = cli({u"--db"_s, db(u"c.db"_s), u"import"_s, fixture(u"good.json"_s), u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 1); // read as CSV, the JSON has no usable header
        const Run j = cli({u"--db"_s, db(u"c.db"_s), u"import"_s, u"--format"_s, u"json"_s, fixture(u"good.json"_s)});
        QCOMPARE(j.exitCode, 0);
    }
    void mappingFileAndPreset()
    {
        const Run r = cli({u"--db"_s, db(u"d.db"_s), u"import"_s, fixture(u"mapped.csv"_s), u"--mapping"_s,
                           fixture(u"mapped.mapping.json"_s), u"--save-preset"_s, u"old form"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("imported"_L1).toInt(), 2);
        const Run again = cli({u"--db"_s, db(u"d.db"_s), u"import"_s, fixture(u"mapped.csv"_s), u"--preset"_s,
                               u"old form"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("duplicates"_L1).toInt(), 2);
    }
    void unreadableFilesExitOne_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << fixture(u"no_such_file.csv"_s);
        QTest::newRow("empty") << fixture(u"empty.csv"_s);
        QTest::newRow("binary") << fixture(u"not_a_table.csv"_s);
        QTest::newRow("text") << fixture(u"plain_text.txt"_s);
        QTest::newRow("broken JSON") << fixture(u"broken.json"_s);
    }
    void unreadableFilesExitOne()
    {
        QFETCH(QString, file);
        const Run r = cli({u"--db"_s, db(u"e.db"_s), u"import"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("clearinghouse-cli import: "_L1));
    }
    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({u"--db"_s, db(u"f.db"_s), u"import"_s}).exitCode, 2);
        QCOMPARE(cli({u"--db"_s, db(u"f.db"_s), u"import"_s, fixture(u"good.csv"_s), u"--format"_s, u"xml"_s}).exitCode,
                 2);
        QCOMPARE(cli({u"--db"_s, db(u"f.db"_s), u"import"_s, fixture(u"good.csv"_s), u"--bogus"_s}).exitCode, 2);
        QCOMPARE(cli({u"--db"_s, db(u"f.db"_s), u"import"_s, fixture(u"good.csv"_s), fixture(u"good.json"_s)}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_ImportCli.moc"
