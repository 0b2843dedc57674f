// CaseMerge: three-way comparison of a case as loaded, as edited, and as saved by someone else meanwhile.
#include "domain/CaseMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestCaseMerge : public QObject
{
    Q_OBJECT
private:
    static CaseRecord base()
    {
        CaseRecord r;
        r.id = 7;
        r.rowVersion = 1;
        r.setValue(u"person_name"_s, u"Maria Lopez"_s);
        r.setValue(u"facility"_s, u"FMC Butner"_s);
        r.setValue(u"offense"_s, u"Conspiracy"_s);
        r.setValue(u"medical_summary"_s, u"Diabetes"_s);
        return r;
    }

private slots:
    void differences_marksWhoChangedWhat()
    {
        CaseRecord mine = base();
        mine.setValue(u"offense"_s, u"Wire fraud"_s);
        mine.setValue(u"medical_summary"_s, u"Mine"_s);
        mine.setValue(u"person_phone"_s, u"555-0100"_s); // added by me
        CaseRecord theirs = base();
        theirs.rowVersion = 2;
        theirs.setValue(u"facility"_s, u"FCI Aliceville"_s);
        theirs.setValue(u"medical_summary"_s, u"Theirs"_s);
        theirs.setValue(u"offense"_s, u"Wire fraud"_s); // the same change on both sides: no conflict
        const QList<FieldDifference> diffs = CaseMerge::differences(base(), mine, theirs);
        QHash<QString, FieldDifference> byKey;
        for (const FieldDifference &d : diffs)
            byKey.insert(d.key, d);
        QCOMPARE(byKey.size(), 4);
        QVERIFY(byKey.value(u"facility"_s).theirsChanged && !byKey.value(u"facility"_s).mineChanged);
        QVERIFY(byKey.value(u"person_phone"_s).mineChanged && !byKey.value(u"person_phone"_s).theirsChanged);
        QVERIFY(byKey.value(u"medical_summary"_s).isConflict());
        QVERIFY(!byKey.value(u"offense"_s).isConflict());
        QCOMPARE(byKey.value(u"medical_summary"_s).base, u"Diabetes"_s);
    }

    void merge_takesOneSidedChangesAndTheChoice_data()
    {
        QTest::addColumn<bool>("chooseMine");
        QTest::addColumn<QString>("medical");
        QTest::newRow("keep mine") << true << u"Mine"_s;
        QTest::newRow("keep theirs") << false << u"Theirs"_s;
    }
    void merge_takesOneSidedChangesAndTheChoice()
    {
        QFETCH(bool, chooseMine);
        QFETCH(QString, medical);
        CaseRecord mine = base();
        mine.setValue(u"offense"_s, u"Wire fraud"_s);
        mine.setValue(u"medical_summary"_s, u"Mine"_s);
        mine.setValue(u"facility"_s, QString()); // I did not touch it: stays as loaded
        mine.setValue(u"facility"_s, u"FMC Butner"_s);
        mine.moreSubmitters << Submitter{0, u"Ana"_s, u"sister"_s, {}, {}, {}, u"es"_s};
        CaseRecord theirs = base();
        theirs.rowVersion = 2;
        theirs.setValue(u"facility"_s, u"FCI Aliceville"_s);
        theirs.setValue(u"medical_summary"_s, u"Theirs"_s);
        theirs.extraAnswers.insert(u"referral_source"_s, u"church"_s);
        const CaseRecord merged = CaseMerge::merge(
            base(), mine, theirs,
            {{u"medical_summary"_s, chooseMine ? CaseMerge::Side::Mine : CaseMerge::Side::Theirs}});
        QCOMPARE(merged.rowVersion, 2); // saved against what is stored now
        QCOMPARE(merged.value(u"offense"), u"Wire fraud"_s);
        QCOMPARE(merged.value(u"facility"), u"FCI Aliceville"_s);
        QCOMPARE(merged.value(u"medical_summary"), medical);
        QCOMPARE(merged.moreSubmitters.size(), 1);
        QCOMPARE(merged.extraAnswers.value(u"referral_source"_s).toString(), u"church"_s);
    }

    void merge_clearedByMeStaysCleared()
    {
        CaseRecord mine = base();
        mine.setValue(u"offense"_s, QString());
        CaseRecord theirs = base();
        theirs.rowVersion = 2;
        const CaseRecord merged = CaseMerge::merge(base(), mine, theirs, {});
        QVERIFY(merged.value(u"offense").isEmpty());
    }

    void merge_conflictWithoutChoiceKeepsTheirs()
    {
        CaseRecord mine = base();
        mine.setValue(u"facility"_s, u"Mine"_s);
        CaseRecord theirs = base();
        theirs.setValue(u"facility"_s, u"Theirs"_s);
        QCOMPARE(CaseMerge::merge(base(), mine, theirs, {}).value(u"facility"), u"Theirs"_s);
    }
};

QTEST_GUILESS_MAIN(TestCaseMerge)
#include "tst_casemerge.moc"
