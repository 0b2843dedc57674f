// clearinghouse-cli: the real executable, run with QProcess: exit codes 0 done, 1 failed, 2 usage.
#include "CliRunner.h"
#include "domain/FieldCatalog.h"

#include "TestDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

using Run = test::CliRun;

QString fixture(const QString &name)
{
    return QStringLiteral(CH_FIXTURES_DIR) + u'/' + name;
}

QJsonArray withoutTimestamps(QJsonArray cases)
{
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QJsonObject o = cases.at(i).toObject();
        o.remove(u"created_at"_s);
        o.remove(u"updated_at"_s);
        cases[i] = o;
    }
    return cases;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home; // the default database path must never be the real one

    Run cli(const QStringList &args) { return test::runCli(args, test::CliOptions::inHome(m_home.path())); }

    QJsonArray exportOf(const QString &db, const QString &out)
    {
        const Run r = cli({u"--db"_s, db, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
        if (r.exitCode != 0) {
            qWarning("export failed: %s", qPrintable(r.err));
            return {};
        }
        return QJsonDocument::fromJson(test::readAll(out)).array();
    }

private Q_SLOTS:
    void initTestCase();
    void version_printsVersion();
    void help_printsUsageWithCommands();
    void unknownCommand_isUsageError();
    void noCommand_isUsageError();
    void unknownOption_isUsageError();
    void demo_badCounts_areUsageErrors_data();
    void demo_badCounts_areUsageErrors();
    void demo_sameSeed_givesIdenticalExports();
    void export_isUtf8JsonArrayWithEveryField();
    void export_badFormatOrMissingOut_isUsageError();
    void export_toUnwritablePath_fails();
    void notADatabase_failsWithMessageAndIsUnchanged();
    void corruptDatabase_failsAndIsUnchanged();
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(CH_CLI_PATH)), CH_CLI_PATH);
}

void TestCli::version_printsVersion()
{
    const Run r = cli({u"--version"_s});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"clearinghouse-cli "_s + QStringLiteral(CLEARINGHOUSE_VERSION));
    QCOMPARE(r.err, QString());
}

void TestCli::help_printsUsageWithCommands()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Usage: clearinghouse-cli"_s), qPrintable(r.out));
    for (const QString &word : {u"--db PATH"_s, u"demo"_s, u"export"_s, u"screen"_s})
        QVERIFY2(r.out.contains(word), qPrintable(word));
    QCOMPARE(r.err, QString());
}

void TestCli::unknownCommand_isUsageError()
{
    const Run r = cli({u"--db"_s, m_home.filePath(u"x.db"_s), u"frobnicate"_s});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"frobnicate"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Usage:"_s), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY2(!QFileInfo::exists(m_home.filePath(u"x.db"_s)), "a usage error must not create the database");
}

void TestCli::noCommand_isUsageError()
{
    const Run r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"Usage:"_s));
    const Run dbOnly = cli({u"--db"_s});
    QCOMPARE(dbOnly.exitCode, 2);
    QVERIFY2(dbOnly.err.contains(u"--db"_s), qPrintable(dbOnly.err));
}

void TestCli::unknownOption_isUsageError()
{
    const Run r = cli({u"--frobnicate"_s, u"demo"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--frobnicate"_s), qPrintable(r.err));
}

void TestCli::demo_badCounts_areUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("cases not a number") << QStringList{u"--cases"_s, u"lots"_s};
    QTest::newRow("negative cases") << QStringList{u"--cases"_s, u"-5"_s};
    QTest::newRow("fractional cases") << QStringList{u"--cases"_s, u"2.5"_s};
    QTest::newRow("empty cases") << QStringList{u"--cases"_s, u""_s};
    QTest::newRow("negative volunteers") << QStringList{u"--volunteers"_s, u"-1"_s};
    QTest::newRow("seed not a number") << QStringList{u"--seed"_s, u"abc"_s};
    QTest::newRow("missing value") << QStringList{u"--cases"_s};
    QTest::newRow("stray argument") << QStringList{u"--cases"_s, u"3"_s, u"extra"_s};
}

void TestCli::demo_badCounts_areUsageErrors()
{
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    const Run r = cli(QStringList{u"--db"_s, db, u"demo"_s} + options);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(r.out, QString());
    QVERIFY2(!QFileInfo::exists(db), "a usage error must not create the database");
}

void TestCli::demo_sameSeed_givesIdenticalExports()
{
    QTemporaryDir dir;
    QJsonArray exports[2];
    for (int i = 0; i < 2; ++i) {
        const QString db = dir.filePath(u"demo-%1.db"_s.arg(i));
        const Run r = cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"25"_s, u"--volunteers"_s, u"5"_s,
                           u"--seed"_s, u"7"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"cases"_s).toInt(), 25);
        QCOMPARE(summary.value(u"volunteers"_s).toInt(), 5);
        QCOMPARE(summary.value(u"seed"_s).toInt(), 7);
        QCOMPARE(summary.value(u"database"_s).toString(), QFileInfo(db).absoluteFilePath());
        exports[i] = exportOf(db, dir.filePath(u"export-%1.json"_s.arg(i)));
        QCOMPARE(exports[i].size(), 25);
    }
    QCOMPARE(withoutTimestamps(exports[0]), withoutTimestamps(exports[1]));

    // A different seed gives different people.
    const QString db3 = dir.filePath(u"demo-other.db"_s);
    QCOMPARE(cli({u"--db"_s, db3, u"demo"_s, u"--cases"_s, u"25"_s, u"--volunteers"_s, u"0"_s, u"--seed"_s,
                  u"8"_s})
                 .exitCode,
             0);
    const QJsonArray other = exportOf(db3, dir.filePath(u"export-other.json"_s));
    QCOMPARE(other.size(), 25);
    QVERIFY(withoutTimestamps(other) != withoutTimestamps(exports[0]));
}

void TestCli::export_isUtf8JsonArrayWithEveryField()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    QCOMPARE(
        cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"25"_s, u"--volunteers"_s, u"5"_s, u"--seed"_s, u"7"_s})
            .exitCode,
        0);
    const QString out = dir.filePath(u"cases.json"_s);
    const Run r = cli({u"--db"_s, db, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(summary.value(u"exported"_s).toInt(), 25);

    const QByteArray bytes = test::readAll(out);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    QVERIFY2(!utf8.hasError(), "the export must be valid UTF-8");
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray cases = doc.array();
    QCOMPARE(cases.size(), 25);
    for (const QJsonValue &v : cases) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        for (const QString &key : FieldCatalog::keys())
            QVERIFY2(o.contains(key), qPrintable(u"missing "_s + key));
        QVERIFY(o.value(u"case_id"_s).toInteger() > 0);
        QVERIFY(!o.value(u"status"_s).toString().isEmpty());
        QVERIFY(!o.value(u"person_name"_s).toString().isEmpty());
    }
    QVERIFY2(text.contains(QChar(0xE9)) || text.contains(QChar(0xED)) || text.contains(QChar(0xA7)),
             "accented names or § should appear as UTF-8 text");
    QCOMPARE(QFileInfo(out).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                  QFileDevice::WriteOther | QFileDevice::ReadOwner | QFileDevice::WriteOwner),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCli::export_badFormatOrMissingOut_isUsageError()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.db"_s);
    const Run xml =
        cli({u"--db"_s, db, u"export"_s, u"--format"_s, u"xml"_s, u"--out"_s, dir.filePath(u"o"_s)});
    QCOMPARE(xml.exitCode, 2);
    QVERIFY2(xml.err.contains(u"xml"_s), qPrintable(xml.err));
    const Run noOut = cli({u"--db"_s, db, u"export"_s});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY2(noOut.err.contains(u"--out"_s), qPrintable(noOut.err));
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::export_toUnwritablePath_fails()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"2"_s, u"--volunteers"_s, u"0"_s}).exitCode, 0);
    // A path under a regular file cannot be created, whoever runs the test (even root).
    QVERIFY(test::writeAll(dir.filePath(u"a-file"_s), "x"));
    const QString out = dir.filePath(u"a-file/cases.json"_s);
    const Run r = cli({u"--db"_s, db, u"export"_s, u"--out"_s, out});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Could not write"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"a-file"_s), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestCli::notADatabase_failsWithMessageAndIsUnchanged()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"intake.csv"_s);
    QVERIFY(QFile::copy(fixture(u"not-a-database.csv"_s), db));
    const QByteArray before = test::readAll(db);
    for (const QStringList &command : {QStringList{u"export"_s, u"--out"_s, dir.filePath(u"o.json"_s)},
                                       QStringList{u"demo"_s, u"--cases"_s, u"1"_s}}) {
        const Run r = cli(QStringList{u"--db"_s, db} + command);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a Clearinghouse database"_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(test::readAll(db), before);
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(u"o.json"_s)));
}

void TestCli::corruptDatabase_failsAndIsUnchanged()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"corrupt.db"_s);
    QVERIFY(QFile::copy(fixture(u"corrupt.db"_s), db));
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = test::readAll(db);
    const Run r = cli({u"--db"_s, db, u"export"_s, u"--out"_s, dir.filePath(u"o.json"_s)});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
    QCOMPARE(test::readAll(db), before);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"o.json"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
