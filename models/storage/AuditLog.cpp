#include "AuditLog.h"

#include "Dialect.h"
#include "SensitiveData.h"

#include "SqlHelpers.h"
#include "core/Actor.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ch {

Status AuditLog::record(const QSqlDatabase &db, const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject b = before;
    QJsonObject a = after;
    if (action == "update"_L1) {
        b = {};
        a = {};
        QSet<QString> keys;
        for (auto it = before.begin(); it != before.end(); ++it)
            keys.insert(it.key());
        for (auto it = after.begin(); it != after.end(); ++it)
            keys.insert(it.key());
        for (const QString &k : keys) {
            if (before.value(k) != after.value(k)) {
                b.insert(k, before.value(k));
                a.insert(k, after.value(k));
            }
        }
        if (a.isEmpty() && b.isEmpty())
            return Status();
    }
    // Medical, family and abuse details go to the entry's private columns (SensitiveData).
    const QJsonObject bHidden = SensitiveData::split(entity, action, b);
    const QJsonObject aHidden = SensitiveData::split(entity, action, a);
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto q = Sql::run(db,
                      u"INSERT INTO audit_log(at, actor, entity, entity_id, action, before_json, after_json,"
                      " before_private, after_private)"
                      " VALUES (:at, :actor, :entity, :id, :action, :before, :after, :beforePrivate, :afterPrivate)"_s,
                      {{":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       // On a shared server the entry names the server user who made the change, whatever
                       // the program was told: the person the connection logged in as.
                       {":actor", Dialect::isPostgres(db) ? db.userName() : Actor::current()},
                       {":entity", entity},
                       {":id", entityId},
                       {":action", action},
                       {":before", json(b)},
                       {":after", json(a)},
                       {":beforePrivate", json(bHidden)},
                       {":afterPrivate", json(aHidden)}});
    if (!q)
        return q.error();
    return Status();
}

Result<QList<AuditEntry>> AuditLog::entries(const QSqlDatabase &db, const QString &entity, qint64 entityId)
{
    // The private parts only for a connection that may read them; the rest of each entry for everyone.
    auto q = Sql::run(db,
                      u"SELECT id, at, actor, entity, entity_id, action, before_json, after_json, %1, %2 FROM audit_log"
                      " WHERE entity = :entity AND entity_id = :id ORDER BY id"_s
                          .arg(SensitiveData::column(db, u"audit_log"_s, u"before_private"_s),
                               SensitiveData::column(db, u"audit_log"_s, u"after_private"_s)),
                      {{":entity", entity}, {":id", entityId}});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.actor = q->value(2).toString();
        e.entity = q->value(3).toString();
        e.entityId = q->value(4).toLongLong();
        e.action = q->value(5).toString();
        e.before = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        const QJsonObject beforeHidden = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        const QJsonObject afterHidden = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        for (auto it = beforeHidden.begin(); it != beforeHidden.end(); ++it)
            e.before.insert(it.key(), it.value());
        for (auto it = afterHidden.begin(); it != afterHidden.end(); ++it)
            e.after.insert(it.key(), it.value());
        out << e;
    }
    return out;
}

} // namespace ch
