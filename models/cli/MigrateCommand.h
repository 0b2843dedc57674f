#pragma once

// MigrateCommand: `clearinghouse-cli migrate --from sqlite:PATH --to postgresql://user@host:port/db`
// moves an office from its database file to a shared server: the whole file is copied into an empty
// server database and verified table by table (DatabaseCopier). The file is only read. Exit codes as
// CliApplication's: 0 copied and verified, 1 failed (nothing copied), 2 the command line was wrong.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ch {

class MigrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ch::MigrateCommand)
public:
    MigrateCommand(QTextStream &out, QTextStream &err, bool passwordFromStdin)
        : m_out(out), m_err(err), m_passwordFromStdin(passwordFromStdin)
    {
    }

    int run(const QStringList &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_passwordFromStdin = false;
};

} // namespace ch
