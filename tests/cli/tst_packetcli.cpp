// clearinghouse-cli packet and letter, run as a separate process: exit codes, owner-only files, the PDF's
// text, the audit entry, and sentences for every wrong command line.
#include "CliRunner.h"
#include "PacketFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestPacketCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_case = 0;

    using Run = test::CliRun;

    Run cli(const QStringList &args)
    {
        // Without QT_QPA_PLATFORM and DISPLAY: the CLI must choose a headless platform itself.
        auto options = test::CliOptions::inHome(m_home.path());
        options.unsetEnv = {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s};
        return test::runCli(QStringList{u"--db"_s, m_t->path()} + args, options);
    }
    QString out(const QString &name) const { return m_t->dirPath() + u'/' + name; }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_case = test::fullyDocumentedCase(m_t->db(), test::addVolunteer(m_t->db(), u"Dana Whitfield"_s));
        QVERIFY(m_case > 0);
        m_t->close(); // the CLI opens the file itself
    }
    void cleanup() { m_t.reset(); }

    void packet_writesPrivatePdfAndReportsIt()
    {
        const Run r = cli({u"packet"_s, QString::number(m_case), u"--out"_s, out(u"p.pdf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"case"_s).toInteger(), m_case);
        QCOMPARE(summary.value(u"profile"_s).toString(), u"volunteer"_s);
        QVERIFY(test::isOwnerOnly(out(u"p.pdf"_s)));
        const QString text = test::pdfText(out(u"p.pdf"_s));
        QVERIFY(text.contains(u"José García"_s));
        QVERIFY(text.contains(u"ana.garcia@example.org"_s));
        QVERIFY(m_t->reopen());
        QCOMPARE(
            test::scalar(
                m_t->connection(),
                u"SELECT count(*) FROM audit_log WHERE action = 'packet_printed' AND entity_id = %1"_s.arg(
                    m_case))
                .toInt(),
            1);
    }

    void packet_externalProfile_leavesOutContacts()
    {
        const Run r = cli({u"packet"_s, QString::number(m_case), u"--profile"_s, u"external"_s, u"--out"_s,
                           out(u"e.pdf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = test::pdfText(out(u"e.pdf"_s));
        QVERIFY(text.contains(u"José García"_s));
        QVERIFY(!text.contains(u"ana.garcia@example.org"_s));
        QVERIFY(!text.contains(u"pancreatic"_s));
    }

    void packet_wrongCommandLines()
    {
        Run r = cli({u"packet"_s, QString::number(m_case)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--out"_s));
        r = cli({u"packet"_s, u"abc"_s, u"--out"_s, out(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"not a case number"_s));
        r = cli(
            {u"packet"_s, QString::number(m_case), u"--profile"_s, u"press"_s, u"--out"_s, out(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"volunteer, external"_s));
        r = cli({u"packet"_s, u"4242"_s, u"--out"_s, out(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        r = cli({u"packet"_s, QString::number(m_case), u"--out"_s, m_t->dirPath() + u"/no/such/dir/x.pdf"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"cannot be written"_s));
        QVERIFY(!QFile::exists(out(u"x.pdf"_s)));
    }

    void letter_inTheFamilysLanguage()
    {
        Run r = cli(
            {u"letter"_s, QString::number(m_case), u"--kind"_s, u"received"_s, u"--out"_s, out(u"l.pdf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"language"_s).toString(), u"es"_s);
        QVERIFY(test::isOwnerOnly(out(u"l.pdf"_s)));
        QVERIFY(test::pdfText(out(u"l.pdf"_s)).contains(u"Hemos recibido su solicitud"_s));

        r = cli({u"letter"_s, QString::number(m_case), u"--kind"_s, u"received"_s, u"--language"_s, u"en"_s,
                 u"--out"_s, out(u"l-en.pdf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(test::pdfText(out(u"l-en.pdf"_s)).contains(u"We have received your request"_s));
    }

    void letter_wrongCommandLines()
    {
        Run r = cli({u"letter"_s, QString::number(m_case), u"--out"_s, out(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"referral|received|in_review|matched"_s));
        r = cli({u"letter"_s, QString::number(m_case), u"--kind"_s, u"matched"_s, u"--language"_s, u"fr"_s,
                 u"--out"_s, out(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"letter"_s, u"4242"_s, u"--kind"_s, u"matched"_s, u"--out"_s, out(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out(u"x.pdf"_s)));
    }
};

QTEST_MAIN(TestPacketCli)
#include "tst_packetcli.moc"
