// Opening a shared database (issue 7): what the user is told when the server cannot be used, and what the
// program refuses to write to. Runs only against a PostgreSQL test server (CH_TEST_POSTGRES).

#include "TestDatabase.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestServerDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(!test::postgresTestServer().isEmpty(), "CH_TEST_POSTGRES names no server"); }

    void newDatabase_getsTheLatestSchema_andIsShared()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QVERIFY(t.db().isShared());
        QCOMPARE(t.db().backend(), Backend::Postgres);
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
        QVERIFY(!t.db().path().contains(u"password"_s));
        // Opening it again takes no step twice.
        QVERIFY(t.reopen());
        auto steps = Sql::scalar(t.connection(), u"SELECT count(*) FROM schema_version"_s);
        QCOMPARE(steps->toInt(), Migrations::latestVersion());
    }

    void wrongPassword_isSaidWithoutThePassword()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        QTemporaryFile wrong;
        QVERIFY(wrong.open());
        auto server = ServerAddress::parse(t.path());
        QVERIFY2(server, qPrintable(server.error().fullText()));
        wrong.write(u"%1:%2:*:%3:definitely-wrong\n"_s.arg(server->host()).arg(server->port()).arg(server->user()).toUtf8());
        wrong.close();
        QFile::setPermissions(wrong.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray saved = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", wrong.fileName().toLocal8Bit());
        auto opened = Database::open(t.path());
        qputenv("PGPASSFILE", saved);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"refused the password"_s), qPrintable(opened.error().fullText()));
        QVERIFY(!opened.error().message.contains(u"definitely-wrong"_s));
        // The same with a password typed in.
        Database::Options typed;
        typed.password = u"also-wrong"_s;
        auto again = Database::open(*server, typed);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"refused the password"_s));
    }

    void unreachableServer_isSaid()
    {
        // Port 1 on loopback: a privileged port no server of ours listens on, so the connection is refused.
        auto opened = Database::open(u"postgresql://ana@127.0.0.1:1/office?connect_timeout=3"_s);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"cannot be reached"_s), qPrintable(opened.error().fullText()));
    }

    void missingDatabase_isSaid()
    {
        auto server = ServerAddress::parse(test::postgresTestServer());
        QVERIFY2(server, qPrintable(server.error().fullText()));
        server->setDatabase(u"ch_no_such_database_%1"_s.arg(QCoreApplication::applicationPid()));
        auto opened = Database::open(*server, {});
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QVERIFY2(opened.error().message.contains(u"no database"_s), qPrintable(opened.error().fullText()));
    }

    void anotherProgramsDatabase_isLeftAlone()
    {
        test::PostgresScratch scratch;
        QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
        QCOMPARE(test::PostgresScratch::runOn(scratch.location(), u"CREATE TABLE invoices(id INT PRIMARY KEY, total NUMERIC)"_s),
                 QString());
        auto opened = Database::open(scratch.location());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotADatabase);
        QVERIFY2(opened.error().message.contains(u"another program"_s), qPrintable(opened.error().fullText()));
        // Nothing of ours was written there.
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto again = Database::open(scratch.location(), readOnly);
        QVERIFY(!again);
    }

    void newerSchema_isRefusedUnchanged()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const int newer = Migrations::latestVersion() + 1;
        QVERIFY(Sql::run(t.connection(), u"INSERT INTO schema_version(version, description, applied_at)"
                                         " VALUES (:v, 'from the future', '2030-01-01')"_s,
                         {{":v", newer}}));
        t.close();
        auto opened = Database::open(t.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NewerSchema);
        QVERIFY2(opened.error().message.contains(QString::number(newer)), qPrintable(opened.error().message));
    }

    void olderSchema_isUpgradedByItsOwnerOnly()
    {
        test::PostgresScratch scratch;
        QVERIFY(scratch.error().isEmpty());
        {
            Database::Options old;
            old.targetVersion = 10;
            auto v10 = Database::open(scratch.location(), old);
            QVERIFY2(v10, qPrintable(v10 ? QString() : v10.error().fullText()));
            QCOMPARE((*v10)->schemaVersion(), 10);
        }
        // Another server user, allowed to connect and read but not owning the tables, is told whom to ask.
        const QString other = scratch.rolePrefix() + u"reader"_s;
        auto server = ServerAddress::parse(test::postgresTestServer());
        QVERIFY2(server, qPrintable(server.error().fullText()));
        QVERIFY(test::PostgresScratch::admin(*server, u"CREATE ROLE \"%1\" LOGIN PASSWORD 'pw-reader-1'"_s.arg(other)).isEmpty());
        auto address = ServerAddress::parse(scratch.location());
        // As the office's groups would: it may read every table.
        QCOMPARE(test::PostgresScratch::runOn(scratch.location(),
                                              u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"%1\""_s.arg(other)),
                 QString());
        address->setUser(other);
        Database::Options o;
        o.password = u"pw-reader-1"_s;
        auto refused = Database::open(*address, o);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(server->user()), qPrintable(refused.error().fullText()));
        // The owner upgrades it, every step once.
        auto upgraded = Database::open(scratch.location());
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().fullText()));
        QCOMPARE((*upgraded)->schemaVersion(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
