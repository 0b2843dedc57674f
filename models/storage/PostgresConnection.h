#pragma once

// libpq's connection behind a Qt QPSQL connection, for the few things Qt's SQL API cannot do: cancel a
// running statement (BackgroundRead), read notifications without an event loop (ExternalChangeWatcher), and
// hash a password the way the server expects (ServerRoles).

#include <QSqlDatabase>

struct pg_conn; // libpq's PGconn; callers include <libpq-fe.h>

namespace ch::Postgres {

// nullptr unless db is an open QPSQL connection.
pg_conn *connection(const QSqlDatabase &db);

} // namespace ch::Postgres
