#pragma once

// ServerLogin: how clearinghouse-cli reaches a shared (PostgreSQL) database. The address comes from
// --server (or migrate's --to); the password never from the command line, where other users of the
// computer could read it: from --password-stdin (one line), else from libpq's own sources (PGPASSFILE,
// ~/.pgpass, PGPASSWORD), else, when a person sits at a terminal, from a prompt that does not echo.

#include "core/Result.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace ch {

class ServerLogin final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ServerLogin)
public:
    // Parses a server address given on the command line; an error (a usage error) for anything that is
    // not a postgresql:// address, or that carries a password.
    static Result<ServerAddress> parseAddress(const QString &option, const QString &text);

    // The password to open server with: empty when libpq finds one itself (or the server asks for none).
    // fromStdin: --password-stdin was given. Asks at most once per program run; later calls for the same
    // address reuse the answer.
    static Result<QString> password(const ServerAddress &server, bool fromStdin, QTextStream &err);

    // True when libpq has a password source of its own: PGPASSWORD, PGPASSFILE, or ~/.pgpass.
    static bool libpqHasPassword();
};

} // namespace ch
