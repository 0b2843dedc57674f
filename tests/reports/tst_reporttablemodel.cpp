// ReportTableModel under QAbstractItemModelTester, over a hand-made table and over real reports.
#include "ReportFixture.h"
#include "TestDatabase.h"

#include "reports/ReportService.h"
#include "reports/ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestReportTableModel : public QObject
{
    Q_OBJECT

    static ReportTable sample()
    {
        ReportTable t;
        t.id = u"sample"_s;
        t.title = u"Sample"_s;
        t.columnKeys = {u"label"_s, u"count"_s, u"days"_s};
        t.columnTitles = {u"Label"_s, u"Count"_s, u"Days"_s};
        t.rows = {{u"First"_s, qint64(1234), 2.25}, {u"Second"_s, qint64(0), QVariant()}};
        return t;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void displaysAndKeepsRawValues()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTable(sample());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Count"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"First"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"1,234"_s);
        QCOMPARE(model.index(0, 1).data(Qt::EditRole).toLongLong(), 1234);
        QVERIFY(model.index(0, 2).data().toString().startsWith(u"2."_s)); // one decimal, rounded by QLocale
        QCOMPARE(model.index(0, 2).data().toString().size(), 3);
        QCOMPARE(model.index(0, 2).data(ReportTableModel::SortRole).toDouble(), 2.25);
        QCOMPARE(model.index(1, 2).data().toString(), QString());
        QCOMPARE(model.index(1, 2).data(Qt::AccessibleTextRole).toString(), u"no figure"_s);
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
        QVERIFY(!model.isNumeric(0));
        QVERIFY(model.isNumeric(1));
        QCOMPARE(model.number(0, 1), 1234.0);
        QCOMPARE(model.number(5, 1), 0.0);
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void everyRealReportPassesTheTester()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        QCOMPARE(test::buildReportDemo(db.db(), 120, 12, 7), QString());
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (ReportService::Report r : ReportService::reports()) {
            auto t = ReportService(db.connection()).run(r, ReportPeriod::allTime());
            QVERIFY(t);
            model.setTable(*t);
            QCOMPARE(model.rowCount(), t->rowCount());
            QCOMPARE(model.columnCount(), t->columnCount());
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
