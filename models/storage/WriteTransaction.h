#pragma once

// WriteTransaction: BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. Qt's
// QSqlDatabase::transaction() sends a deferred BEGIN, which fails with SQLITE_BUSY when two writers
// upgrade their read locks at once; IMMEDIATE takes the write lock up front (and waits busy_timeout).
//
// Transactions nest: inside an open transaction on the same connection, a WriteTransaction is a
// SAVEPOINT. A batch (import, demo data) opens one outer transaction, and each record's own write rolls
// back alone when it fails while the rest of the batch goes on.

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
    bool isNested() const { return m_depth > 0; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; // how many transactions were open on this connection when this one began
};

} // namespace ch
