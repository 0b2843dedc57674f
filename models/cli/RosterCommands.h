#pragma once

// RosterCommands: clearinghouse-cli's roster and matching commands (issue 5):
//   import-volunteers FILE.csv          the roster spreadsheet; JSON summary like `import`
//   match CASE_ID [--json]              ranked candidates with score terms, and who is excluded and why
//   match --batch [--json] [--apply]    a plan for every screened-in unassigned case; --apply saves it
// Same exit codes as the other commands: 0 done, 1 failed, 2 the command line was wrong.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ch {

class Database;

class RosterCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ch::RosterCommands)
public:
    using Opener = std::function<std::unique_ptr<Database>()>;
    RosterCommands(QTextStream &out, QTextStream &err, Opener openDatabase)
        : m_out(out), m_err(err), m_open(std::move(openDatabase))
    {
    }

    int importVolunteers(const QStringList &args);
    int match(const QStringList &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Opener m_open;
};

} // namespace ch
