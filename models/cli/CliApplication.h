#pragma once

// CliApplication: clearinghouse-cli's commands (demo, export, import, screen, ...) for headless batch use.
// `clearinghouse-cli [--db PATH | --server URL] COMMAND [options]`. Exit codes: 0 done, 1 the work failed (message on
// stderr), 2 the command line was wrong (usage on stderr). Machine-readable results go to stdout as JSON.

#include "auth/Role.h"
#include "core/Result.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ch {

class Database;
class RosterCommands;

class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(ch::CliApplication)
public:
    enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

    CliApplication(QTextStream &out, QTextStream &err);
    // arguments as in QCoreApplication::arguments(), program name first.
    int run(const QStringList &arguments);
    // The command word of arguments (skipping the global options), or empty.
    static QString commandOf(const QStringList &arguments);
    // True for the commands that draw pages (packet, letter): they need a QGuiApplication.
    static bool needsGui(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(const QStringList &args)> handler;
    };
    QString usage() const;
    std::unique_ptr<Database> openDatabase(bool readOnly = false);
    // The permission a command needs from the account running it (issue 7), if any.
    static std::optional<Permission> permissionFor(const QString &command, const QStringList &args);
    Status checkPermission(Permission permission);
    Status requireRole(Database &db, Permission permission);
    RosterCommands roster();

    int runDemo(const QStringList &args);
    int runExport(const QStringList &args);
    int runScreen(const QStringList &args);
    int runImport(const QStringList &args);
    int runPacket(const QStringList &args);
    int runLetter(const QStringList &args);
    bool parseCaseId(const QString &command, const QStringList &positional, qint64 &id);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;                     // the file, or the server's address (display text) with --server
    std::optional<ServerAddress> m_server; // --server
    bool m_passwordStdin = false;
    std::optional<Permission> m_needed; // what the running command needs of the account's role
    QList<Command> m_commands;
};

} // namespace ch
