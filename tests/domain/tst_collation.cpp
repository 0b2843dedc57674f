// Collation: names sort as the program's language expects (QCollator for QLocale()), and the SQL sort key
// ignores accents and case.
#include "core/Collation.h"

#include "SpanishNames.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ch;

class TestCollation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forNames_spanishOrder()
    {
        test::SpanishLocale spanish;
        QStringList names = test::spanishNamesUnsorted();
        std::sort(names.begin(), names.end(), &Collation::nameLess);
        QCOMPARE(names, test::spanishNamesSorted());
    }
    void forNames_followsTheDefaultLocale()
    {
        // Spanish puts "ñ" after every "n…" word; English treats it as an accented "n".
        {
            test::SpanishLocale spanish;
            QVERIFY(Collation::nameLess(u"Nuzo"_s, u"Ñaño"_s));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(Collation::nameLess(u"Ñaño"_s, u"Nuzo"_s));
    }
    void forNames_numericAndCaseInsensitive()
    {
        test::SpanishLocale spanish;
        QVERIFY(Collation::nameLess(u"Unidad 9"_s, u"unidad 10"_s));
        QCOMPARE(Collation::forNames().compare(u"ABAD"_s, u"abad"_s), 0);
        QVERIFY(!Collation::nameLess(u"abad"_s, u"abad"_s));
    }
    void sortKey_stripsAccentsAndFoldsCase()
    {
        QCOMPARE(Collation::sortKey(u"Ábrego"_s), u"abrego"_s);
        QCOMPARE(Collation::sortKey(u"Núñez"_s), Collation::sortKey(u"NUNEZ"_s));
        QCOMPARE(Collation::sortKey(u"Öztürk"_s), u"ozturk"_s);
        QCOMPARE(Collation::sortKey(u"  Zúñiga   Ortiz "_s), u"zuniga ortiz"_s);
        QCOMPARE(Collation::sortKey(u"Zu\u0301n\u0303iga"_s), u"zuniga"_s); // decomposed as typed on macOS
        QStringList keys;
        for (const QString &n : test::spanishNamesUnsorted())
            keys << Collation::sortKey(n);
        keys.sort(); // byte order of the keys, as SQLite's BINARY collation sorts them
        QCOMPARE(keys, (QStringList{u"abad"_s, u"abrego"_s, u"nunez"_s, u"nunez"_s, u"ozturk"_s, u"zuniga"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
