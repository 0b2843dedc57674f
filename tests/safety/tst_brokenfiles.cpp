// Broken and foreign database files: each gets a clear message and is left exactly as it was (same bytes,
// no -wal or -shm created beside it), through the library and through clearinghouse-cli. File modes mean
// nothing to root, so when started as root this test runs itself again as the user "nobody".
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "unreadable";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

class TestBrokenFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_good;
    int m_tried = 0;

    // Opening (and a CLI import into) path fails with a message of the expected kind; nothing changes.
    void expectRefusedUntouched(const QString &path, Error::Kind kind, const QString &phrase)
    {
        const QByteArray before = digest(path);
        auto opened = Database::open(path);
        QVERIFY2(!opened.ok(), qPrintable(path));
        QCOMPARE(opened.error().kind, kind);
        QVERIFY2(opened.error().message.contains(phrase, Qt::CaseInsensitive), qPrintable(opened.error().message));
        QProcess cli;
        cli.start(QStringLiteral(CH_CLI_PATH),
                  {u"--db"_s, path, u"import"_s, QStringLiteral(CH_FIXTURES_DIR "/import/good.csv")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(u"clearinghouse-cli: "_s));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
        ++m_tried;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(::geteuid() != 0); // main() re-runs the test as nobody
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.db"_s);
        QProcess demo;
        demo.start(QStringLiteral(CH_CLI_PATH), {u"--db"_s, m_good, u"demo"_s, u"--cases"_s, u"60"_s, u"--volunteers"_s, u"3"_s});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
    }

    void corruptDatabase()
    {
        const QString p = m_dir.filePath(u"corrupt.db"_s);
        QVERIFY(copyFile(QStringLiteral(CH_FIXTURES_DIR "/corrupt.db"), p));
        auto opened = Database::open(p);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().kind == Error::Kind::Corrupt || opened.error().kind == Error::Kind::NotADatabase);
        expectRefusedUntouched(p, opened.error().kind, u"damaged"_s);
    }

    void truncatedDatabase()
    {
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QVERIFY(bytes.size() > 40000);
        const QString p = m_dir.filePath(u"truncated.db"_s);
        QFile t(p);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(bytes.left(bytes.size() / 3));
        t.close();
        expectRefusedUntouched(p, Error::Kind::Corrupt, u"damaged"_s);
    }

    void zeroLengthFile()
    {
        const QString p = m_dir.filePath(u"empty.db"_s);
        QFile t(p);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.close();
        expectRefusedUntouched(p, Error::Kind::NotADatabase, u"empty"_s);
    }

    void csvRenamedToDb()
    {
        const QString p = m_dir.filePath(u"submissions.db"_s);
        QVERIFY(copyFile(QStringLiteral(CH_FIXTURES_DIR "/import/good.csv"), p));
        expectRefusedUntouched(p, Error::Kind::NotADatabase, u"not a Clearinghouse database"_s);
    }

    void databaseOfAnotherProgram()
    {
        const QString p = m_dir.filePath(u"other.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE recipes(name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO recipes VALUES ('soup')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        expectRefusedUntouched(p, Error::Kind::NotADatabase, u"another program"_s);
    }

    void databaseFromANewerVersion()
    {
        const QString p = m_dir.filePath(u"newer.db"_s);
        QVERIFY(copyFile(m_good, p));
        {
            auto db = Database::open(p);
            QVERIFY(db.ok());
            QVERIFY(Sql::run((*db)->connection(),
                             u"INSERT INTO schema_version(version, description, applied_at) VALUES (999, 'future', '2030-01-01')"_s)
                        .ok());
        }
        expectRefusedUntouched(p, Error::Kind::NewerSchema, u"newer version"_s);
    }

    void readOnlyFile()
    {
        const QString p = m_dir.filePath(u"readonly.db"_s);
        QVERIFY(copyFile(m_good, p));
        QVERIFY(QFile::setPermissions(p, QFile::ReadOwner));
        expectRefusedUntouched(p, Error::Kind::Io, u"read-only"_s);
        Database::Options o;
        o.readOnly = true;
        o.migrate = false;
        auto ro = Database::open(p, o);
        QVERIFY2(ro.ok(), qPrintable(ro.error().fullText()));
        QCOMPARE(Sql::scalar((*ro)->connection(), u"SELECT count(*) FROM cases"_s)->toInt(), 60);
    }

    void readOnlyFolder()
    {
        const QString dir = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString p = dir + u"/office.db"_s;
        QVERIFY(copyFile(m_good, p));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        expectRefusedUntouched(p, Error::Kind::Io, u"read-only"_s);
        Database::Options o;
        o.readOnly = true;
        o.migrate = false;
        {
            auto ro = Database::open(p, o);
            QVERIFY2(ro.ok(), qPrintable(ro.error().fullText()));
            QCOMPARE(Sql::scalar((*ro)->connection(), u"SELECT count(*) FROM cases"_s)->toInt(), 60);
        }
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void aFolderInsteadOfAFile()
    {
        auto opened = Database::open(m_dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::InvalidInput);
        ++m_tried;
    }

    void cleanupTestCase() { qInfo("broken files tried: %d, each refused unchanged", m_tried); }
};

int main(int argc, char *argv[])
{
    if (::geteuid() == 0) {
        // Root ignores file modes; run again as nobody (util-linux's setpriv is on every Debian system).
        std::vector<char *> args{const_cast<char *>("setpriv"), const_cast<char *>("--reuid=65534"),
                                 const_cast<char *>("--regid=65534"), const_cast<char *>("--clear-groups"),
                                 const_cast<char *>("--")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::setenv("HOME", "/tmp", 1);
        ::execvp("setpriv", args.data());
        std::perror("setpriv: cannot run the test as nobody");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestBrokenFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_brokenfiles.moc"
