#pragma once

// The start every CLI command shares: parse its arguments, print a usage error (exit code 2) or the help
// (exit code 0), or go on.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ch {

// Returns the exit code when the command is done (usage error or --help), nothing when it should go on.
inline std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                           QTextStream &err)
{
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace ch
