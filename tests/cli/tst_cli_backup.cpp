// clearinghouse-cli backup / restore, run as a separate process.
#include "CliRunner.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliBackup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    using Run = ch::test::CliRun;

    Run cli(const QStringList &args, const QString &passphraseEnv = {})
    {
        auto options = ch::test::CliOptions::inHome(m_dir.path());
        options.unsetEnv = {u"CLEARINGHOUSE_BACKUP_PASSPHRASE"_s};
        if (!passphraseEnv.isEmpty())
            options.env.insert(u"CLEARINGHOUSE_BACKUP_PASSPHRASE"_s, passphraseEnv);
        return ch::test::runCli(args, options);
    }

    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    int cases(const QString &db)
    {
        Run r = cli({u"--db"_s, db, u"export"_s, u"--out"_s, m_dir.filePath(u"count.json"_s)});
        if (r.exitCode != 0)
            return -1;
        QFile f(m_dir.filePath(u"count.json"_s));
        f.open(QIODevice::ReadOnly);
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
        return static_cast<int>((d.isArray() ? d.array() : d.object().value(u"cases"_s).toArray()).size());
    }

private Q_SLOTS:
    void backupThenRestoreBringsBackTheData()
    {
        const QString db = m_dir.filePath(u"one/office.db"_s);
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"12"_s, u"--volunteers"_s, u"2"_s}).exitCode, 0);
        Run b = cli({u"--db"_s, db, u"backup"_s});
        QCOMPARE(b.exitCode, 0);
        const QString backup = json(b.out).value(u"path"_s).toString();
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"5"_s, u"--volunteers"_s, u"0"_s, u"--seed"_s, u"9"_s}).exitCode, 0);
        QCOMPARE(cases(db), 17);
        Run r = cli({u"--db"_s, db, u"restore"_s, backup});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cases(db), 12);
        QCOMPARE(cases(json(r.out).value(u"previous"_s).toString()), 17);
        Run list = cli({u"--db"_s, db, u"backup"_s, u"--list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(json(list.out).value(u"backups"_s).toArray().size(), 1);
    }

    void encryptedBackupNeedsItsPassphrase()
    {
        const QString db = m_dir.filePath(u"two/office.db"_s);
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"3"_s, u"--volunteers"_s, u"0"_s}).exitCode, 0);
        QCOMPARE(cli({u"--db"_s, db, u"backup"_s, u"--encrypt"_s}).exitCode, 2); // no passphrase anywhere
        QFile pass(m_dir.filePath(u"pass.txt"_s));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("llave secreta\n");
        pass.close();
        Run b = cli({u"--db"_s, db, u"backup"_s, u"--encrypt"_s, u"--passphrase-file"_s, pass.fileName()});
        QCOMPARE(b.exitCode, 0);
        QVERIFY(json(b.out).value(u"encrypted"_s).toBool());
        const QString backup = json(b.out).value(u"path"_s).toString();
        Run noPass = cli({u"--db"_s, db, u"restore"_s, backup});
        QCOMPARE(noPass.exitCode, 1);
        QVERIFY(noPass.err.contains(u"passphrase"_s));
        Run wrong = cli({u"--db"_s, db, u"restore"_s, u"--check-only"_s, backup}, u"not it"_s);
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(cli({u"--db"_s, db, u"restore"_s, u"--check-only"_s, backup}, u"llave secreta"_s).exitCode, 0);
        QCOMPARE(cli({u"--db"_s, db, u"restore"_s, u"--passphrase-file"_s, pass.fileName(), backup}).exitCode, 0);
        QCOMPARE(cases(db), 3);
    }

    void restoreRefusesAFileThatIsNotABackup()
    {
        const QString db = m_dir.filePath(u"three/office.db"_s);
        QCOMPARE(cli({u"--db"_s, db, u"demo"_s, u"--cases"_s, u"4"_s, u"--volunteers"_s, u"0"_s}).exitCode, 0);
        for (const QString &bad : {QStringLiteral(CH_FIXTURES_DIR "/not-a-database.csv"),
                                   QStringLiteral(CH_FIXTURES_DIR "/corrupt.db"), m_dir.filePath(u"nothing.db"_s)}) {
            Run r = cli({u"--db"_s, db, u"restore"_s, bad});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(bad));
            QCOMPARE(cases(db), 4);
        }
        QCOMPARE(cli({u"--db"_s, db, u"restore"_s}).exitCode, 2);
        QCOMPARE(cli({u"--db"_s, db, u"backup"_s, u"--keep"_s, u"zero"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
