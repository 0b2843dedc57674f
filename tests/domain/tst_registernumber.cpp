// RegisterNumber: the BOP register number NNNNN-NNN, accepted in the forms families actually type.
#include "domain/RegisterNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestRegisterNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_acceptedForms_giveCanonical_data();
    void normalize_acceptedForms_giveCanonical();
    void normalize_malformed_givesEmpty_data();
    void normalize_malformed_givesEmpty();
    void normalize_isIdempotent();
};

void TestRegisterNumber::normalize_acceptedForms_giveCanonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << u"12345-054"_s << u"12345-054"_s;
    QTest::newRow("eight digits") << u"12345054"_s << u"12345-054"_s;
    QTest::newRow("space separator") << u"12345 054"_s << u"12345-054"_s;
    QTest::newRow("surrounding spaces") << u"  12345-054 \t"_s << u"12345-054"_s;
    QTest::newRow("leading zeros kept") << u"00012-001"_s << u"00012-001"_s;
    QTest::newRow("all zeros") << u"00000000"_s << u"00000-000"_s;
}

void TestRegisterNumber::normalize_acceptedForms_giveCanonical()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(RegisterNumber::normalize(input), expected);
    QVERIFY(RegisterNumber::isValid(input));
}

void TestRegisterNumber::normalize_malformed_givesEmpty_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("seven digits") << u"1234505"_s;
    QTest::newRow("nine digits") << u"123450541"_s;
    QTest::newRow("dash in wrong place") << u"1234-5054"_s;
    QTest::newRow("dash at end") << u"12345054-"_s;
    QTest::newRow("two dashes") << u"12345--054"_s;
    QTest::newRow("dash and space") << u"12345- 054"_s;
    QTest::newRow("letters") << u"12345-05A"_s;
    QTest::newRow("slash") << u"12345/054"_s;
    QTest::newRow("dot") << u"12345.054"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663\u0664\u0665-\u0660\u0665\u0664"_s;
    QTest::newRow("fullwidth digits") << u"\uFF11\uFF12\uFF13\uFF14\uFF15\uFF10\uFF15\uFF14"_s;
    QTest::newRow("sql") << u"12345-054' OR '1'='1"_s;
}

void TestRegisterNumber::normalize_malformed_givesEmpty()
{
    QFETCH(QString, input);
    QCOMPARE(RegisterNumber::normalize(input), QString());
    QVERIFY(!RegisterNumber::isValid(input));
}

void TestRegisterNumber::normalize_isIdempotent()
{
    const QString once = RegisterNumber::normalize(u"98765432"_s);
    QCOMPARE(once, u"98765-432"_s);
    QCOMPARE(RegisterNumber::normalize(once), once);
}

QTEST_GUILESS_MAIN(TestRegisterNumber)
#include "tst_registernumber.moc"
