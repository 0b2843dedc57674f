// Sql::StatementCache: a bulk write compiles each statement once, and only for the connection it was made for.

#include "storage/SqlHelpers.h"

#include "TestDatabase.h"
#include "storage/Dialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestSqlHelpers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cache_compilesEachStatementOnce();
    void cache_servesOnlyItsConnection();
    void cache_nestedCachesRestoreTheOuterOne();
    void execRaw_usesTheCacheOfItsOwnConnectionOnly();
    void cachedStatement_bindsAfresh();
};

void TestSqlHelpers::cache_compilesEachStatementOnce()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    Sql::StatementCache cache(t.connection());
    for (int i = 0; i < 3; ++i) {
        auto v = Sql::scalar(t.connection(), u"SELECT :x + 1"_s, {{":x", i}});
        QVERIFY(v);
        QCOMPARE(v->toInt(), i + 1);
    }
    QCOMPARE(cache.size(), 1);
    QVERIFY(Sql::scalar(t.connection(), u"SELECT 2"_s));
    QCOMPARE(cache.size(), 2);
}

void TestSqlHelpers::cache_servesOnlyItsConnection()
{
    test::TestDatabase a;
    test::TestDatabase b;
    QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error() + b.error()));
    Sql::StatementCache cache(a.connection());
    QVERIFY(cache.serves(a.connection()));
    QVERIFY(!cache.serves(b.connection()));
    // A statement for b is compiled on b and not kept: a cached one would run on a's file.
    QVERIFY(Sql::execRaw(b.connection(), u"CREATE TABLE only_in_b(x TEXT)"_s));
    QVERIFY(Sql::run(b.connection(), u"INSERT INTO only_in_b(x) VALUES ('b')"_s));
    const QString tableCount = a.isShared()
                                   ? u"SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_b'"
                                     " AND table_schema = current_schema()"_s
                                   : u"SELECT count(*) FROM sqlite_master WHERE name = 'only_in_b'"_s;
    auto inB = Sql::scalar(b.connection(), tableCount);
    QVERIFY(inB);
    QCOMPARE(inB->toInt(), 1);
    QCOMPARE(cache.size(), 0);
    auto inA = Sql::scalar(a.connection(), tableCount);
    QVERIFY(inA);
    QCOMPARE(inA->toInt(), 0);
    QCOMPARE(cache.size(), 1);
}

void TestSqlHelpers::cache_nestedCachesRestoreTheOuterOne()
{
    test::TestDatabase a;
    test::TestDatabase b;
    QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error() + b.error()));
    Sql::StatementCache outer(a.connection());
    {
        Sql::StatementCache inner(b.connection());
        QCOMPARE(inner.previous(), &outer);
        // The inner cache is for b; a's statements still go to the outer one.
        QVERIFY(Sql::scalar(a.connection(), u"SELECT 1"_s));
        QVERIFY(Sql::scalar(b.connection(), u"SELECT 1"_s));
        QCOMPARE(outer.size(), 1);
        QCOMPARE(inner.size(), 1);
    }
    QVERIFY(Sql::scalar(a.connection(), u"SELECT 2"_s));
    QCOMPARE(outer.size(), 2);
}

void TestSqlHelpers::execRaw_usesTheCacheOfItsOwnConnectionOnly()
{
    test::TestDatabase a;
    test::TestDatabase b;
    QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error() + b.error()));
    Sql::StatementCache cache(a.connection());
    QVERIFY(Sql::execRaw(b.connection(), u"BEGIN"_s));
    QVERIFY(Sql::execRaw(b.connection(), u"SAVEPOINT sp_b"_s));
    QVERIFY(Sql::execRaw(b.connection(), u"RELEASE sp_b"_s));
    QVERIFY(Sql::execRaw(b.connection(), u"COMMIT"_s));
    QCOMPARE(cache.size(), 0);
    QVERIFY(Sql::execRaw(a.connection(), u"BEGIN"_s));
    QVERIFY(Sql::execRaw(a.connection(), u"SAVEPOINT sp_a"_s));
    QVERIFY(Sql::execRaw(a.connection(), u"RELEASE sp_a"_s));
    // PostgreSQL prepares no SAVEPOINT: there they run uncompiled and the cache stays empty.
    QCOMPARE(cache.size(), a.isShared() ? 0 : 3);
    // A statement that fails is reported, not kept half-done.
    const Status bad = Sql::execRaw(a.connection(), u"RELEASE no_such_savepoint"_s);
    QVERIFY(!bad);
    QVERIFY(!bad.error().message.isEmpty());
    QVERIFY(Sql::execRaw(a.connection(), u"ROLLBACK"_s));
}

void TestSqlHelpers::cachedStatement_bindsAfresh()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QVERIFY(Sql::execRaw(t.connection(), u"CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT)"_s));
    Sql::StatementCache cache(t.connection());
    for (const auto &[k, v] : {std::pair{u"a"_s, u"1"_s}, std::pair{u"b"_s, u"2"_s}})
        QVERIFY(Sql::run(t.connection(), u"INSERT INTO kv(k, v) VALUES (:k, :v)"_s, {{":k", k}, {":v", v}}));
    auto joined = Sql::scalar(t.connection(), u"SELECT "_s
                                                  + Dialect::groupConcat(Dialect::of(t.connection()), u"k || '=' || v"_s, u","_s)
                                                  + u" FROM (SELECT k, v FROM kv ORDER BY k) AS sorted"_s);
    QVERIFY(joined);
    QCOMPARE(joined->toString(), u"a=1,b=2"_s);
    QCOMPARE(cache.size(), 2); // one INSERT compiled once, one SELECT
}

QTEST_GUILESS_MAIN(TestSqlHelpers)
#include "tst_sqlhelpers.moc"
