// ServerAddress: how a shared database's address is read, shown and handed to the driver (issue 7).

#include "storage/ServerAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void parse_readsEveryPart()
    {
        auto a = ServerAddress::parse(u"postgresql://ana.ortiz@db.example.org:6543/clearinghouse?sslmode=verify-full&connect_timeout=7"_s);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().fullText()));
        QCOMPARE(a->user(), u"ana.ortiz"_s);
        QCOMPARE(a->host(), u"db.example.org"_s);
        QCOMPARE(a->port(), 6543);
        QCOMPARE(a->database(), u"clearinghouse"_s);
        QCOMPARE(a->sslMode(), u"verify-full"_s);
        QCOMPARE(a->connectTimeoutSeconds(), 7);
        QVERIFY(a->password().isEmpty());
        QCOMPARE(a->displayText(), u"postgresql://ana.ortiz@db.example.org:6543/clearinghouse?sslmode=verify-full"_s);
        QVERIFY(a->connectOptions().contains(u"sslmode=verify-full"_s));
        QVERIFY(a->connectOptions().contains(u"connect_timeout=7"_s));
    }

    void parse_defaults_andThePostgresScheme()
    {
        auto a = ServerAddress::parse(u"  postgres://staff@10.0.0.5/office  "_s);
        QVERIFY(a);
        QCOMPARE(a->port(), 5432);
        QCOMPARE(a->sslMode(), u"prefer"_s);
        QCOMPARE(a->displayText(), u"postgresql://staff@10.0.0.5:5432/office"_s);
        QVERIFY(ServerAddress::isServerLocation(u"PostgreSQL://x@y/z"_s));
        QVERIFY(!ServerAddress::isServerLocation(u"/home/ana/clearinghouse.db"_s));
        QVERIFY(!ServerAddress::isServerLocation(u"postgresql.db"_s));
    }

    void displayText_neverShowsThePassword()
    {
        auto a = ServerAddress::parse(u"postgresql://ana:s3cr%40t@db/office"_s);
        QVERIFY(a);
        QCOMPARE(a->password(), u"s3cr@t"_s);
        QVERIFY(!a->displayText().contains(u"s3cr"_s));
        QVERIFY(!a->connectOptions().contains(u"s3cr"_s));
    }

    void parse_refusesWithASentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("a file") << u"/tmp/x.db"_s << u"postgresql://"_s;
        QTest::newRow("no host") << u"postgresql://ana@/office"_s << u"host"_s;
        QTest::newRow("no database") << u"postgresql://ana@db"_s << u"database"_s;
        QTest::newRow("nested path") << u"postgresql://ana@db/a/b"_s << u"database"_s;
        QTest::newRow("no user") << u"postgresql://db/office"_s << u"user"_s;
        QTest::newRow("port zero") << u"postgresql://ana@db:0/office"_s << u"port"_s;
        QTest::newRow("port too large") << u"postgresql://ana@db:70000/office"_s << u"address"_s;
        QTest::newRow("bad sslmode") << u"postgresql://ana@db/office?sslmode=maybe"_s << u"sslmode"_s;
        QTest::newRow("bad timeout") << u"postgresql://ana@db/office?connect_timeout=0"_s << u"connect_timeout"_s;
        QTest::newRow("unknown option") << u"postgresql://ana@db/office?options=-c%20x"_s << u"options"_s;
    }

    void parse_refusesWithASentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto a = ServerAddress::parse(text);
        QVERIFY(!a);
        QCOMPARE(a.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(a.error().message.contains(says), qPrintable(a.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
