// DistrictCatalog: the 94 U.S. district courts, found by code, by name or by the usual abbreviation.
#include "domain/DistrictCatalog.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestDistrictCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void all_hasTheNinetyFourDistricts();
    void all_codesAreUniqueLowerCaseAndNamed();
    void all_circuitsAreTheTwelveRegionalCircuits();
    void byCode_knownAndUnknown();
    void normalize_findsDistrict_data();
    void normalize_findsDistrict();
    void normalize_unknown_givesEmpty_data();
    void normalize_unknown_givesEmpty();
    void normalize_everyCodeNameAndAbbreviationRoundTrips();
    void normalize_bluebookAbbreviations_data();
    void normalize_bluebookAbbreviations();
};

void TestDistrictCatalog::all_hasTheNinetyFourDistricts()
{
    QCOMPARE(DistrictCatalog::all().size(), 94);
}

void TestDistrictCatalog::all_codesAreUniqueLowerCaseAndNamed()
{
    QSet<QString> codes;
    QSet<QString> names;
    for (const District &d : DistrictCatalog::all()) {
        QVERIFY2(!d.code.isEmpty() && d.code == d.code.toLower(), qPrintable(d.code));
        QVERIFY2(!codes.contains(d.code), qPrintable(u"duplicate code "_s + d.code));
        QVERIFY2(!names.contains(d.name), qPrintable(u"duplicate name "_s + d.name));
        QVERIFY2(d.name.contains(u"District"_s), qPrintable(d.name));
        QCOMPARE(d.state.size(), 2);
        codes.insert(d.code);
        names.insert(d.name);
    }
}

void TestDistrictCatalog::all_circuitsAreTheTwelveRegionalCircuits()
{
    QSet<QString> circuits;
    for (const District &d : DistrictCatalog::all())
        circuits.insert(d.circuit);
    const QSet<QString> expected = {u"1"_s, u"2"_s, u"3"_s, u"4"_s,  u"5"_s,  u"6"_s,
                                    u"7"_s, u"8"_s, u"9"_s, u"10"_s, u"11"_s, u"DC"_s};
    QCOMPARE(circuits, expected);
}

void TestDistrictCatalog::byCode_knownAndUnknown()
{
    const District *sdny = DistrictCatalog::byCode(u"nysd");
    QVERIFY(sdny);
    QCOMPARE(sdny->name, u"Southern District of New York"_s);
    QCOMPARE(sdny->circuit, u"2"_s);
    QCOMPARE(sdny->state, u"NY"_s);
    QVERIFY(!DistrictCatalog::byCode(u"NYSD")); // codes are exact; normalize() is the forgiving lookup
    QVERIFY(!DistrictCatalog::byCode(u"xxd"));
    QVERIFY(!DistrictCatalog::byCode(u""));
}

void TestDistrictCatalog::normalize_findsDistrict_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << u"nysd"_s << u"nysd"_s;
    QTest::newRow("code upper case") << u"NYSD"_s << u"nysd"_s;
    QTest::newRow("code with spaces") << u"  txnd "_s << u"txnd"_s;
    QTest::newRow("name") << u"Southern District of New York"_s << u"nysd"_s;
    QTest::newRow("name any case") << u"southern district of new york"_s << u"nysd"_s;
    QTest::newRow("abbreviation S.D.N.Y.") << u"S.D.N.Y."_s << u"nysd"_s;
    QTest::newRow("abbreviation SDNY") << u"SDNY"_s << u"nysd"_s;
    QTest::newRow("abbreviation E.D. Pa. style") << u"E.D.PA."_s << u"paed"_s;
    QTest::newRow("abbreviation D.D.C.") << u"D.D.C."_s << u"dcd"_s;
    QTest::newRow("abbreviation D.N.J.") << u"D.N.J."_s << u"njd"_s;
    QTest::newRow("abbreviation N.D. Tex") << u"N.D.TX"_s << u"txnd"_s;
    QTest::newRow("District of Columbia") << u"District of Columbia"_s << u"dcd"_s;
    QTest::newRow("Northern Mariana Islands") << u"District of the Northern Mariana Islands"_s << u"nmid"_s;
    QTest::newRow("New Mexico code") << u"nmd"_s << u"nmd"_s;
}

void TestDistrictCatalog::normalize_findsDistrict()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QCOMPARE(DistrictCatalog::normalize(input), code);
}

void TestDistrictCatalog::normalize_unknown_givesEmpty_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("unknown code") << u"zzd"_s;
    QTest::newRow("state court") << u"Superior Court of California"_s;
    QTest::newRow("name prefix only") << u"Southern District"_s;
    QTest::newRow("punctuation only") << u"..."_s;
    QTest::newRow("digits") << u"054"_s;
}

void TestDistrictCatalog::normalize_unknown_givesEmpty()
{
    QFETCH(QString, input);
    QCOMPARE(DistrictCatalog::normalize(input), QString());
}

void TestDistrictCatalog::normalize_everyCodeNameAndAbbreviationRoundTrips()
{
    // Each spelling must lead back to its own district and not to a neighbour whose letters collide.
    for (const District &d : DistrictCatalog::all()) {
        QCOMPARE(DistrictCatalog::normalize(d.code), d.code);
        QCOMPARE(DistrictCatalog::normalize(d.name), d.code);
        QCOMPARE(DistrictCatalog::normalize(d.name.toUpper()), d.code);
        QString dotted; // "nysd" -> "S.D.N.Y."
        for (QChar c : QString(d.code.mid(2) + d.code.left(2)))
            dotted += c.toUpper() + u'.';
        QCOMPARE(DistrictCatalog::normalize(dotted), d.code);
    }
}

void TestDistrictCatalog::normalize_bluebookAbbreviations_data()
{
    // How judgments, dockets and families actually write the court (Bluebook table T1/T10): the state is
    // abbreviated as a word, not as its two-letter postal code.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("N.D. Cal.") << u"N.D. Cal."_s << u"cand"_s;
    QTest::newRow("S.D. Fla.") << u"S.D. Fla."_s << u"flsd"_s;
    QTest::newRow("N.D. Tex.") << u"N.D. Tex."_s << u"txnd"_s;
    QTest::newRow("D. Mass.") << u"D. Mass."_s << u"mad"_s;
    QTest::newRow("N.D. Ill.") << u"N.D. Ill."_s << u"ilnd"_s;
    QTest::newRow("E.D. Mich.") << u"E.D. Mich."_s << u"mied"_s;
}

void TestDistrictCatalog::normalize_bluebookAbbreviations()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QCOMPARE(DistrictCatalog::normalize(input), code);
}

QTEST_GUILESS_MAIN(TestDistrictCatalog)
#include "tst_districtcatalog.moc"
