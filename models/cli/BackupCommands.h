#pragma once

// BackupCommands: clearinghouse-cli's `backup` and `restore`. Kept apart from CliApplication so that
// each file stays about one thing; the exit codes are CliApplication's (0 done, 1 failed, 2 usage).

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ch {

class BackupCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ch::BackupCommands)
public:
    BackupCommands(QString dbPath, QTextStream &out, QTextStream &err);

    int backup(const QStringList &args);
    int restore(const QStringList &args);

private:
    // The passphrase from --passphrase-file FILE (first line), or from the environment variable
    // CLEARINGHOUSE_BACKUP_PASSPHRASE; never from the command line, where other users could read it.
    bool readPassphrase(const QString &file, QString &out);

    QString m_dbPath;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ch
