#pragma once

// WriteTransaction: BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. Qt's
// QSqlDatabase::transaction() sends a deferred BEGIN, which fails with SQLITE_BUSY when two writers
// upgrade their read locks at once; IMMEDIATE takes the write lock up front (and waits busy_timeout).

#include "core/Result.h"

#include <QSqlDatabase>

namespace ch {

class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ch
