// The home screen in the real main window: queue sizes in the list, and an item opens its case.
#include "CaseDetailView.h"
#include "FollowUpsPanel.h"
#include "GuiFixture.h"
#include "HomePage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "itemmodels/WorkQueueModel.h"
#include "storage/CaseRepository.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestHomeGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setTestMode(true);
    }

    void queueItemOpensItsCase()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"home.db"_s));
        QVERIFY(db.ok());
        const qint64 id = test::seed(**db, test::makeCase(u"Rita Received"_s, u"12345-004"_s));
        MainWindow window(**db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showHome();
        QCOMPARE(window.tabs()->currentWidget(), window.home());
        auto *list = window.findChild<QListWidget *>(u"queueList"_s);
        QVERIFY(list);
        QTRY_COMPARE(list->item(0)->text(), u"New submissions to screen (1)"_s); // computed on a worker thread
        auto *table = window.findChild<QTableView *>(u"queueTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *view = qobject_cast<CaseDetailView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->caseId(), id);

        // A follow-up typed into the case view shows in the home screen's "Follow-ups due" queue.
        auto *title = view->findChild<QLineEdit *>(u"followUpTitle"_s);
        auto *due = view->findChild<QDateEdit *>(u"followUpDue"_s);
        QVERIFY(title && due);
        due->setDate(QDate::currentDate().addDays(-1));
        QTest::keyClicks(title, u"Call the daughter"_s);
        QTest::keyClick(title, Qt::Key_Return);
        auto *tasks = view->findChild<QTreeWidget *>(u"followUpList"_s);
        QCOMPARE(tasks->topLevelItemCount(), 1);
        QCOMPARE(tasks->topLevelItem(0)->text(3), u"Overdue"_s);
        QVERIFY(tasks->topLevelItem(0)->font(0).bold());
        window.showHome();
        auto *queues = window.findChild<QListWidget *>(u"queueList"_s);
        QTRY_COMPARE(queues->item(1)->text(), u"Follow-ups due (1)"_s);
        tasks->setCurrentItem(tasks->topLevelItem(0));
        QVERIFY(view->followUps()->completeSelected());
        QVERIFY(tasks->topLevelItem(0)->text(3).startsWith(u"Done"_s));
        window.showHome();
        QTRY_COMPARE(queues->item(1)->text(), u"Follow-ups due (0)"_s);
        QCOMPARE(MessageBox::unexpectedCount(), 0);
    }

    void waitingQueue_saysUrgentButNotTheIllness()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"home.db"_s));
        QVERIFY(db.ok());
        const qint64 id = test::seed(**db, test::makeCase(u"Tomas Terminal"_s, u"12345-004"_s)); // terminal illness
        QVERIFY(id);
        for (const QString &to : {u"screening"_s, u"screened_in"_s})
            QVERIFY(CaseRepository(**db).changeStatus(id, to).ok());
        MainWindow window(**db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showHome();
        auto *list = window.findChild<QListWidget *>(u"queueList"_s);
        QVERIFY(list);
        int waiting = -1;
        QTRY_VERIFY([&] {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text().startsWith(u"Waiting"_s) && list->item(i)->text().endsWith(u"(1)"_s))
                    waiting = i;
            }
            return waiting >= 0;
        }());
        list->setCurrentRow(waiting);
        auto *table = window.findChild<QTableView *>(u"queueTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QString shown;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QModelIndex cell = table->model()->index(0, column);
            shown += cell.data().toString() + u' ' + cell.data(Qt::ToolTipRole).toString() + u' ';
        }
        QVERIFY2(shown.contains(u"Tomas Terminal"_s) && shown.contains(u"Urgent"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"terminal illness"_s, Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(MessageBox::unexpectedCount(), 0);
    }
};

QTEST_MAIN(TestHomeGui)
#include "TestHomeGui.moc"
