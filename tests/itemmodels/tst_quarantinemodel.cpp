// Tests for QuarantineModel: the rejected rows of earlier imports, checked with QAbstractItemModelTester
// through loads, retries and discards.
#include "io/ImportService.h"
#include "itemmodels/QuarantineModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace ch;

class TestQuarantineModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::FreshLocations m_locations;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    static QString fixture(const QString &name)
    {
        return QStringLiteral(CH_FIXTURES_DIR) + u"/import/"_s + name;
    }

private slots:
    void init()
    {
        auto db = Database::open(m_locations.next(u"q%1.db"_s.arg(++m_n)));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void emptyDatabaseGivesAnEmptyModel()
    {
        QuarantineModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(QuarantineModel::ColumnCount));
        QCOMPARE(model.entryAt(0), nullptr);
        QCOMPARE(model.headerData(QuarantineModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
    }

    void showsFileRowFieldReasonAndValues()
    {
        QVERIFY(ImportService(m_db->connection()).importFile(fixture(u"bad_date.csv"_s), {}));
        QVERIFY(ImportService(m_db->connection()).importFile(fixture(u"ragged.csv"_s), {}));
        QuarantineModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.reload());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, QuarantineModel::FileColumn).data().toString(), u"bad_date.csv"_s);
        QCOMPARE(model.index(1, QuarantineModel::RowColumn).data().toString(), u"3"_s);
        QCOMPARE(model.index(1, QuarantineModel::RowColumn).data(QuarantineModel::RawValueRole).toLongLong(),
                 3);
        QCOMPARE(model.index(1, QuarantineModel::FieldColumn).data().toString(), u"date_of_birth"_s);
        QVERIFY(model.index(1, QuarantineModel::ReasonColumn).data().toString().contains(u"not a date"_s));
        QVERIFY(model.index(1, QuarantineModel::ValuesColumn)
                    .data()
                    .toString()
                    .contains(u"date_of_birth: 1950-02-30"_s));
        QCOMPARE(model.index(3, QuarantineModel::FieldColumn).data().toString(), u"(whole row)"_s);
        const qint64 id = model.index(1, 0).data(QuarantineModel::EntryIdRole).toLongLong();
        QCOMPARE(model.rowOfEntry(id), 1);
        QCOMPARE(model.entryAt(1)->id, id);

        // Retried and discarded rows leave the list.
        ImportService service(m_db->connection());
        QVERIFY(service.retryQuarantined(id, {{u"date_of_birth"_s, u"1950-02-28"_s}}));
        QVERIFY(service.discardQuarantined(model.entryAt(0)->id));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOfEntry(id), -1);
    }

    void longValuesAreCutInTheValuesColumn()
    {
        QuarantineEntry e;
        e.values = QJsonObject{{u"a"_s, QString(100, u'x')}, {u"b"_s, u""_s}, {u"c"_s, u"two\nlines"_s}};
        const QString text = QuarantineModel::valuesText(e);
        QVERIFY(text.startsWith(u"a: xxx"_s));
        QVERIFY(text.contains(u'…'));
        QVERIFY(!text.contains(u"b:"_s));
        QVERIFY(text.endsWith(u"c: two lines"_s));
    }
};

QTEST_GUILESS_MAIN(TestQuarantineModel)
#include "tst_quarantinemodel.moc"
