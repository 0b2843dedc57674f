#pragma once

// AuditLog: the append-only record of every change: who, when, what, and the values before and after.
// Triggers in the schema refuse UPDATE and DELETE on the table, so not even a bug here can rewrite it.
// Medical, family and abuse details are kept in the entry's private columns (SensitiveData::split): a reader
// who may not see them (a coordinator or auditor on a server) reads the rest of every entry.

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ch {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QJsonObject before;
    QJsonObject after;
};

class AuditLog final
{
public:
    // Writes one entry inside the caller's transaction. For "update", only the keys whose values differ
    // are kept in before/after; nothing is written when nothing changed.
    static Status record(const QSqlDatabase &db, const QString &entity, qint64 entityId, const QString &action,
                         const QJsonObject &before, const QJsonObject &after);
    // before/after with the private details merged in, where this connection may read them.
    static Result<QList<AuditEntry>> entries(const QSqlDatabase &db, const QString &entity, qint64 entityId);
};

} // namespace ch
