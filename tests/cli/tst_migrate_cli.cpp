// Shared mode from the command line (issue 7), end to end through the real clearinghouse-cli: --server on
// every command, where the password may (PGPASSFILE, --password-stdin) and may not (the URL) come from, the
// errors a person sees, and `migrate` copying an office's file to an empty server database and verifying
// it. The tests that need a server run in the _postgres pass (CH_TEST_POSTGRES, PGPASSFILE from CTest).
#include "CliRunner.h"

#include "TestDatabase.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

#define NEEDS_SERVER()                                                                                                 \
    do {                                                                                                               \
        if (test::postgresTestServer().isEmpty())                                                                      \
            QSKIP("needs the test server: runs in the _postgres pass");                                               \
    } while (false)

// The test server's password, from the password file CTest names (for --password-stdin).
QString serverPassword()
{
    QFile f(qEnvironmentVariable("PGPASSFILE"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList fields = QString::fromUtf8(f.readLine()).trimmed().split(u':');
    return fields.size() == 5 ? fields.at(4) : QString();
}

qint64 count(const QString &location, const QString &table)
{
    auto db = Database::open(location);
    if (!db)
        return -1;
    auto n = Sql::scalar((*db)->connection(), u"SELECT count(*) FROM "_s + table);
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestMigrateCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void serverOption_usageErrors_data();
    void serverOption_usageErrors();
    void unreachableServer_saysSoAndExits1();
    void migrate_demoData_copiedVerifiedAndUsable();
    void migrate_nonEmptyTarget_refusedNothingChanged();
    void migrate_onlyAnAdministrator();
    void migrate_valueTheServerChanges_rolledBackAndNamed();
    void wrongPassword_saysSo();
    void passwordStdin_opensTheServer();
    void newerSchemaOnServer_refused();
    void sslRequiredByTheClient_serverWithout_saysSo();

private:
    test::CliRun cli(const QStringList &args, const test::CliOptions &extra = {}) const
    {
        test::CliOptions o = extra;
        o.home = m_home->path();
        return test::runCli(QStringList{u"--actor"_s, u"ana"_s} + args, o);
    }
    // A database file with the demo data and its first user, ana (an administrator).
    QString demoFile(int cases = 60)
    {
        const QString file = m_home->filePath(u"office.db"_s);
        const test::CliRun r = cli({u"--db"_s, file, u"demo"_s, u"--cases"_s, QString::number(cases),
                                    u"--volunteers"_s, u"12"_s});
        if (r.exitCode != 0)
            qWarning("demo failed: %s", qPrintable(r.err));
        return file;
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestMigrateCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestMigrateCli::serverOption_usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("password in the URL") << QStringList{u"--server"_s, u"postgresql://ana:s3cret@db.example:5432/office"_s,
                                                        u"screen"_s}
                                         << u"PGPASSFILE"_s;
    QTest::addRow("not a server") << QStringList{u"--server"_s, u"office.db"_s, u"screen"_s}
                                  << u"postgresql://user@host:port/database"_s;
    QTest::addRow("unknown sslmode") << QStringList{u"--server"_s, u"postgresql://ana@db.example/office?sslmode=maybe"_s,
                                                    u"screen"_s}
                                     << u"sslmode must be one of"_s;
    QTest::addRow("no user") << QStringList{u"--server"_s, u"postgresql://db.example/office"_s, u"screen"_s}
                             << u"names no user"_s;
    QTest::addRow("both --db and --server") << QStringList{u"--db"_s, u"x.db"_s, u"--server"_s,
                                                           u"postgresql://ana@db.example/office"_s, u"screen"_s}
                                            << u"not both"_s;
    QTest::addRow("backup of a server") << QStringList{u"--server"_s, u"postgresql://ana@db.example/office"_s,
                                                       u"backup"_s}
                                        << u"pg_dump"_s;
    QTest::addRow("migrate without --from") << QStringList{u"migrate"_s, u"--to"_s, u"postgresql://ana@db.example/o"_s}
                                            << u"--from sqlite:PATH"_s;
    QTest::addRow("migrate without --to") << QStringList{u"migrate"_s, u"--from"_s, u"sqlite:x.db"_s} << u"--to"_s;
    QTest::addRow("migrate to a password URL")
        << QStringList{u"migrate"_s, u"--from"_s, u"sqlite:x.db"_s, u"--to"_s, u"postgresql://ana:s3cret@h/o"_s}
        << u"--password-stdin"_s;
}

void TestMigrateCli::serverOption_usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const test::CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"s3cret"_s), "a password is never printed back");
}

void TestMigrateCli::unreachableServer_saysSoAndExits1()
{
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const test::CliRun r = cli({u"--server"_s, u"postgresql://ana@127.0.0.1:1/office"_s, u"screen"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot be reached"_s), qPrintable(r.err));
}

void TestMigrateCli::migrate_demoData_copiedVerifiedAndUsable()
{
    NEEDS_SERVER();
    const QString file = demoFile();
    // Assignments (real-number scores) and a saved setting make the copy cover more kinds of values.
    QCOMPARE(cli({u"--db"_s, file, u"match"_s, u"--batch"_s, u"--apply"_s}).exitCode, 0);
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));

    const test::CliRun r = cli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target.location(), u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject json = r.json();
    QVERIFY(json.value(u"committed"_s).toBool());
    test::RawConnection raw(file);
    qint64 rows = 0;
    QStringList seen;
    for (const QJsonValue &v : json.value(u"tables"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const QString table = t.value(u"table"_s).toString();
        seen << table;
        QVERIFY2(t.value(u"match"_s).toBool(), qPrintable(table));
        QCOMPARE(t.value(u"source_sha256"_s).toString(), t.value(u"target_sha256"_s).toString());
        QCOMPARE(t.value(u"source_sha256"_s).toString().size(), 64);
        const qint64 inFile = raw.scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
        QCOMPARE(qint64(t.value(u"target_rows"_s).toInteger()), inFile);
        // After the verified copy, the server user who migrated (not a user of the file) became the shared
        // database's administrator: one more user, and its audit entry.
        const qint64 added = (table == "users"_L1 || table == "audit_log"_L1) ? 1 : 0;
        QCOMPARE(count(target.location(), table), inFile + added);
        if (table != "case_search"_L1)
            rows += inFile;
    }
    QCOMPARE(json.value(u"rows"_s).toInteger(), rows);
    for (const char *table : {"cases", "persons", "audit_log", "volunteers", "assignments", "users", "case_search"})
        QVERIFY2(seen.contains(QLatin1StringView(table)), table);
    QVERIFY(count(target.location(), u"assignments"_s) > 0);
    qInfo("migrate: %lld rows in %.2f s", rows, json.value(u"seconds"_s).toDouble());

    // The same cases, field for field, through the CLI on the server as from the file.
    const QString fromFile = m_home->filePath(u"file.json"_s);
    const QString fromServer = m_home->filePath(u"server.json"_s);
    QCOMPARE(cli({u"--db"_s, file, u"export"_s, u"--out"_s, fromFile}).exitCode, 0);
    const test::CliRun exported = cli({u"--server"_s, target.location(), u"export"_s, u"--out"_s, fromServer});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.json().value(u"exported"_s).toInt(), 60);
    QCOMPARE(test::readAll(fromServer), test::readAll(fromFile));
    const test::CliRun screened = cli({u"--server"_s, target.location(), u"screen"_s, u"1"_s, u"2"_s, u"3"_s});
    QVERIFY2(screened.exitCode == 0, qPrintable(screened.err));
    QCOMPARE(screened.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
    // The identity sequences moved past the copied ids: new cases get new numbers.
    const test::CliRun more = cli({u"--server"_s, target.location(), u"demo"_s, u"--cases"_s, u"5"_s,
                                   u"--volunteers"_s, u"1"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(more.exitCode == 0, qPrintable(more.err));
    QCOMPARE(count(target.location(), u"cases"_s), 65);
    QCOMPARE(count(target.location(), u"case_search"_s), 65);
}

void TestMigrateCli::migrate_nonEmptyTarget_refusedNothingChanged()
{
    NEEDS_SERVER();
    const QString file = demoFile(20);
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    QCOMPARE(cli({u"--server"_s, target.location(), u"demo"_s, u"--cases"_s, u"3"_s, u"--volunteers"_s, u"0"_s,
                  u"--seed"_s, u"5"_s})
                 .exitCode,
             0);
    const qint64 audit = count(target.location(), u"audit_log"_s);

    const test::CliRun r = cli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target.location()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not empty"_s) && r.err.contains(u"cases (3)"_s), qPrintable(r.err));
    QCOMPARE(count(target.location(), u"cases"_s), 3);
    QCOMPARE(count(target.location(), u"audit_log"_s), audit);
    QCOMPARE(count(target.location(), u"users"_s), 1);

    // A Clearinghouse database of an older version, even without rows, is refused as it is (not upgraded).
    test::PostgresScratch older;
    QVERIFY2(older.error().isEmpty(), qPrintable(older.error()));
    {
        Database::Options o;
        o.targetVersion = 5;
        auto db = Database::open(older.location(), o);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
    }
    const test::CliRun o = cli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, older.location()});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"schema version 5"_s), qPrintable(o.err));
    Database::Options look;
    look.migrate = false;
    auto db = Database::open(older.location(), look);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), 5);
}

void TestMigrateCli::migrate_onlyAnAdministrator()
{
    NEEDS_SERVER();
    const QString file = demoFile(5);
    QCOMPARE(cli({u"--db"_s, file, u"users"_s, u"add"_s, u"bo"_s, u"--role"_s, u"coordinator"_s}).exitCode, 0);
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    const test::CliRun r = test::runCli({u"--actor"_s, u"bo"_s, u"migrate"_s, u"--from"_s, u"sqlite:"_s + file,
                                         u"--to"_s, target.location()},
                                        test::CliOptions::inHome(m_home->path()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"manage users"_s), qPrintable(r.err));
    QCOMPARE(count(target.location(), u"cases"_s), 0);
}

void TestMigrateCli::migrate_valueTheServerChanges_rolledBackAndNamed()
{
    NEEDS_SERVER();
    const QString file = demoFile(10);
    {
        // SQLite keeps 1.5 in an INTEGER column; the server's BIGINT rounds it to 2. Only the checksum sees it.
        test::RawConnection raw(file);
        QCOMPARE(raw.exec(u"UPDATE submitters SET position = 1.5 WHERE id = (SELECT min(id) FROM submitters)"_s),
                 QString());
    }
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    const test::CliRun r = cli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target.location(), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"the copy of submitters differs"_s) && r.err.contains(u"rolled back"_s), qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(u"committed"_s).toBool(true), false);
    for (const QJsonValue &v : json.value(u"tables"_s).toArray()) {
        const QJsonObject t = v.toObject();
        QCOMPARE(t.value(u"match"_s).toBool(), t.value(u"table"_s).toString() != "submitters"_L1);
    }
    for (const QString &table : {u"cases"_s, u"persons"_s, u"submitters"_s, u"audit_log"_s, u"users"_s, u"case_search"_s})
        QCOMPARE(count(target.location(), table), 0);
}

void TestMigrateCli::wrongPassword_saysSo()
{
    NEEDS_SERVER();
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    const QString wrong = m_home->filePath(u"wrong-pgpass"_s);
    QVERIFY(test::writeAll(wrong, "*:*:*:*:not-the-password\n"));
    QFile::setPermissions(wrong, QFile::ReadOwner | QFile::WriteOwner);
    test::CliOptions o;
    o.env.insert(u"PGPASSFILE"_s, wrong);
    o.unsetEnv << u"PGPASSWORD"_s;
    const test::CliRun r = cli({u"--server"_s, target.location(), u"screen"_s}, o);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"refused the password"_s), qPrintable(r.err));
    const QString file = demoFile(2);
    const test::CliRun m = cli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target.location()}, o);
    QCOMPARE(m.exitCode, 1);
    QVERIFY2(m.err.contains(u"refused the password"_s), qPrintable(m.err));
}

void TestMigrateCli::passwordStdin_opensTheServer()
{
    NEEDS_SERVER();
    const QString password = serverPassword();
    QVERIFY2(!password.isEmpty(), "the test's PGPASSFILE names the server's password");
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    auto runWith = [&](const QByteArray &input) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PGPASSFILE"_s);
        env.remove(u"PGPASSWORD"_s);
        env.insert(u"HOME"_s, m_home->path());
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CH_CLI_PATH), {u"--actor"_s, u"ana"_s, u"--server"_s, target.location(),
                                              u"--password-stdin"_s, u"demo"_s, u"--cases"_s, u"2"_s,
                                              u"--volunteers"_s, u"0"_s});
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const auto [badCode, badErr] = runWith("not-the-password\n");
    QCOMPARE(badCode, 1);
    QVERIFY2(badErr.contains(u"refused the password"_s), qPrintable(badErr));
    const auto [noneCode, noneErr] = runWith("");
    QCOMPARE(noneCode, 1);
    QVERIFY2(noneErr.contains(u"--password-stdin"_s), qPrintable(noneErr));
    const auto [code, err] = runWith(password.toUtf8() + '\n');
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(count(target.location(), u"cases"_s), 2);
}

void TestMigrateCli::newerSchemaOnServer_refused()
{
    NEEDS_SERVER();
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    QCOMPARE(cli({u"--server"_s, target.location(), u"users"_s, u"list"_s}).exitCode, 0);
    auto server = ServerAddress::parse(target.location());
    QVERIFY(server);
    QCOMPARE(test::PostgresScratch::admin(*server, u"INSERT INTO schema_version(version, description, applied_at)"
                                                   " VALUES (999, 'from the future', '2030-01-01')"_s),
             QString());
    const test::CliRun r = cli({u"--server"_s, target.location(), u"screen"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"newer version"_s), qPrintable(r.err));
}

void TestMigrateCli::sslRequiredByTheClient_serverWithout_saysSo()
{
    NEEDS_SERVER();
    test::PostgresScratch target;
    QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
    // The loopback test server has no certificate: sslmode=require must fail rather than fall back.
    const test::CliRun r = cli({u"--server"_s, target.location() + u"?sslmode=require"_s, u"screen"_s});
    if (r.exitCode == 0)
        QSKIP("the test server speaks SSL");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"encrypted connection"_s) && r.err.contains(u"sslmode=require"_s), qPrintable(r.err));
    const test::CliRun ok = cli({u"--server"_s, target.location() + u"?sslmode=prefer&connect_timeout=5"_s, u"screen"_s});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
}

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "tst_migrate_cli.moc"
