// Database: opening checks that a file really is ours before anything is written to it; new files are
// private.
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include "TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                               QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString fixture(const QString &name)
{
    return QStringLiteral(CH_FIXTURES_DIR) + u'/' + name;
}

// Copies a fixture into dir, so that a bug cannot damage the committed file.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(fixture(name), target))
        return {};
    QFile::setPermissions(target, kOwnerOnlyFile);
    return target;
}

// A small Clearinghouse database with twenty cases, closed, in dir.
QString makeGoodDatabase(const QTemporaryDir &dir, const QString &name = u"good.db"_s)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    CaseRepository repo(**db);
    for (int i = 0; i < 20; ++i) {
        CaseRecord c = test::validCase(u"Person %1"_s.arg(i), u"%1-054"_s.arg(10000 + i));
        c.setValue(u"submission_id"_s, u"S-%1"_s.arg(i));
        if (!repo.create(c))
            return {};
    }
    return path;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void open_newFile_isOwnerOnlyInOwnerOnlyFolder();
    void open_existingFolder_keepsItsMode();
    void open_setsPragmasAndApplicationId();
    void open_newFile_isAtLatestSchema();
    void reopen_keepsData();
    void open_zeroLengthFile_isRefusedUnchanged();
    void open_newFile_isBuiltAsideAndRenamed();
    void open_notADatabase_isRefusedUnchanged();
    void open_corruptFixture_isRefusedUnchanged();
    void open_damagedPage_isRefusedAsCorruptUnchanged();
    void open_truncatedDatabase_isRefusedUnchanged();
    void openDeferred_damagedPage_opensAndTheCheckFindsIt();
    void openDeferred_olderSchema_checksBeforeUpgrading();
    void openDeferred_goodFile_checkPasses();
    void open_foreignSqliteDatabase_isRefusedUnchanged();
    void open_newerSchema_isRefusedUnchanged();
    void open_folder_isRefused();
    void open_emptyPath_isRefused();
    void openReadOnly_missingFile_isRefusedAndNotCreated();
    void openReadOnly_refusesWrites();
    void openAnotherConnection_seesTheSameData();
};

void TestDatabase::open_newFile_isOwnerOnlyInOwnerOnlyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"private"_s);
    const QString path = folder + u"/cases.db"_s;
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().fullText()));
        // Write something so that the -wal file exists too.
        CaseRecord c = test::validCase();
        QVERIFY(CaseRepository(**db).create(c));
        QCOMPARE(QFileInfo(path).permissions() & (kOwnerOnlyFile | kGroupOrOther), kOwnerOnlyFile);
        if (QFileInfo::exists(path + u"-wal"_s))
            QCOMPARE(QFileInfo(path + u"-wal"_s).permissions() & kGroupOrOther, QFileDevice::Permissions());
    }
    QCOMPARE(QFileInfo(path).permissions() & (kOwnerOnlyFile | kGroupOrOther), kOwnerOnlyFile);
    QCOMPARE(QFileInfo(folder).permissions() & (kOwnerOnlyDir | kGroupOrOther), kOwnerOnlyDir);
}

void TestDatabase::open_existingFolder_keepsItsMode()
{
    // A folder the user chose is not ours to lock down.
    QTemporaryDir dir;
    const auto before = QFileInfo(dir.path()).permissions();
    auto db = Database::open(dir.filePath(u"cases.db"_s));
    QVERIFY2(db, qPrintable(db.error().fullText()));
    QCOMPARE(QFileInfo(dir.path()).permissions(), before);
}

void TestDatabase::open_setsPragmasAndApplicationId()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const QSqlDatabase db = t.connection();
    QCOMPARE(test::scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(test::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(test::scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(test::scalar(db, u"PRAGMA secure_delete"_s).toInt(), 1);
    QCOMPARE(test::scalar(db, u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
    // And in the file itself, at offset 68, big-endian, for tools like file(1).
    t.close();
    const QByteArray bytes = test::readAll(t.path());
    QVERIFY(bytes.size() >= 100);
    QCOMPARE(bytes.mid(68, 4), QByteArray("CHS1"));
}

void TestDatabase::open_newFile_isAtLatestSchema()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(Migrations::latestVersion(), 15);
    QVERIFY(!t.db().isReadOnly());
    QCOMPARE(t.db().path(), QFileInfo(t.path()).absoluteFilePath());
}

void TestDatabase::reopen_keepsData()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CaseRecord c = test::validCase();
    auto id = CaseRepository(t.db()).create(c);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    QVERIFY2(t.reopen(), qPrintable(t.error()));
    auto loaded = CaseRepository(t.db()).load(*id);
    QVERIFY2(loaded, qPrintable(loaded.error().fullText()));
    QCOMPARE(loaded->value(u"person_name"), u"José García"_s);
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::open_zeroLengthFile_isRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.db"_s);
    QVERIFY(test::writeAll(path, {}));
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NotADatabase);
    QVERIFY(db.error().message.contains(u"empty"_s));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void TestDatabase::open_newFile_isBuiltAsideAndRenamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new/fresh.db"_s);
    // A leftover from a creation that crashed is cleared, not mistaken for the database.
    QVERIFY(QDir().mkpath(dir.filePath(u"new"_s)));
    QVERIFY(test::writeAll(path + u".creating"_s, QByteArray("half")));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QVERIFY(!QFileInfo::exists(path + u".creating"_s));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestDatabase::open_notADatabase_isRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"not-a-database.csv"_s);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::readAll(path);
    QCOMPARE(before, test::readAll(fixture(u"not-a-database.csv"_s)));

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NotADatabase);
    QVERIFY2(db.error().message.contains(u"not a Clearinghouse database"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"Nothing was written"_s), qPrintable(db.error().message));
    QCOMPARE(test::readAll(path), before);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
}

void TestDatabase::open_corruptFixture_isRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"corrupt.db"_s);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::readAll(path);
    QVERIFY(before.startsWith(QByteArray("SQLite format 3\0", 16)));

    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().kind == Error::Kind::Corrupt || db.error().kind == Error::Kind::NotADatabase,
             qPrintable(db.error().fullText()));
    QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"Nothing was written"_s), qPrintable(db.error().message));
    QCOMPARE(test::readAll(path), before);
}

void TestDatabase::open_damagedPage_isRefusedAsCorruptUnchanged()
{
    // A good database with one data page overwritten: the header and schema read fine, quick_check does not.
    QTemporaryDir dir;
    const QString path = makeGoodDatabase(dir);
    QVERIFY(!path.isEmpty());
    QByteArray bytes = test::readAll(path);
    const int pageSize = (static_cast<uchar>(bytes.at(16)) << 8) | static_cast<uchar>(bytes.at(17));
    QCOMPARE(pageSize, 4096);
    QVERIFY2(bytes.size() >= 8 * pageSize, "the good database should have several pages");
    // Overwrite the last page: a b-tree page of case data, never the schema on page 1.
    const qsizetype lastPage = bytes.size() - pageSize;
    for (qsizetype i = lastPage; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 131 + 17) & 0xff);
    QVERIFY(test::writeAll(path, bytes));

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::Corrupt);
    QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().message));
    QVERIFY2(!db.error().detail.isEmpty(), "the integrity check's findings belong in the detail");
    QCOMPARE(test::readAll(path), bytes);
}

namespace {

// Overwrites the last page of a good database (case data, never the schema on page 1).
QByteArray damageLastPage(const QString &path)
{
    QByteArray bytes = test::readAll(path);
    const int pageSize = (static_cast<uchar>(bytes.at(16)) << 8) | static_cast<uchar>(bytes.at(17));
    for (qsizetype i = bytes.size() - pageSize; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 131 + 17) & 0xff);
    return test::writeAll(path, bytes) ? bytes : QByteArray();
}

} // namespace

void TestDatabase::openDeferred_damagedPage_opensAndTheCheckFindsIt()
{
    // The GUI opens with the full check deferred, so that a large file shows at once; the check then runs
    // on another connection, and a failure stops every write on the first one.
    QTemporaryDir dir;
    const QString path = makeGoodDatabase(dir);
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = damageLastPage(path);
    QVERIFY(!bytes.isEmpty());

    Database::Options deferred;
    deferred.deferIntegrityCheck = true;
    {
        auto db = Database::open(path, deferred);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QVERIFY((*db)->integrityCheckPending());
        auto other = Database::open(path, deferred); // a second connection, as the worker thread has
        QVERIFY(other);
        const Status check = Database::checkIntegrity((*other)->connection(), path);
        QVERIFY(!check);
        QCOMPARE(check.error().kind, Error::Kind::Corrupt);
        QVERIFY(!check.error().detail.isEmpty());
        QVERIFY((*db)->refuseWrites());
        QVERIFY((*db)->isReadOnly());
        QVERIFY(!(*db)->integrityCheckPending());
        QVERIFY(!Sql::execRaw((*db)->connection(), u"INSERT INTO settings(key, value, updated_at) VALUES ('x', 'y', 'z')"_s));
    }
    QCOMPARE(test::readAll(path), bytes); // nothing was written to the damaged file

    // Without deferring, opening still refuses it outright.
    auto strict = Database::open(path);
    QVERIFY(!strict);
    QCOMPARE(strict.error().kind, Error::Kind::Corrupt);
}

void TestDatabase::openDeferred_olderSchema_checksBeforeUpgrading()
{
    // An upgrade writes: a file due for one is checked first even when the check was to be deferred.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        Database::Options old;
        old.targetVersion = 3;
        auto db = Database::open(path, old);
        QVERIFY(db);
        // Enough rows for a data page beyond the schema.
        QVERIFY(Sql::execRaw((*db)->connection(),
                             u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                             " INSERT INTO persons(person_name, created_at, updated_at)"
                             " SELECT printf('Person %d', i), 'x', 'x' FROM n"_s));
    }
    const QByteArray bytes = damageLastPage(path);
    QVERIFY(!bytes.isEmpty());
    Database::Options deferred;
    deferred.deferIntegrityCheck = true;
    auto db = Database::open(path, deferred);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::Corrupt);
    QCOMPARE(test::readAll(path), bytes);
}

void TestDatabase::openDeferred_goodFile_checkPasses()
{
    QTemporaryDir dir;
    const QString path = makeGoodDatabase(dir);
    Database::Options deferred;
    deferred.deferIntegrityCheck = true;
    auto db = Database::open(path, deferred);
    QVERIFY(db);
    QVERIFY((*db)->integrityCheckPending());
    QVERIFY(Database::checkIntegrity((*db)->connection(), path));
    QVERIFY(!(*db)->isReadOnly());
}

void TestDatabase::open_truncatedDatabase_isRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = makeGoodDatabase(dir);
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2));
    f.close();
    const QByteArray before = test::readAll(path);

    auto db = Database::open(path);
    QVERIFY2(!db, "a database cut in half must not open as if it were whole");
    QVERIFY2(db.error().kind == Error::Kind::Corrupt || db.error().kind == Error::Kind::NotADatabase,
             qPrintable(db.error().fullText()));
    QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().message));
    QCOMPARE(test::readAll(path), before);
}

void TestDatabase::open_foreignSqliteDatabase_isRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"music.db"_s);
    {
        test::RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"CREATE TABLE tracks (id INTEGER PRIMARY KEY, title TEXT)"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO tracks(title) VALUES ('So What')"_s), QString());
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), 0);
    }
    const QByteArray before = test::readAll(path);

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NotADatabase);
    QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));
    QCOMPARE(test::readAll(path), before);
    test::RawConnection raw(path);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'cases'"_s).toInt(), 0);
}

void TestDatabase::open_newerSchema_isRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = makeGoodDatabase(dir);
    QVERIFY(!path.isEmpty());
    {
        test::RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"INSERT INTO schema_version(version, description, applied_at)"
                          " VALUES (99, 'from the future', '2030-01-01T00:00:00Z')"_s),
                 QString());
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // checkpointed on close: the main file is the whole state
    const QByteArray before = test::readAll(path);

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NewerSchema);
    QVERIFY2(db.error().message.contains(u"99"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"newer version"_s), qPrintable(db.error().message));
    QCOMPARE(test::readAll(path), before);

    // Read-only is refused too: this program cannot know what version 99 means.
    Database::Options ro;
    ro.readOnly = true;
    auto readOnly = Database::open(path, ro);
    QVERIFY(!readOnly);
    QCOMPARE(readOnly.error().kind, Error::Kind::NewerSchema);
    QCOMPARE(test::readAll(path), before);
}

void TestDatabase::open_folder_isRefused()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(db.error().message.contains(u"folder"_s), qPrintable(db.error().message));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDatabase::open_emptyPath_isRefused()
{
    auto db = Database::open(QString());
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::InvalidInput);
    QVERIFY(!db.error().message.isEmpty());
}

void TestDatabase::openReadOnly_missingFile_isRefusedAndNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/cases.db"_s);
    Database::Options ro;
    ro.readOnly = true;
    auto db = Database::open(path, ro);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NotFound);
    QVERIFY2(db.error().message.contains(u"does not exist"_s), qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"missing"_s)));
}

void TestDatabase::openReadOnly_refusesWrites()
{
    QTemporaryDir dir;
    const QString path = makeGoodDatabase(dir);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::readAll(path);
    {
        Database::Options ro;
        ro.readOnly = true;
        auto db = Database::open(path, ro);
        QVERIFY2(db, qPrintable(db.error().fullText()));
        QVERIFY((*db)->isReadOnly());
        CaseRepository repo(**db);
        auto count = repo.count();
        QVERIFY(count);
        QCOMPARE(*count, 20);
        CaseRecord c = test::validCase(u"Not Saved"_s, u"99999-054"_s);
        c.setValue(u"submission_id"_s, u"RO-1"_s);
        auto created = repo.create(c);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"read-only"_s), qPrintable(created.error().fullText()));
    }
    QCOMPARE(test::readAll(path), before);
}

void TestDatabase::openAnotherConnection_seesTheSameData()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    auto other = t.db().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.error().fullText()));
    QVERIFY((*other)->connectionName() != t.db().connectionName());
    CaseRecord c = test::validCase();
    auto id = CaseRepository(t.db()).create(c);
    QVERIFY(id);
    auto loaded = CaseRepository(**other).load(*id);
    QVERIFY2(loaded, qPrintable(loaded.error().fullText()));
    QCOMPARE(loaded->value(u"register_number"), u"12345-054"_s);
    QCOMPARE(test::scalar((*other)->connection(), u"PRAGMA foreign_keys"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
