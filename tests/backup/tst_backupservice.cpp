// Backups: a file named like a backup is always whole and checked; restore refuses anything else and
// keeps the database it replaces.
#include "backup/BackupCrypto.h"
#include "backup/BackupService.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestBackupService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath() { return m_dir.filePath(u"office-%1/clearinghouse.db"_s.arg(++m_serial)); }

    std::unique_ptr<Database> openWithCases(const QString &path, int cases)
    {
        auto db = Database::open(path);
        if (!db.ok())
            qFatal("%s", qPrintable(db.error().fullText()));
        for (int i = 0; i < cases; ++i) {
            CaseRecord c;
            c.setValue(u"person_name"_s, u"Person %1"_s.arg(i));
            if (!CaseRepository(**db).create(c).ok())
                qFatal("create failed");
        }
        return std::move(db).value();
    }

    static int caseCount(const QString &path)
    {
        auto db = Database::open(path);
        if (!db.ok())
            return -1;
        return Sql::scalar((*db)->connection(), u"SELECT count(*) FROM cases"_s)->toInt();
    }

private Q_SLOTS:
    void backupIsACheckedOwnerOnlyCopy()
    {
        const QString path = freshPath();
        auto db = openWithCases(path, 3);
        auto info = BackupService::backup(*db, {});
        QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
        QVERIFY(info->path.startsWith(BackupService::defaultDirectory(path)));
        QVERIFY(!info->encrypted);
        QCOMPARE(QFileInfo(info->path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(BackupService::verify(info->path).ok());
        QCOMPARE(caseCount(info->path), 3);
        // No temporary file is left behind.
        const QStringList left = QDir(BackupService::defaultDirectory(path)).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QFileInfo(info->path).fileName()});
    }

    void rotationKeepsTheNewest()
    {
        const QString path = freshPath();
        auto db = openWithCases(path, 1);
        BackupService::Options o;
        o.keep = 3;
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            auto info = BackupService::backup(*db, o);
            QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
            made << info->path;
        }
        auto all = BackupService::list(BackupService::defaultDirectory(path));
        QVERIFY(all.ok());
        QStringList names;
        for (const BackupInfo &b : *all)
            names << QFileInfo(b.path).fileName();
        QVERIFY2(all->size() == 3, qPrintable(names.join(u", "_s)));
        QVERIFY(all->at(0).path == made.last());
        for (const QString &gone : made.mid(0, 2))
            QVERIFY(!QFileInfo::exists(gone));
    }

    void encryptedBackupNeedsThePassphrase()
    {
        const QString path = freshPath();
        auto db = openWithCases(path, 2);
        BackupService::Options o;
        o.passphrase = u"correct horse battery staple"_s;
        auto info = BackupService::backup(*db, o);
        QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
        QVERIFY(info->encrypted);
        QVERIFY(BackupCrypto::isEncrypted(info->path));
        QFile f(info->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("Person 1"));
        QCOMPARE(BackupService::verify(info->path).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(BackupService::verify(info->path, u"wrong"_s).error().kind, Error::Kind::Corrupt);
        QVERIFY(BackupService::verify(info->path, o.passphrase).ok());
    }

    void tamperedOrTruncatedEncryptedBackupIsRefused()
    {
        const QString path = freshPath();
        auto db = openWithCases(path, 20);
        BackupService::Options o;
        o.passphrase = u"pass"_s;
        auto info = BackupService::backup(*db, o);
        QVERIFY(info.ok());
        QFile f(info->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        const QString cut = m_dir.filePath(u"cut.chbackup"_s);
        QFile c(cut);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(whole.left(whole.size() - 10));
        c.close();
        QCOMPARE(BackupService::verify(cut, o.passphrase).error().kind, Error::Kind::Corrupt);
        QByteArray flipped = whole;
        flipped[flipped.size() / 2] = static_cast<char>(flipped.at(flipped.size() / 2) ^ 0x20);
        const QString bad = m_dir.filePath(u"flipped.chbackup"_s);
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(flipped);
        b.close();
        QCOMPARE(BackupService::verify(bad, o.passphrase).error().kind, Error::Kind::Corrupt);
    }

    void restoreReplacesAndKeepsTheOldFile()
    {
        const QString path = freshPath();
        QString backupPath;
        {
            auto db = openWithCases(path, 2);
            auto info = BackupService::backup(*db, {});
            QVERIFY(info.ok());
            backupPath = info->path;
            CaseRecord c;
            c.setValue(u"person_name"_s, u"Added after the backup"_s);
            QVERIFY(CaseRepository(*db).create(c).ok());
        }
        QCOMPARE(caseCount(path), 3);
        auto kept = BackupService::restore(backupPath, path);
        QVERIFY2(kept.ok(), qPrintable(kept.error().fullText()));
        QCOMPARE(caseCount(path), 2);
        QCOMPARE(caseCount(*kept), 3);
        QVERIFY(!QFileInfo::exists(path + u".restoring"_s));
    }

    void restoreRefusesBrokenFilesAndTouchesNothing()
    {
        const QString path = freshPath();
        { openWithCases(path, 4); }
        const QStringList broken{QStringLiteral(CH_FIXTURES_DIR "/corrupt.db"),
                                 QStringLiteral(CH_FIXTURES_DIR "/not-a-database.csv"), m_dir.filePath(u"missing.db"_s)};
        QFile empty(m_dir.filePath(u"empty.db"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        for (const QString &file : broken + QStringList{empty.fileName()}) {
            auto r = BackupService::restore(file, path);
            QVERIFY2(!r.ok(), qPrintable(file));
            QVERIFY(!r.error().message.isEmpty());
            QCOMPARE(caseCount(path), 4);
        }
        QVERIFY(QFileInfo(QStringLiteral(CH_FIXTURES_DIR "/corrupt.db")).exists()); // fixture untouched
    }

    void encryptedRestoreRoundTrips()
    {
        const QString path = freshPath();
        QString backupPath;
        {
            auto db = openWithCases(path, 5);
            BackupService::Options o;
            o.passphrase = u"secreto"_s;
            auto info = BackupService::backup(*db, o);
            QVERIFY(info.ok());
            backupPath = info->path;
        }
        const QString other = freshPath();
        QVERIFY(!BackupService::restore(backupPath, other, u"nope"_s).ok());
        QVERIFY(!QFileInfo::exists(other));
        auto kept = BackupService::restore(backupPath, other, u"secreto"_s);
        QVERIFY2(kept.ok(), qPrintable(kept.error().fullText()));
        QVERIFY(kept->isEmpty());
        QCOMPARE(caseCount(other), 5);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
