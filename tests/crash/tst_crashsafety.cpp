// Kills a writing clearinghouse-cli at random moments. After each kill the database must open, pass
// integrity_check and foreign_key_check, hold every batch the process acknowledged, and hold only whole
// batches: a batch is one transaction, so a kill leaves all of it or none of it.
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    static constexpr int kCasesPerRun = 40;
    static constexpr int kBatch = 7;

    static qint64 scalar(const Database &db, const QString &sql)
    {
        auto v = Sql::scalar(db.connection(), sql);
        return v ? v->toLongLong() : -1;
    }

private Q_SLOTS:
    void everyAcknowledgedWriteSurvivesAKill()
    {
        const int cycles = qEnvironmentVariableIsSet("CH_CRASH_CYCLES") ? qEnvironmentVariableIntValue("CH_CRASH_CYCLES") : 200;
        QVERIFY(cycles > 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"crash.db"_s);
        QRandomGenerator rng(20261129); // deterministic kill times; a failure can be replayed
        qint64 expectedBefore = 0;
        int killedMidway = 0;
        int lostWrites = 0;
        int halfBatches = 0;
        qint64 runTimeMs = 400; // learned from finished runs, so that kills land across the whole run
        for (int cycle = 0; cycle < cycles; ++cycle) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(QStringLiteral(CH_CLI_PATH),
                    {u"--db"_s, path, u"demo"_s, u"--cases"_s, QString::number(kCasesPerRun), u"--volunteers"_s, u"1"_s,
                     u"--batch"_s, QString::number(kBatch), u"--acknowledge"_s, u"--seed"_s, QString::number(cycle)});
            QVERIFY(p.waitForStarted());
            QElapsedTimer clock;
            clock.start();
            const qint64 killAt = static_cast<qint64>(rng.bounded(static_cast<quint32>(runTimeMs + 1)));
            QByteArray out;
            while (p.state() != QProcess::NotRunning && clock.elapsed() < killAt) {
                p.waitForReadyRead(static_cast<int>(qMax<qint64>(1, killAt - clock.elapsed())));
                out += p.readAllStandardOutput();
            }
            const bool finished = p.state() == QProcess::NotRunning;
            if (!finished) {
                p.kill(); // SIGKILL: no destructor, no rollback, like a power cut for the process
                p.waitForFinished();
                ++killedMidway;
            } else {
                runTimeMs = qMax(runTimeMs, clock.elapsed());
            }
            out += p.readAllStandardOutput();
            int acknowledged = 0;
            static const QRegularExpression ack(u"\\{\"committed\":(\\d+)\\}"_s);
            for (auto it = ack.globalMatch(QString::fromUtf8(out)); it.hasNext();)
                acknowledged = qMax(acknowledged, it.next().captured(1).toInt());

            // Open as the program would. The first kill may land before the file had a schema: then the
            // file may be empty, and the next run must still be able to use it.
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(u"cycle %1: %2"_s.arg(cycle).arg(db.error().fullText())));
            QCOMPARE(Sql::scalar((*db)->connection(), u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);
            auto fk = Sql::run((*db)->connection(), u"PRAGMA foreign_key_check"_s);
            QVERIFY(fk.ok());
            QVERIFY2(!fk->next(), qPrintable(u"cycle %1: a row points at nothing"_s.arg(cycle)));
            const qint64 cases = scalar(**db, u"SELECT count(*) FROM cases"_s);
            const qint64 indexed = scalar(**db, u"SELECT count(*) FROM case_search"_s);
            const qint64 added = cases - expectedBefore;
            if (added < acknowledged)
                ++lostWrites;
            if (added % kBatch != 0 && added != kCasesPerRun)
                ++halfBatches;
            QVERIFY2(added >= acknowledged,
                     qPrintable(u"cycle %1: %2 cases acknowledged, %3 found"_s.arg(cycle).arg(acknowledged).arg(added)));
            QVERIFY2(added % kBatch == 0 || added == kCasesPerRun,
                     qPrintable(u"cycle %1: %2 cases, not a whole number of batches"_s.arg(cycle).arg(added)));
            QCOMPARE(indexed, cases); // the search index moves in the same transaction as the cases
            if (finished)
                QCOMPARE(added, qint64(kCasesPerRun));
            expectedBefore = cases;
        }
        qInfo("crash safety: %d cycles, %d killed while running, %d lost writes, %d half batches, %lld cases kept",
              cycles, killedMidway, lostWrites, halfBatches, expectedBefore);
        QVERIFY2(killedMidway > cycles / 4, "too few kills landed while the program was writing");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
