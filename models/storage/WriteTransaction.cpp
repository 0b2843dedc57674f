#include "WriteTransaction.h"

#include "SqlHelpers.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace ch {

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::begin()
{
    const bool sqlite = m_db.driverName() == "QSQLITE"_L1;
    Status s = Sql::execRaw(m_db, sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    m_active = s.ok();
    return s;
}

Status WriteTransaction::commit()
{
    Status s = Sql::execRaw(m_db, u"COMMIT"_s);
    if (s.ok())
        m_active = false;
    else
        rollback();
    return s;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed ROLLBACK leaves nothing to do: SQLite has already rolled back on the error that led here.
    (void)Sql::execRaw(m_db, u"ROLLBACK"_s);
}

} // namespace ch
