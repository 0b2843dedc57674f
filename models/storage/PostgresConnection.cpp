#include "PostgresConnection.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace ch::Postgres {

pg_conn *connection(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt declares the handle by libpq's struct name, pg_conn* (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace ch::Postgres
