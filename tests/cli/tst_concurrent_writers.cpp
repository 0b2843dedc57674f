// Two programs writing to one database at the same time (issue 7): each commits 1,000 transactions (one case
// each, with its person, submitters, search rows, screening and audit entry); both finish, every acknowledged
// case is there, nothing is half-written. The embedded file in the SQLite pass; a throwaway database on the
// test server (two clearinghouse-cli --server) in the _postgres pass.
#include "CliRunner.h"

#include "TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestConcurrentWriters final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoProcesses_thousandTransactionsEach_nothingLost();
    void twoProcesses_onTheServer_thousandTransactionsEach_nothingLost();

private:
    // Starts the two writers on location (--db FILE or --server URL) and checks that each acknowledged all.
    void runWriters(const QStringList &where, const QString &home);
};

namespace {
constexpr int kEach = 1000;
}

void TestConcurrentWriters::runWriters(const QStringList &where, const QString &home)
{
    // The database and its first user exist before the two writers start.
    const test::CliRun init = test::runCli(where + QStringList{u"demo"_s, u"--cases"_s, u"0"_s, u"--volunteers"_s, u"0"_s},
                                           test::CliOptions::inHome(home));
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));

    QList<QProcess *> writers;
    for (const QString &seed : {u"101"_s, u"202"_s}) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(CH_CLI_PATH),
                 where + QStringList{u"demo"_s, u"--cases"_s, QString::number(kEach), u"--volunteers"_s, u"0"_s,
                  u"--seed"_s, seed, u"--batch"_s, u"1"_s, u"--acknowledge"_s});
        writers << p;
    }
    for (QProcess *p : std::as_const(writers)) {
        QVERIFY(p->waitForFinished(15 * 60 * 1000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QVERIFY2(p->exitCode() == 0, qPrintable(err));
        // One acknowledgement per committed transaction, the last one naming all of them.
        const QStringList acks = QString::fromUtf8(p->readAllStandardOutput())
                                     .split(u'\n', Qt::SkipEmptyParts)
                                     .filter(QRegularExpression(u"^\\{\"committed\":\\d+\\}$"_s));
        QCOMPARE(acks.size(), kEach);
        QCOMPARE(acks.last(), u"{\"committed\":%1}"_s.arg(kEach));
    }
}

void TestConcurrentWriters::twoProcesses_thousandTransactionsEach_nothingLost()
{
    CH_SQLITE_ONLY();
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString db = home.filePath(u"shared.db"_s);
    runWriters({u"--db"_s, db}, home.path());
    if (QTest::currentTestFailed())
        return;

    test::RawConnection raw(db);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM cases"_s).toInt(), 2 * kEach);
    for (const QString &seed : {u"101"_s, u"202"_s})
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM cases WHERE submission_id LIKE 'DEMO-%1-%'"_s.arg(seed)).toInt(), kEach);
    // Every case whole: its search row, its current screening and its audit entry.
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM case_search"_s).toInt(), 2 * kEach);
    QCOMPARE(raw.scalar(u"SELECT count(DISTINCT case_id) FROM screening_results WHERE is_current = 1"_s).toInt(),
             2 * kEach);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = 'create'"_s).toInt(),
             2 * kEach);
    // How much the two interleaved (reported, not asserted: a slow start can let one run mostly alone).
    const int overlap = raw.scalar(u"SELECT count(*) FROM cases WHERE submission_id LIKE 'DEMO-202-%' AND id <"
                                   " (SELECT max(id) FROM cases WHERE submission_id LIKE 'DEMO-101-%')"_s)
                            .toInt();
    qInfo("concurrent writers: 2 processes, %d transactions each, %d cases kept, 0 lost, %d of the second's "
          "commits between the first's",
          kEach, raw.scalar(u"SELECT count(*) FROM cases"_s).toInt(), overlap);
}

void TestConcurrentWriters::twoProcesses_onTheServer_thousandTransactionsEach_nothingLost()
{
    if (test::postgresTestServer().isEmpty())
        QSKIP("needs the test server: runs in the _postgres pass");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    test::PostgresScratch scratch;
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    runWriters({u"--server"_s, scratch.location()}, home.path());
    if (QTest::currentTestFailed())
        return;

    auto opened = Database::open(scratch.location());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    const QSqlDatabase db = (*opened)->connection();
    QCOMPARE(test::scalar(db, u"SELECT count(*) FROM cases"_s).toInt(), 2 * kEach);
    for (const QString &seed : {u"101"_s, u"202"_s})
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM cases WHERE submission_id LIKE 'DEMO-%1-%'"_s.arg(seed)).toInt(), kEach);
    QCOMPARE(test::scalar(db, u"SELECT count(*) FROM cases c LEFT JOIN persons p ON p.id = c.person_id"
                              " WHERE p.id IS NULL"_s).toInt(), 0);
    QCOMPARE(test::scalar(db, u"SELECT count(*) FROM case_search"_s).toInt(), 2 * kEach);
    QCOMPARE(test::scalar(db, u"SELECT count(DISTINCT case_id) FROM screening_results WHERE is_current = 1"_s).toInt(),
             2 * kEach);
    QCOMPARE(test::scalar(db, u"SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = 'create'"_s).toInt(),
             2 * kEach);
    const int overlap = test::scalar(db, u"SELECT count(*) FROM cases WHERE submission_id LIKE 'DEMO-202-%' AND id <"
                                         " (SELECT max(id) FROM cases WHERE submission_id LIKE 'DEMO-101-%')"_s)
                            .toInt();
    qInfo("concurrent writers on the server: 2 processes, %d transactions each, %d cases kept, 0 lost, %d of the "
          "second's commits between the first's",
          kEach, 2 * kEach, overlap);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
