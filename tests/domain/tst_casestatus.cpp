// CaseStatus: the pipeline a request moves through, and which moves are allowed.
#include "domain/CaseStatus.h"

#include <QQueue>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestCaseStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes_areThePipeline();
    void canMove_data();
    void canMove();
    void allowedNext_onlyValidCodesAndNoSelfMoves();
    void allowedNext_unknownStatus_isEmpty();
    void everyStatus_isReachableFromReceived();
    void label_isHumanText();
};

void TestCaseStatus::codes_areThePipeline()
{
    const QStringList expected = {u"received"_s,    u"screening"_s, u"needs_info"_s,   u"screened_out"_s,
                                  u"screened_in"_s, u"matched"_s,   u"motion_filed"_s, u"granted"_s,
                                  u"denied"_s,      u"withdrawn"_s, u"closed"_s};
    QCOMPARE(CaseStatus::codes(), expected);
    QVERIFY(CaseStatus::isValid(u"screening"));
    QVERIFY(!CaseStatus::isValid(u"Screening"));
    QVERIFY(!CaseStatus::isValid(u""));
    QVERIFY(!CaseStatus::isValid(u"archived"));
}

void TestCaseStatus::canMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    // The happy path.
    QTest::newRow("received -> screening") << u"received"_s << u"screening"_s << true;
    QTest::newRow("screening -> screened_in") << u"screening"_s << u"screened_in"_s << true;
    QTest::newRow("screened_in -> matched") << u"screened_in"_s << u"matched"_s << true;
    QTest::newRow("matched -> motion_filed") << u"matched"_s << u"motion_filed"_s << true;
    QTest::newRow("motion_filed -> granted") << u"motion_filed"_s << u"granted"_s << true;
    QTest::newRow("motion_filed -> denied") << u"motion_filed"_s << u"denied"_s << true;
    QTest::newRow("granted -> closed") << u"granted"_s << u"closed"_s << true;
    QTest::newRow("denied -> closed") << u"denied"_s << u"closed"_s << true;
    // Side roads.
    QTest::newRow("screening -> needs_info") << u"screening"_s << u"needs_info"_s << true;
    QTest::newRow("needs_info -> screening") << u"needs_info"_s << u"screening"_s << true;
    QTest::newRow("screening -> screened_out") << u"screening"_s << u"screened_out"_s << true;
    QTest::newRow("screened_out -> screening (second look)") << u"screened_out"_s << u"screening"_s << true;
    QTest::newRow("matched -> screened_in (volunteer withdrew)") << u"matched"_s << u"screened_in"_s << true;
    QTest::newRow("received -> withdrawn") << u"received"_s << u"withdrawn"_s << true;
    QTest::newRow("motion_filed -> withdrawn") << u"motion_filed"_s << u"withdrawn"_s << true;
    QTest::newRow("withdrawn -> closed") << u"withdrawn"_s << u"closed"_s << true;
    QTest::newRow("closed -> screening (reopened)") << u"closed"_s << u"screening"_s << true;
    // Refused.
    QTest::newRow("received -> granted") << u"received"_s << u"granted"_s << false;
    QTest::newRow("received -> matched") << u"received"_s << u"matched"_s << false;
    QTest::newRow("screening -> motion_filed") << u"screening"_s << u"motion_filed"_s << false;
    QTest::newRow("screened_out -> matched") << u"screened_out"_s << u"matched"_s << false;
    QTest::newRow("matched -> granted") << u"matched"_s << u"granted"_s << false;
    QTest::newRow("granted -> denied") << u"granted"_s << u"denied"_s << false;
    QTest::newRow("denied -> motion_filed") << u"denied"_s << u"motion_filed"_s << false;
    QTest::newRow("closed -> received") << u"closed"_s << u"received"_s << false;
    QTest::newRow("closed -> granted") << u"closed"_s << u"granted"_s << false;
    QTest::newRow("anything -> received") << u"screening"_s << u"received"_s << false;
    QTest::newRow("same status") << u"screening"_s << u"screening"_s << false;
    QTest::newRow("unknown from") << u"archived"_s << u"closed"_s << false;
    QTest::newRow("unknown to") << u"received"_s << u"archived"_s << false;
}

void TestCaseStatus::canMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(CaseStatus::canMove(from, to), allowed);
    QCOMPARE(CaseStatus::allowedNext(from).contains(to), allowed);
}

void TestCaseStatus::allowedNext_onlyValidCodesAndNoSelfMoves()
{
    for (const QString &from : CaseStatus::codes()) {
        const QStringList next = CaseStatus::allowedNext(from);
        QVERIFY2(!next.isEmpty(), qPrintable(from + u" is a dead end"_s));
        QVERIFY2(!next.contains(from), qPrintable(from));
        QVERIFY2(!next.contains(u"received"_s), qPrintable(from));
        for (const QString &to : next)
            QVERIFY2(CaseStatus::isValid(to), qPrintable(from + u" -> "_s + to));
    }
}

void TestCaseStatus::allowedNext_unknownStatus_isEmpty()
{
    QVERIFY(CaseStatus::allowedNext(u"archived").isEmpty());
    QVERIFY(CaseStatus::allowedNext(u"").isEmpty());
    QVERIFY(CaseStatus::allowedNext(u"RECEIVED").isEmpty());
}

void TestCaseStatus::everyStatus_isReachableFromReceived()
{
    QSet<QString> seen{u"received"_s};
    QQueue<QString> queue;
    queue.enqueue(u"received"_s);
    while (!queue.isEmpty()) {
        for (const QString &to : CaseStatus::allowedNext(queue.dequeue())) {
            if (!seen.contains(to)) {
                seen.insert(to);
                queue.enqueue(to);
            }
        }
    }
    const QStringList codes = CaseStatus::codes();
    QCOMPARE(seen, QSet<QString>(codes.begin(), codes.end()));
}

void TestCaseStatus::label_isHumanText()
{
    QCOMPARE(CaseStatus::label(u"needs_info"), u"Needs information"_s);
    QCOMPARE(CaseStatus::label(u"screened_out"), u"Screened out (referred)"_s);
    for (const QString &code : CaseStatus::codes()) {
        const QString label = CaseStatus::label(code);
        QVERIFY2(!label.contains(u'_'), qPrintable(label));
        QVERIFY2(label.at(0).isUpper(), qPrintable(label));
    }
    QCOMPARE(CaseStatus::label(u"archived"), u"archived"_s);
}

QTEST_GUILESS_MAIN(TestCaseStatus)
#include "tst_casestatus.moc"
