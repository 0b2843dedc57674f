#include "ServerLogin.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QHash<QString, QString> &answers()
{
    static QHash<QString, QString> cache;
    return cache;
}

QString readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// Reads one line from the terminal with echo off, and puts the terminal back as it was.
QString readHidden()
{
#ifdef Q_OS_UNIX
    termios before{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (haveTerminal) {
        termios quiet = before;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readLine();
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    return line;
#else
    return readLine();
#endif
}

} // namespace

Result<ServerAddress> ServerLogin::parseAddress(const QString &option, const QString &text)
{
    if (!ServerAddress::isServerLocation(text)) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 takes a server address written postgresql://user@host:port/database, not “%2”.")
                               .arg(option, text));
    }
    auto server = ServerAddress::parse(text);
    if (!server)
        return server.error();
    if (!server->password().isEmpty()) {
        // Said without repeating the address: it holds the password.
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 must not contain a password, which other users of this computer could read. "
                              "Put it in a password file named by PGPASSFILE (or ~/.pgpass), or pass it with "
                              "--password-stdin.")
                               .arg(option));
    }
    return server;
}

bool ServerLogin::libpqHasPassword()
{
    if (qEnvironmentVariableIsSet("PGPASSWORD") || !qEnvironmentVariableIsEmpty("PGPASSFILE"))
        return true;
    return QFileInfo::exists(QDir::homePath() + u"/.pgpass"_s);
}

Result<QString> ServerLogin::password(const ServerAddress &server, bool fromStdin, QTextStream &err)
{
    const QString key = server.displayText();
    if (auto it = answers().constFind(key); it != answers().cend())
        return *it;
    QString answer;
    if (fromStdin) {
        if (std::cin.eof() || !std::cin.good()) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("--password-stdin found no password: give it as the first line of the input."));
        }
        answer = readLine();
        if (answer.isEmpty()) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("--password-stdin found no password: give it as the first line of the input."));
        }
    } else if (!libpqHasPassword() && stdinIsTerminal()) {
        err << tr("Password for %1 at %2: ").arg(server.user(), server.host()) << Qt::flush;
        answer = readHidden();
    }
    answers().insert(key, answer);
    return answer;
}

} // namespace ch
