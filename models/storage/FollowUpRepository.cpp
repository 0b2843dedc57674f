#include "FollowUpRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "core/Actor.h"

using namespace Qt::StringLiterals;

namespace ch {

QJsonObject FollowUp::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"case_id"_s, caseId},
                  {u"title"_s, title},
                  {u"due_on"_s, dueOn.toString(Qt::ISODate)},
                  {u"assigned_to"_s, assignedTo}};
    if (isDone()) {
        o.insert(u"done_at"_s, doneAt.toString(Qt::ISODate));
        o.insert(u"done_by"_s, doneBy);
    }
    return o;
}

FollowUpRepository::FollowUpRepository(const Database &database) : m_db(database.connection()) {}

FollowUpRepository::FollowUpRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

Result<qint64> FollowUpRepository::add(FollowUp &f)
{
    f.title = f.title.trimmed();
    if (f.title.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Say what needs doing."));
    if (f.title.size() > 500)
        return Error::make(Error::Kind::InvalidInput, tr("The follow-up is too long (at most 500 characters)."));
    if (!f.dueOn.isValid())
        return Error::make(Error::Kind::InvalidInput, tr("Give a due date."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto exists = Sql::scalar(m_db, u"SELECT count(*) FROM cases WHERE id = :id"_s, {{":id", f.caseId}});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error::make(Error::Kind::NotFound, tr("Case %1 does not exist.").arg(f.caseId));
    f.createdAt = QDateTime::currentDateTimeUtc();
    f.createdBy = Actor::current();
    auto q = Sql::run(m_db,
                      u"INSERT INTO follow_ups(case_id, title, due_on, assigned_to, created_at, created_by)"
                      " VALUES (:c, :t, :d, :a, :at, :by)"_s,
                      {{":c", f.caseId},
                       {":t", f.title},
                       {":d", f.dueOn.toString(Qt::ISODate)},
                       {":a", Sql::text(f.assignedTo.trimmed())},
                       {":at", f.createdAt.toString(Qt::ISODate)},
                       {":by", Sql::text(f.createdBy)}});
    if (!q)
        return q.error();
    f.id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, u"case"_s, f.caseId, u"follow_up_add"_s, {}, f.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return f.id;
}

Status FollowUpRepository::complete(qint64 id)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto rows = query(u"f.id = :id"_s, {{":id", id}});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("This follow-up no longer exists."));
    FollowUp before = rows->constFirst();
    if (before.isDone())
        return Status();
    FollowUp after = before;
    after.doneAt = QDateTime::currentDateTimeUtc();
    after.doneBy = Actor::current();
    auto q = Sql::run(m_db, u"UPDATE follow_ups SET done_at = :at, done_by = :by WHERE id = :id AND done_at IS NULL"_s,
                      {{":at", after.doneAt.toString(Qt::ISODate)}, {":by", Sql::text(after.doneBy)}, {":id", id}});
    if (!q)
        return q.error();
    if (Status s = AuditLog::record(m_db, u"case"_s, before.caseId, u"follow_up_done"_s, before.toJson(), after.toJson()); !s)
        return s;
    return tx.commit();
}

Result<QList<FollowUp>> FollowUpRepository::forCase(qint64 caseId) const
{
    return query(u"f.case_id = :c"_s, {{":c", caseId}});
}

Result<QList<FollowUp>> FollowUpRepository::due(const QDate &until) const
{
    return query(u"f.done_at IS NULL AND f.due_on <= :until"_s, {{":until", until.toString(Qt::ISODate)}});
}

Result<QList<FollowUp>> FollowUpRepository::query(const QString &where,
                                                  std::initializer_list<std::pair<const char *, QVariant>> binds) const
{
    auto q = Sql::run(m_db,
                      u"SELECT f.id, f.case_id, f.title, f.due_on, f.assigned_to, f.created_at, f.created_by,"
                      " coalesce(f.done_at, ''), coalesce(f.done_by, ''), p.person_name"
                      " FROM follow_ups f JOIN cases c ON c.id = f.case_id JOIN persons p ON p.id = c.person_id WHERE "_s
                          + where + u" ORDER BY f.done_at IS NOT NULL, f.due_on, f.id"_s,
                      binds);
    if (!q)
        return q.error();
    QList<FollowUp> out;
    while (q->next()) {
        FollowUp f;
        f.id = q->value(0).toLongLong();
        f.caseId = q->value(1).toLongLong();
        f.title = q->value(2).toString();
        f.dueOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        f.assignedTo = q->value(4).toString();
        f.createdAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODate);
        f.createdBy = q->value(6).toString();
        f.doneAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODate);
        f.doneBy = q->value(8).toString();
        f.personName = q->value(9).toString();
        out << f;
    }
    return out;
}

} // namespace ch
