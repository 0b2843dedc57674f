#include "BackupCommands.h"
#include "CommandLine.h"

#include "backup/BackupService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

QJsonObject toJson(const BackupInfo &b)
{
    return {{u"path"_s, b.path},
            {u"created_at"_s, b.createdAt.toString(Qt::ISODate)},
            {u"size"_s, b.size},
            {u"encrypted"_s, b.encrypted}};
}
} // namespace

BackupCommands::BackupCommands(QString dbPath, QTextStream &out, QTextStream &err)
    : m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
{
}

bool BackupCommands::readPassphrase(const QString &file, QString &out)
{
    if (file.isEmpty()) {
        out = qEnvironmentVariable("CLEARINGHOUSE_BACKUP_PASSPHRASE");
        return true;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_err << tr("clearinghouse-cli: cannot read the passphrase file %1: %2").arg(file, f.errorString()) << Qt::endl;
        return false;
    }
    out = QString::fromUtf8(f.readLine()).remove(u'\n').remove(u'\r');
    if (out.isEmpty()) {
        m_err << tr("clearinghouse-cli: the passphrase file %1 is empty.").arg(file) << Qt::endl;
        return false;
    }
    return true;
}

int BackupCommands::backup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a checked backup of the database, or list the backups."));
    p.addHelpOption();
    p.addOption({u"dir"_s, tr("The backup folder (default: “backups” beside the database)."), u"DIR"_s});
    p.addOption({u"keep"_s, tr("How many backups to keep (default 20)."), u"N"_s, u"20"_s});
    p.addOption({u"encrypt"_s, tr("Encrypt the backup with a passphrase.")});
    p.addOption({u"passphrase-file"_s, tr("Read the passphrase from the first line of FILE (else from "
                                          "CLEARINGHOUSE_BACKUP_PASSPHRASE)."),
                 u"FILE"_s});
    p.addOption({u"list"_s, tr("List the backups, newest first, instead of writing one.")});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    bool keepOk = false;
    BackupService::Options o;
    o.keep = p.value(u"keep"_s).toInt(&keepOk);
    if (!keepOk || o.keep < 1) {
        m_err << tr("clearinghouse-cli backup: --keep takes a whole number of 1 or more.") << Qt::endl;
        return UsageError;
    }
    o.directory = p.value(u"dir"_s);
    if (p.isSet(u"list"_s)) {
        auto all = BackupService::list(o.directory.isEmpty() ? BackupService::defaultDirectory(m_dbPath) : o.directory);
        if (!all) {
            m_err << tr("clearinghouse-cli backup: %1").arg(all.error().message) << Qt::endl;
            return Failed;
        }
        QJsonArray list;
        for (const BackupInfo &b : *all)
            list.append(toJson(b));
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"backups"_s, list}}).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Ok;
    }
    if (p.isSet(u"encrypt"_s)) {
        if (!readPassphrase(p.value(u"passphrase-file"_s), o.passphrase))
            return UsageError;
        if (o.passphrase.isEmpty()) {
            m_err << tr("clearinghouse-cli backup: --encrypt needs a passphrase: give --passphrase-file FILE or set "
                        "CLEARINGHOUSE_BACKUP_PASSPHRASE.")
                  << Qt::endl;
            return UsageError;
        }
    }
    Database::Options dbo;
    dbo.readOnly = true; // a backup never changes the database
    dbo.migrate = false;
    if (!QFile::exists(m_dbPath)) {
        m_err << tr("clearinghouse-cli backup: there is no database at %1.").arg(QDir::toNativeSeparators(m_dbPath)) << Qt::endl;
        return Failed;
    }
    auto db = Database::open(m_dbPath, dbo);
    if (!db) {
        m_err << tr("clearinghouse-cli: %1").arg(db.error().message) << Qt::endl;
        return Failed;
    }
    auto info = BackupService::backup(**db, o);
    if (!info) {
        m_err << tr("clearinghouse-cli backup: %1").arg(info.error().message) << Qt::endl;
        return Failed;
    }
    m_out << QString::fromUtf8(QJsonDocument(toJson(*info)).toJson(QJsonDocument::Compact)) << Qt::endl;
    return Ok;
}

int BackupCommands::restore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Check a backup and put it in place of the database. The replaced database is kept "
                                   "beside it."));
    p.addHelpOption();
    p.addOption({u"passphrase-file"_s, tr("Read the passphrase of an encrypted backup from the first line of FILE "
                                          "(else from CLEARINGHOUSE_BACKUP_PASSPHRASE)."),
                 u"FILE"_s});
    p.addOption({u"check-only"_s, tr("Only check the backup; change nothing.")});
    p.addPositionalArgument(u"BACKUP"_s, tr("The backup file."));
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    if (p.positionalArguments().size() != 1) {
        m_err << tr("clearinghouse-cli restore: name one backup file.") << Qt::endl;
        return UsageError;
    }
    const QString file = p.positionalArguments().constFirst();
    QString passphrase;
    if (!readPassphrase(p.value(u"passphrase-file"_s), passphrase))
        return UsageError;
    if (p.isSet(u"check-only"_s)) {
        if (Status s = BackupService::verify(file, passphrase); !s) {
            m_err << tr("clearinghouse-cli restore: %1").arg(s.error().message) << Qt::endl;
            return Failed;
        }
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"backup"_s, file}, {u"ok"_s, true}}).toJson(QJsonDocument::Compact))
              << Qt::endl;
        return Ok;
    }
    auto kept = BackupService::restore(file, m_dbPath, passphrase);
    if (!kept) {
        m_err << tr("clearinghouse-cli restore: %1").arg(kept.error().message) << Qt::endl;
        return Failed;
    }
    m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"restored"_s, file},
                                                         {u"database"_s, m_dbPath},
                                                         {u"previous"_s, kept->isEmpty() ? QJsonValue() : QJsonValue(*kept)}})
                                   .toJson(QJsonDocument::Compact))
          << Qt::endl;
    return Ok;
}

} // namespace ch
