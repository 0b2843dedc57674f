// ExternalChangeWatcher: a commit by another connection to the same file is noticed; our own commits and
// idle ticks are not.
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/ExternalChangeWatcher.h"

#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestExternalChangeWatcher : public QObject
{
    Q_OBJECT
private slots:
    void otherConnectionsCommit_isNoticedOnce()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        auto other = Database::open(t.path());
        QVERIFY(other.ok());

        ExternalChangeWatcher watcher(t.connection());
        QSignalSpy spy(&watcher, &ExternalChangeWatcher::changedElsewhere);
        watcher.start();
        watcher.check();
        QCOMPARE(spy.count(), 0); // nothing happened

        CaseRecord mine = test::validCase();
        QVERIFY(CaseRepository(t.db()).create(mine).ok());
        watcher.check();
        QCOMPARE(spy.count(), 0); // our own commit is not news

        CaseRecord theirs = test::validCase();
        theirs.setValue(u"submission_id"_s, u"other-desk-1"_s);
        QVERIFY(CaseRepository(**other).create(theirs).ok());
        // SQLite's counter has moved at the commit; a server's notification is on its way over the network.
        QTRY_VERIFY_WITH_TIMEOUT((watcher.check(), spy.count() == 1), 5000);
        QCOMPARE(spy.count(), 1);
        watcher.check();
        QCOMPARE(spy.count(), 1); // once per change
    }

    void timer_checksByItself()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        auto other = Database::open(t.path());
        QVERIFY(other.ok());
        ExternalChangeWatcher watcher(t.connection());
        watcher.setInterval(20);
        QSignalSpy spy(&watcher, &ExternalChangeWatcher::changedElsewhere);
        watcher.start();
        CaseRecord theirs = test::validCase();
        QVERIFY(CaseRepository(**other).create(theirs).ok());
        QTRY_COMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExternalChangeWatcher)
#include "tst_externalchangewatcher.moc"
