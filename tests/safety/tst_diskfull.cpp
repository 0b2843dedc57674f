// Disk full: a save, an import and a backup that hit the file-size limit (RLIMIT_FSIZE stands in for a
// full disk) fail with a sentence about the disk, leave the data from before the fault intact, and succeed
// when retried once there is room again.
#include "CliRunner.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

using Run = test::CliRun;

// Runs the CLI; with limitBytes > 0 the child may not grow any file beyond that size.
Run cli(const QStringList &args, rlim_t limitBytes = 0)
{
    test::CliOptions options;
    if (limitBytes > 0) {
        options.childModifier = [limitBytes] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing
            rlimit lim{limitBytes, limitBytes};
            ::setrlimit(RLIMIT_FSIZE, &lim);
        };
    }
    return test::runCli(args, options);
}

qint64 count(const QString &path, const QString &table = u"cases"_s)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    if (Sql::scalar((*db)->connection(), u"PRAGMA integrity_check"_s)->toString() != u"ok"_s)
        return -2;
    return Sql::scalar((*db)->connection(), u"SELECT count(*) FROM "_s + table)->toLongLong();
}

QString writeCsv(const QString &path, int rows, int firstId)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("submission_id,submitted_at,person_name,register_number,court_type,relief_sought,facility,"
            "release_plan\n");
    for (int i = 0; i < rows; ++i) {
        const int n = firstId + i;
        f.write(u"S-%1,2026-05-01,Person Number %1,%2-0%3,federal,compassionate_release,FCI Dublin,"
                  "\"Would live with family; %4\"\n"_s
                    .arg(n)
                    .arg(10000 + n)
                    .arg(10 + n % 80)
                    .arg(QString(400, u'x'))
                    .toUtf8());
    }
    return path;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importThatRunsOutOfRoomKeepsWhatWasThereAndCanBeRetried()
    {
        const QString db = m_dir.filePath(u"import.db"_s);
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"10"_s, u"--volunteers"_s, u"0"_s}).exitCode, 0);
        const QString csv = writeCsv(m_dir.filePath(u"many.csv"_s), 600, 1);
        Run full = cli({u"--db"_s, db, u"import"_s, csv}, 64 * 1024);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(u"disk"_s), qPrintable(full.err));
        const qint64 afterFault = count(db);
        QVERIFY2(afterFault >= 10 && afterFault < 610, qPrintable(QString::number(afterFault)));
        Run retry = cli({u"--db"_s, db, u"import"_s, csv});
        QCOMPARE(retry.exitCode, 0);
        QCOMPARE(count(db), 610);
    }

    void backupThatRunsOutOfRoomLeavesNoHalfFile()
    {
        const QString db = m_dir.filePath(u"backup.db"_s);
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"200"_s, u"--volunteers"_s, u"5"_s}).exitCode, 0);
        const QString dir = m_dir.filePath(u"backups"_s);
        Run full = cli({u"--db"_s, db, u"backup"_s, u"--dir"_s, dir}, 32 * 1024);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(u"disk"_s), qPrintable(full.err));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(count(db), 200);
        Run retry = cli({u"--db"_s, db, u"backup"_s, u"--dir"_s, dir});
        QCOMPARE(retry.exitCode, 0);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void saveThatRunsOutOfRoomCanBeRetried()
    {
        const QString path = m_dir.filePath(u"save.db"_s);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database &db = **opened;
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Before the fault"_s);
        QVERIFY(CaseRepository(db).create(c).ok());
        QVERIFY(Sql::execRaw(db.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());

        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit tight = old;
        tight.rlim_cur = 4096; // the WAL header and less than one page fit
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tight), 0);
        CaseRecord big;
        big.setValue(u"person_name"_s, u"After the fault"_s);
        big.setValue(u"release_plan"_s, QString(20000, u'p'));
        auto failed = CaseRepository(db).create(big);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Io);
        QVERIFY2(failed.error().message.contains(u"disk"_s), qPrintable(failed.error().message));
        QCOMPARE(CaseRepository(db).count().value(), 1);

        CaseRecord again;
        again.setValue(u"person_name"_s, u"After the fault"_s);
        again.setValue(u"release_plan"_s, QString(20000, u'p'));
        auto retried = CaseRepository(db).create(again);
        QVERIFY2(retried.ok(), qPrintable(retried.error().fullText()));
        QCOMPARE(CaseRepository(db).count().value(), 2);
        QCOMPARE(Sql::scalar(db.connection(), u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
