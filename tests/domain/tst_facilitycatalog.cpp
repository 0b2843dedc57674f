// FacilityCatalog: the Bureau of Prisons institutions and their states, so that matching knows where a
// person is held from the facility as staff write it ("FMC Butner"), with or without ", NC".
#include "demo/DemoDataGenerator.h"
#include "domain/FacilityCatalog.h"
#include "domain/VolunteerValidator.h"
#include "matching/MatchCase.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestFacilityCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void all_namesAreUniqueWithKnownStates();
    void all_flagsTheFederalMedicalCenters();
    void stateOf_findsTheInstitutionInFreeText_data();
    void stateOf_findsTheInstitutionInFreeText();
    void stateOf_everyCatalogueNameRoundTrips();
    void stateOfFacility_suffixFirstThenCatalogue();
    void demoFacilities_allHaveAState();
};

void TestFacilityCatalog::all_namesAreUniqueWithKnownStates()
{
    QVERIFY(FacilityCatalog::all().size() > 100);
    QSet<QString> names;
    const QStringList states = VolunteerValidator::stateCodes();
    for (const Facility &f : FacilityCatalog::all()) {
        QVERIFY2(!names.contains(f.name), qPrintable(u"duplicate "_s + f.name));
        names.insert(f.name);
        QVERIFY2(states.contains(f.state), qPrintable(f.name + u": "_s + f.state));
        QVERIFY2(f.name.contains(f.location), qPrintable(f.name));
    }
}

void TestFacilityCatalog::all_flagsTheFederalMedicalCenters()
{
    QStringList medical;
    for (const Facility &f : FacilityCatalog::all()) {
        if (f.medical)
            medical << f.location;
    }
    medical.sort();
    QCOMPARE(medical, (QStringList{u"Butner"_s, u"Carswell"_s, u"Devens"_s, u"Fort Worth"_s, u"Lexington"_s,
                                   u"Rochester"_s, u"Springfield"_s}));
}

void TestFacilityCatalog::stateOf_findsTheInstitutionInFreeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("state");
    QTest::newRow("medical center") << u"FMC Butner"_s << u"NC"_s;
    QTest::newRow("complex unit") << u"FCI Butner Medium I"_s << u"NC"_s;
    QTest::newRow("two words, any case and dash") << u"fmc fort-worth"_s << u"TX"_s;
    QTest::newRow("spelled out") << u"Federal Medical Center, Lexington"_s << u"KY"_s;
    QTest::newRow("springfield") << u"USMCFP Springfield"_s << u"MO"_s;
    QTest::newRow("terre haute") << u"USP Terre Haute"_s << u"IN"_s;
    QTest::newRow("accents") << u"FCI Tállahassee"_s << u"FL"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unknown") << u"County jail"_s << QString();
    QTest::newRow("part of a town") << u"Worth County Jail"_s << QString();
}

void TestFacilityCatalog::stateOf_findsTheInstitutionInFreeText()
{
    QFETCH(QString, text);
    QFETCH(QString, state);
    QCOMPARE(FacilityCatalog::stateOf(text), state);
}

void TestFacilityCatalog::stateOf_everyCatalogueNameRoundTrips()
{
    for (const Facility &f : FacilityCatalog::all())
        QVERIFY2(FacilityCatalog::stateOf(f.name) == f.state, qPrintable(f.name));
}

void TestFacilityCatalog::stateOfFacility_suffixFirstThenCatalogue()
{
    QCOMPARE(MatchCase::stateOfFacility(u"FMC Butner, NC"_s), u"NC"_s);
    QCOMPARE(MatchCase::stateOfFacility(u"FMC Butner"_s), u"NC"_s);
    QCOMPARE(MatchCase::stateOfFacility(u"Private facility, Florence AZ"_s), u"AZ"_s); // the text says so
    QCOMPARE(MatchCase::stateOfFacility(u"FCI Florence"_s), u"CO"_s);
    QCOMPARE(MatchCase::stateOfFacility(u"Somewhere"_s), QString());
}

void TestFacilityCatalog::demoFacilities_allHaveAState()
{
    DemoDataGenerator::Options o;
    DemoDataGenerator generator(o);
    for (int i = 0; i < 400; ++i) {
        const QString facility = generator.makeCase(i).value(u"facility");
        if (!facility.isEmpty())
            QVERIFY2(!MatchCase::stateOfFacility(facility).isEmpty(), qPrintable(facility));
    }
}

QTEST_GUILESS_MAIN(TestFacilityCatalog)
#include "tst_facilitycatalog.moc"
