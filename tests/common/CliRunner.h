#pragma once

// Runs the built clearinghouse-cli (CH_CLI_PATH) as a child process for the end-to-end tests, with its own
// HOME so that the default database path is never the real one, and collects what it printed.

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace ch::test {

struct CliRun
{
    int exitCode = -1; // -2 when the program crashed, -1 when it did not finish in time
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

struct CliOptions
{
    QString home;                         // HOME and XDG_DATA_HOME (HOME/data) of the child, when set
    QHash<QString, QString> env;          // set in the child's environment
    QStringList unsetEnv;                 // removed from it
    std::function<void()> childModifier;  // runs in the child before exec (e.g. setrlimit)
    int timeoutMs = 120000;

    static CliOptions inHome(const QString &home)
    {
        CliOptions o;
        o.home = home;
        return o;
    }
};

inline CliRun runCli(const QStringList &args, const CliOptions &options = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), options.home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), options.home + QStringLiteral("/data"));
    }
    for (const QString &name : options.unsetEnv)
        env.remove(name);
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    if (options.childModifier)
        p.setChildProcessModifier(options.childModifier);
    p.start(QStringLiteral(CH_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.status = p.exitStatus();
    r.exitCode = r.status == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace ch::test
