// clearinghouse-cli report, run as a separate process exactly as scripts run it: JSON and CSV agree with
// the ReportService in-process, the period options work, and mistakes are usage errors.
#include "CliRunner.h"
#include "ReportFixture.h"
#include "TestDatabase.h"

#include "reports/ReportExporter.h"
#include "reports/ReportService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

using Run = test::CliRun;

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<test::TestDatabase> m_db;

    Run cli(const QStringList &args)
    {
        auto options = test::CliOptions::inHome(m_home.path());
        options.env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return test::runCli(QStringList{u"--db"_s, m_db->path()} + args, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        QCOMPARE(test::buildReportDemo(m_db->db(), 150, 15, 99), QString());
    }

    void json_matchesTheServiceForEveryReport()
    {
        const ReportPeriod p{QDate::currentDate().addMonths(-15), QDate::currentDate().addDays(-20)};
        for (ReportService::Report r : ReportService::reports()) {
            const Run run = cli({u"report"_s, ReportService::id(r), u"--from"_s, p.from.toString(Qt::ISODate),
                                 u"--to"_s, p.to.toString(Qt::ISODate)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            auto expected = ReportService(m_db->connection()).run(r, p);
            QVERIFY(expected);
            const QJsonObject o = run.json();
            QCOMPARE(o.value(u"report"_s).toString(), ReportService::id(r));
            QCOMPARE(o.value(u"from"_s).toString(), p.from.toString(Qt::ISODate));
            QCOMPARE(o.value(u"to"_s).toString(), p.to.toString(Qt::ISODate));
            QCOMPARE(o.value(u"rows"_s).toArray(), expected->toJson().value(u"rows"_s).toArray());
            QCOMPARE(o.value(u"columns"_s).toArray().size(), expected->columnCount());
        }
    }

    void csv_toFile_isOwnerOnlyAndMatches()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"funnel.csv"_s);
        const Run run = cli({u"report"_s, u"funnel"_s, u"--all-time"_s, u"--format"_s, u"csv"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        auto expected = ReportService(m_db->connection()).run(ReportService::Report::Funnel, ReportPeriod::allTime());
        QVERIFY(expected);
        const QByteArray bytes = test::readAll(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), ReportExporter::csv(*expected));
        QVERIFY(QString::fromUtf8(bytes).contains(u"Received,150,100.0"_s));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // JSON to a file; CSV to standard output.
        const QString jsonOut = dir.filePath(u"stages.json"_s);
        QCOMPARE(cli({u"report"_s, u"stage-times"_s, u"--all-time"_s, u"--out"_s, jsonOut}).exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(test::readAll(jsonOut)).object();
        QCOMPARE(o.value(u"rows"_s).toArray().size(), ReportService::timedStages().size());
        const Run csv = cli({u"report"_s, u"reasons"_s, u"--all-time"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"Reason,Section,Claimed,Likely,Possible,Unlikely"_s));
    }

    void defaultPeriod_isTheLastTwelveMonths()
    {
        const Run run = cli({u"report"_s, u"received-per-month"_s});
        QCOMPARE(run.exitCode, 0);
        const ReportPeriod p = ReportPeriod::lastTwelveMonths(QDate::currentDate());
        QCOMPARE(run.json().value(u"from"_s).toString(), p.from.toString(Qt::ISODate));
        QCOMPARE(run.json().value(u"rows"_s).toArray().size(), 13);
        const Run list = cli({u"report"_s, u"--list"_s});
        QCOMPARE(list.exitCode, 0);
        for (ReportService::Report r : ReportService::reports())
            QVERIFY(list.out.contains(ReportService::id(r)));
    }

    void mistakes_areUsageErrors()
    {
        for (const QStringList &args : QList<QStringList>{
                 {u"report"_s},
                 {u"report"_s, u"nonsense"_s},
                 {u"report"_s, u"funnel"_s, u"--from"_s, u"2026-13-01"_s},
                 {u"report"_s, u"funnel"_s, u"--from"_s, u"2026-05-01"_s, u"--to"_s, u"2026-04-01"_s},
                 {u"report"_s, u"funnel"_s, u"--format"_s, u"xml"_s},
                 {u"report"_s, u"funnel"_s, u"--all-time"_s, u"--from"_s, u"2026-01-01"_s}}) {
            const Run run = cli(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + run.err));
            QVERIFY(!run.err.isEmpty());
            QVERIFY(run.out.isEmpty());
        }
        QTemporaryDir dir;
        const Run failed = cli({u"report"_s, u"funnel"_s, u"--out"_s, dir.filePath(u"no/such/folder/f.json"_s)});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains(u"could not write"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
