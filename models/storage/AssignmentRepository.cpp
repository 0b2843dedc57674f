#include "AssignmentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "core/Actor.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

Assignment::EndKind endKindFromKey(const QString &key)
{
    if (key == u"unassigned")
        return Assignment::EndKind::Unassigned;
    if (key == u"declined")
        return Assignment::EndKind::Declined;
    if (key == u"completed")
        return Assignment::EndKind::Completed;
    return Assignment::EndKind::Open;
}

} // namespace

QString Assignment::endKindKey(EndKind kind)
{
    switch (kind) {
    case EndKind::Open:
        return {};
    case EndKind::Unassigned:
        return u"unassigned"_s;
    case EndKind::Declined:
        return u"declined"_s;
    case EndKind::Completed:
        return u"completed"_s;
    }
    return {};
}

QJsonObject Assignment::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"case_id"_s, caseId},
                  {u"volunteer_id"_s, volunteerId},
                  {u"assigned_at"_s, assignedAt.toString(Qt::ISODateWithMs)},
                  {u"assigned_by"_s, assignedBy}};
    if (hasScore)
        o.insert(u"score"_s, score);
    if (!scoreTerms.isEmpty())
        o.insert(u"score_terms"_s, scoreTerms);
    if (!isOpen()) {
        o.insert(u"ended_at"_s, endedAt.toString(Qt::ISODateWithMs));
        o.insert(u"ended_by"_s, endedBy);
        o.insert(u"end_kind"_s, endKindKey(endKind));
        o.insert(u"end_reason"_s, endReason);
    }
    return o;
}

AssignmentRepository::AssignmentRepository(const Database &database) : m_db(database.connection()) {}

AssignmentRepository::AssignmentRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

Result<qint64> AssignmentRepository::assign(qint64 caseId, qint64 volunteerId, const QJsonObject &scoreTerms,
                                            std::optional<double> score)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto caseExists = Sql::scalar(m_db, u"SELECT count(*) FROM cases WHERE id = :id"_s, {{":id", caseId}});
    if (!caseExists)
        return caseExists.error();
    if (caseExists->toInt() == 0)
        return Error::make(Error::Kind::NotFound, tr("Case %1 does not exist.").arg(caseId));
    auto volunteer = Sql::scalar(m_db, u"SELECT name FROM volunteers WHERE id = :id"_s, {{":id", volunteerId}});
    if (!volunteer)
        return volunteer.error();
    if (!volunteer->isValid())
        return Error::make(Error::Kind::NotFound, tr("Volunteer %1 does not exist.").arg(volunteerId));
    auto open = current(caseId);
    if (!open)
        return open.error();
    if (open->has_value())
        return Error::make(Error::Kind::Conflict,
                           tr("Case %1 is already assigned to %2. Unassign it first.")
                               .arg(caseId)
                               .arg((*open)->volunteerName));
    Assignment a;
    a.caseId = caseId;
    a.volunteerId = volunteerId;
    a.assignedAt = QDateTime::currentDateTimeUtc();
    a.assignedBy = Actor::current();
    a.scoreTerms = scoreTerms;
    a.hasScore = score.has_value();
    a.score = score.value_or(0.0);
    auto q = Sql::run(m_db,
                      u"INSERT INTO assignments(case_id, volunteer_id, assigned_at, assigned_by, score,"
                      " score_terms_json) VALUES (:c, :v, :at, :by, :score, :terms)"_s,
                      {{":c", caseId},
                       {":v", volunteerId},
                       {":at", a.assignedAt.toString(Qt::ISODateWithMs)},
                       {":by", Sql::text(a.assignedBy)},
                       {":score", a.hasScore ? QVariant(a.score) : QVariant(QMetaType(QMetaType::Double))},
                       {":terms", QString::fromUtf8(QJsonDocument(scoreTerms).toJson(QJsonDocument::Compact))}});
    if (!q)
        return q.error();
    a.id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, u"assignment"_s, a.id, u"create"_s, {}, a.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a.id;
}

Status AssignmentRepository::unassign(qint64 caseId, const QString &reason)
{
    return close(caseId, Assignment::EndKind::Unassigned, reason);
}

Status AssignmentRepository::decline(qint64 caseId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A decline needs a reason, so the next match can take it into account."));
    return close(caseId, Assignment::EndKind::Declined, reason);
}

Status AssignmentRepository::complete(qint64 caseId, const QString &note)
{
    return close(caseId, Assignment::EndKind::Completed, note);
}

Status AssignmentRepository::close(qint64 caseId, Assignment::EndKind kind, const QString &reason)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto open = current(caseId);
    if (!open)
        return open.error();
    if (!open->has_value())
        return Error::make(Error::Kind::NotFound, tr("Case %1 is not assigned to anyone.").arg(caseId));
    Assignment before = **open;
    Assignment after = before;
    after.endedAt = QDateTime::currentDateTimeUtc();
    after.endedBy = Actor::current();
    after.endKind = kind;
    after.endReason = reason.trimmed();
    auto q = Sql::run(m_db,
                      u"UPDATE assignments SET ended_at = :at, ended_by = :by, end_kind = :kind, end_reason = :reason"
                      " WHERE id = :id AND ended_at IS NULL"_s,
                      {{":at", after.endedAt.toString(Qt::ISODateWithMs)},
                       {":by", Sql::text(after.endedBy)},
                       {":kind", Assignment::endKindKey(kind)},
                       {":reason", Sql::text(after.endReason)},
                       {":id", before.id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(Error::Kind::Conflict, tr("Someone else changed this assignment. Reload the case and try again."));
    if (Status s = AuditLog::record(m_db, u"assignment"_s, before.id, u"update"_s, before.toJson(), after.toJson()); !s)
        return s;
    return tx.commit();
}

Result<std::optional<Assignment>> AssignmentRepository::current(qint64 caseId) const
{
    auto rows = query(u"a.case_id = :c AND a.ended_at IS NULL"_s, {{":c", caseId}});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Assignment>{};
    return std::optional<Assignment>{rows->constFirst()};
}

Result<QList<Assignment>> AssignmentRepository::history(qint64 caseId) const
{
    return query(u"a.case_id = :c"_s, {{":c", caseId}});
}

Result<QList<Assignment>> AssignmentRepository::assignedSince(const QDateTime &since) const
{
    return query(u"a.ended_at IS NULL AND a.assigned_at >= :since"_s,
                 {{":since", since.toUTC().toString(Qt::ISODateWithMs)}});
}

Result<QHash<qint64, int>> AssignmentRepository::openCounts() const
{
    auto q = Sql::run(m_db, u"SELECT volunteer_id, count(*) FROM assignments WHERE ended_at IS NULL GROUP BY volunteer_id"_s);
    if (!q)
        return q.error();
    QHash<qint64, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<QList<Assignment>> AssignmentRepository::query(const QString &where,
                                                      std::initializer_list<std::pair<const char *, QVariant>> binds) const
{
    auto q = Sql::run(m_db,
                      u"SELECT a.id, a.case_id, a.volunteer_id, v.name, a.assigned_at, a.assigned_by, a.score,"
                      " a.score_terms_json, coalesce(a.ended_at, ''), coalesce(a.ended_by, ''), coalesce(a.end_kind, ''),"
                      " a.end_reason FROM assignments a JOIN volunteers v ON v.id = a.volunteer_id WHERE "_s
                          + where + u" ORDER BY a.assigned_at, a.id"_s,
                      binds);
    if (!q)
        return q.error();
    QList<Assignment> out;
    while (q->next()) {
        Assignment a;
        a.id = q->value(0).toLongLong();
        a.caseId = q->value(1).toLongLong();
        a.volunteerId = q->value(2).toLongLong();
        a.volunteerName = q->value(3).toString();
        a.assignedAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
        a.assignedBy = q->value(5).toString();
        a.hasScore = !q->value(6).isNull();
        a.score = q->value(6).toDouble();
        a.scoreTerms = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        a.endedAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODateWithMs);
        a.endedBy = q->value(9).toString();
        a.endKind = endKindFromKey(q->value(10).toString());
        a.endReason = q->value(11).toString();
        out.append(a);
    }
    return out;
}

} // namespace ch
