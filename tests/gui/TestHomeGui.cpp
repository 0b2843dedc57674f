// The home screen in the real main window: queue sizes in the list, and an item opens its case.
#include "CaseDetailView.h"
#include "GuiFixture.h"
#include "HomePage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "itemmodels/WorkQueueModel.h"

#include <QListWidget>
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
        QCOMPARE(list->item(0)->text(), u"New submissions to screen (1)"_s);
        auto *table = window.findChild<QTableView *>(u"queueTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *view = qobject_cast<CaseDetailView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->caseId(), id);
        QCOMPARE(MessageBox::unexpectedCount(), 0);
    }
};

QTEST_MAIN(TestHomeGui)
#include "TestHomeGui.moc"
