// BackgroundRead on both backends: the worker reads the source's database over a connection of its own
// that cannot write, and cancel() stops a long read (sqlite3_interrupt, or libpq's cancel request) and
// drops its answer.
#include "storage/BackgroundRead.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace ch;

class TestBackgroundRead : public QObject
{
    Q_OBJECT
private slots:
    void readsTheSourceDatabase()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        CaseRecord c = test::validCase();
        QVERIFY(CaseRepository(t.db()).create(c).ok());

        BackgroundRead read(t.connection());
        QSignalSpy finished(&read, &BackgroundRead::finished);
        QSignalSpy failed(&read, &BackgroundRead::failed);
        read.start([](const QSqlDatabase &db, QString *error) -> QVariant {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT count(*) FROM cases"_s) || !q.next()) {
                *error = q.lastError().text();
                return {};
            }
            return q.value(0).toLongLong();
        });
        QVERIFY(read.waitForFinished());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toLongLong(), qint64(1));
    }

    void workerConnectionCannotWrite()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        BackgroundRead read(t.connection());
        QSignalSpy finished(&read, &BackgroundRead::finished);
        read.start([](const QSqlDatabase &db, QString *) -> QVariant {
            QSqlQuery q(db);
            return q.exec(u"INSERT INTO settings(key, value, updated_at) VALUES ('x', 'y', 'z')"_s);
        });
        QVERIFY(read.waitForFinished());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false); // refused
        QCOMPARE(test::scalar(t.connection(), u"SELECT count(*) FROM settings WHERE key = 'x'"_s).toInt(), 0);
    }

    void cancel_stopsALongReadAndDropsItsAnswer()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        BackgroundRead read(t.connection());
        QSignalSpy finished(&read, &BackgroundRead::finished);
        QSignalSpy failed(&read, &BackgroundRead::failed);
        auto started = std::make_shared<std::atomic_bool>(false);
        auto interrupted = std::make_shared<std::atomic_bool>(false);
        read.start([started, interrupted](const QSqlDatabase &db, QString *error) -> QVariant {
            QSqlQuery q(db);
            started->store(true);
            // A billion rows: minutes on either backend, unless the read is stopped.
            if (!q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
                        " SELECT count(*) FROM n"_s)) {
                interrupted->store(true);
                *error = q.lastError().text();
                return {};
            }
            return q.next() ? q.value(0) : QVariant();
        });
        QTRY_VERIFY(started->load());
        QTest::qWait(500); // the statement is running on the worker by now
        QElapsedTimer timer;
        timer.start();
        read.cancel();
        QVERIFY(!read.isRunning());
        QVERIFY(read.waitForFinished(60000));
        QVERIFY2(timer.elapsed() < 20000, "the read should stop soon after cancel()");
        QVERIFY(interrupted->load());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0); // a stopped read's error is nobody's business either
    }
};

QTEST_GUILESS_MAIN(TestBackgroundRead)
#include "tst_backgroundread.moc"
