// clearinghouse-cli users, and the roles every command checks (issue 7), run as a separate process.
#include "CliRunner.h"

#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestUsersCli final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_db;

    test::CliRun as(const QString &actor, const QStringList &args)
    {
        return test::runCli(QStringList{u"--db"_s, m_db, u"--actor"_s, actor} + args,
                            test::CliOptions::inHome(m_home.path()));
    }
    QJsonArray listed()
    {
        const test::CliRun r = as(u"lead"_s, {u"users"_s, u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase();
    void firstAdd_addsBesideTheAdministrator();
    void onlyAdministrators_addAndChangeUsers();
    void lastAdministrator_isKept();
    void eachCommand_checksTheRole_data();
    void eachCommand_checksTheRole();
    void badArguments_areUsageErrors_data();
    void badArguments_areUsageErrors();
};

void TestUsersCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_db = m_home.filePath(u"office.db"_s);
    const test::CliRun demo = as(u"lead"_s, {u"demo"_s, u"--cases"_s, u"12"_s, u"--volunteers"_s, u"6"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // demo writes cases, so it needs a role: in a new database its account became the first user.
    const QJsonArray first = listed();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).toObject().value(u"role"_s).toString(), u"admin"_s);
}

void TestUsersCli::firstAdd_addsBesideTheAdministrator()
{
    const test::CliRun r = as(u"lead"_s, {u"users"_s, u"add"_s, u"maria"_s, u"--role"_s, u"staff"_s,
                                          u"--name"_s, u"María López"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray users = listed();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toObject().value(u"login"_s).toString(), u"lead"_s);
    QCOMPARE(users.at(0).toObject().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(users.at(1).toObject().value(u"name"_s).toString(), u"María López"_s);
    QCOMPARE(users.at(1).toObject().value(u"role"_s).toString(), u"staff"_s);
    for (const auto &[login, role] : {std::pair{u"cora"_s, u"coordinator"_s}, std::pair{u"audie"_s, u"auditor"_s}})
        QCOMPARE(as(u"lead"_s, {u"users"_s, u"add"_s, login, u"--role"_s, role}).exitCode, 0);
}

void TestUsersCli::onlyAdministrators_addAndChangeUsers()
{
    const test::CliRun refused = as(u"maria"_s, {u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"admin"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"manage users"_s), qPrintable(refused.err));
    const test::CliRun stranger = as(u"stranger"_s, {u"users"_s, u"set"_s, u"maria"_s, u"--role"_s, u"admin"_s});
    QCOMPARE(stranger.exitCode, 1);
    QVERIFY2(stranger.err.contains(u"not a user"_s), qPrintable(stranger.err));
    QCOMPARE(listed().size(), 4);
    // The administrator deactivates and reactivates.
    QCOMPARE(as(u"lead"_s, {u"users"_s, u"set"_s, u"maria"_s, u"--active"_s, u"no"_s}).exitCode, 0);
    const test::CliRun off =
        as(u"maria"_s, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, m_home.filePath(u"a.json"_s)});
    QCOMPARE(off.exitCode, 1);
    QVERIFY2(off.err.contains(u"deactivated"_s), qPrintable(off.err));
    QCOMPARE(as(u"lead"_s, {u"users"_s, u"set"_s, u"maria"_s, u"--active"_s, u"yes"_s}).exitCode, 0);
    QCOMPARE(as(u"maria"_s, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, m_home.filePath(u"a.json"_s)}).exitCode, 0);
}

void TestUsersCli::lastAdministrator_isKept()
{
    const test::CliRun r = as(u"lead"_s, {u"users"_s, u"set"_s, u"lead"_s, u"--role"_s, u"staff"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"only active administrator"_s), qPrintable(r.err));
    for (const QJsonValue &u : listed()) {
        if (u.toObject().value(u"login"_s).toString() == u"lead"_s)
            QCOMPARE(u.toObject().value(u"role"_s).toString(), u"admin"_s);
    }
}

void TestUsersCli::eachCommand_checksTheRole_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("output"); // a file the command writes; must not exist when refused
    const QString json = m_home.filePath(u"cases-%1.json"_s);
    const QString pdf = m_home.filePath(u"packet-%1.pdf"_s);
    auto row = [&](const QString &actor, const QStringList &args, bool allowed, const QString &out = {}) {
        QTest::addRow("%s: %s", qPrintable(actor), qPrintable(args.first())) << actor << args << allowed << out;
    };
    for (const QString &a : {u"maria"_s, u"cora"_s, u"audie"_s, u"lead"_s}) {
        const bool staffLike = a == u"maria"_s || a == u"lead"_s;
        row(a, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, json.arg(a)}, staffLike, json.arg(a));
        row(a, {u"packet"_s, u"1"_s, u"--out"_s, pdf.arg(a)}, staffLike, pdf.arg(a));
    }
    row(u"cora"_s, {u"match"_s, u"--batch"_s, u"--json"_s, u"--apply"_s}, true);
    row(u"maria"_s, {u"match"_s, u"--batch"_s, u"--json"_s, u"--apply"_s}, false);
    row(u"maria"_s, {u"match"_s, u"2"_s, u"--json"_s}, true); // reading candidates changes nothing
    row(u"audie"_s, {u"import"_s, QStringLiteral(CH_FIXTURES_DIR "/import/good.csv")}, false);
    row(u"cora"_s, {u"import-volunteers"_s, QStringLiteral(CH_FIXTURES_DIR "/volunteers/roster.csv")}, true);
    row(u"maria"_s, {u"import-volunteers"_s, QStringLiteral(CH_FIXTURES_DIR "/volunteers/roster.csv")}, false);
    row(u"audie"_s, {u"report"_s, u"funnel"_s, u"--all-time"_s}, true);
    // "--help" as an option's value is not a request for help.
    row(u"cora"_s, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, u"--help"_s}, false,
        QDir::current().filePath(u"--help"_s));
    row(u"cora"_s, {u"export"_s, u"--help"_s}, true); // help itself is for everyone
    // Replacing the whole database is for roles that may back up and restore.
    row(u"cora"_s, {u"restore"_s, m_home.filePath(u"no-such-backup.db"_s)}, false);
    row(u"stranger"_s, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, json.arg(u"stranger"_s)}, false,
        json.arg(u"stranger"_s));
}

void TestUsersCli::eachCommand_checksTheRole()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, args);
    QFETCH(bool, allowed);
    QFETCH(QString, output);
    const test::CliRun r = as(actor, args);
    if (allowed) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (!output.isEmpty())
            QVERIFY(QFile::exists(output));
    } else {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not allow"_s) || r.err.contains(u"not a user"_s), qPrintable(r.err));
        if (!output.isEmpty())
            QVERIFY(!QFile::exists(output));
    }
}

void TestUsersCli::badArguments_areUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{u"users"_s};
    QTest::newRow("unknown action") << QStringList{u"users"_s, u"remove"_s, u"maria"_s};
    QTest::newRow("add without login") << QStringList{u"users"_s, u"add"_s, u"--role"_s, u"staff"_s};
    QTest::newRow("add without role") << QStringList{u"users"_s, u"add"_s, u"zoe"_s};
    QTest::newRow("unknown role") << QStringList{u"users"_s, u"add"_s, u"zoe"_s, u"--role"_s, u"king"_s};
    QTest::newRow("active maybe") << QStringList{u"users"_s, u"set"_s, u"maria"_s, u"--active"_s, u"maybe"_s};
}

void TestUsersCli::badArguments_areUsageErrors()
{
    QFETCH(QStringList, args);
    const int before = listed().size();
    const test::CliRun r = as(u"lead"_s, args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(listed().size(), before);
}

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_users_cli.moc"
