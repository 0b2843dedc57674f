#pragma once

// ReportCommands: clearinghouse-cli's `report` command (issue 11):
//   report NAME [--from DATE] [--to DATE] [--all-time] [--format csv|json] [--out FILE]
//   report --list
// The period defaults to the last twelve months (ReportPeriod::lastTwelveMonths). JSON goes to standard
// output unless --out names a file; files are written atomically and owner-only.
// Exit codes: 0 done, 1 failed, 2 the command line was wrong.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ch {

class Database;

class ReportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReportCommands)
public:
    using Opener = std::function<std::unique_ptr<Database>()>;
    ReportCommands(QTextStream &out, QTextStream &err, Opener openDatabase)
        : m_out(out), m_err(err), m_open(std::move(openDatabase))
    {
    }

    int report(const QStringList &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Opener m_open;
};

} // namespace ch
