#include "MatchCaseRepository.h"

#include "Dialect.h"

#include "SqlHelpers.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &p : s.split(u';', Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

} // namespace

QStringList MatchCaseRepository::queueStatuses()
{
    return {u"received"_s, u"screening"_s, u"screened_in"_s, u"matched"_s};
}

Result<QList<MatchCase>> MatchCaseRepository::select(const QString &where, qint64 caseId) const
{
    const QString sql =
        u"SELECT c.id, p.person_name, p.aliases, coalesce(c.co_defendants, ''), coalesce(c.reasons, ''),"
        " coalesce(c.sentencing_district, ''), coalesce(c.facility, ''), p.person_language,"
        " coalesce((SELECT "_s + Dialect::groupConcat(Dialect::of(m_db), u"s.language"_s, u";"_s)
        + u" FROM submitters s WHERE s.case_id = c.id), '')"
          " FROM cases c JOIN persons p ON p.id = c.person_id "_s
        + where + u" ORDER BY c.id"_s;
    auto q = caseId > 0 ? Sql::run(m_db, sql, {{":id", caseId}}) : Sql::run(m_db, sql);
    if (!q)
        return q.error();
    QList<MatchCase> out;
    while (q->next()) {
        MatchCase c;
        c.id = q->value(0).toLongLong();
        c.personName = q->value(1).toString();
        c.parties = splitList(q->value(3).toString());
        if (!c.personName.trimmed().isEmpty())
            c.parties << c.personName.trimmed();
        c.parties << splitList(q->value(2).toString());
        c.reasons = splitList(q->value(4).toString());
        // A reason listed twice ("age;age") is one reason: the explained score and the batch's bit sets
        // must divide by the same count.
        c.reasons.removeDuplicates();
        c.district = q->value(5).toString().trimmed();
        c.facility = q->value(6).toString();
        c.facilityState = MatchCase::stateOfFacility(c.facility);
        for (const QString &l : splitList(q->value(7).toString() + u';' + q->value(8).toString())) {
            if (!c.languages.contains(l, Qt::CaseInsensitive))
                c.languages << l;
        }
        out << c;
    }
    if (Status s = loadDeclines(where, caseId, out); !s)
        return s.error();
    return out;
}

Status MatchCaseRepository::loadDeclines(const QString &where, qint64 caseId, QList<MatchCase> &cases) const
{
    if (cases.isEmpty())
        return Status();
    // A volunteer has declined a case when their latest assignment to it ended in a decline (one assigned
    // again later and then unassigned has changed their mind). Same filter as the cases, one query.
    const QString sql =
        u"SELECT d.case_id, d.volunteer_id, d.ended_at, d.end_reason"
        " FROM assignments d JOIN cases c ON c.id = d.case_id JOIN persons p ON p.id = c.person_id "_s
        + (where.isEmpty() ? u"WHERE"_s : where + u" AND"_s)
        + u" d.end_kind = 'declined'"
          " AND d.id = (SELECT max(x.id) FROM assignments x"
          "             WHERE x.case_id = d.case_id AND x.volunteer_id = d.volunteer_id)"
          " ORDER BY d.case_id, d.id"_s;
    auto q = caseId > 0 ? Sql::run(m_db, sql, {{":id", caseId}}) : Sql::run(m_db, sql);
    if (!q)
        return q.error();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < cases.size(); ++i)
        index.insert(cases.at(i).id, i);
    while (q->next()) {
        const qsizetype i = index.value(q->value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        const QDateTime at = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        cases[i].declines.insert(q->value(1).toLongLong(),
                                 MatchDecline{at.isValid() ? at.toLocalTime().date() : QDate(),
                                              q->value(3).toString()});
    }
    return Status();
}

Result<MatchCase> MatchCaseRepository::load(qint64 caseId) const
{
    auto list = select(u"WHERE c.id = :id"_s, caseId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no case %1.").arg(caseId));
    return list->first();
}

Result<QList<MatchCase>> MatchCaseRepository::queue() const
{
    // The statuses are constants of the program, not user text.
    return select(u"WHERE c.status IN ('received', 'screening', 'screened_in', 'matched')"
                  " AND EXISTS (SELECT 1 FROM screening_results r WHERE r.case_id = c.id AND r.is_current = 1"
                  "             AND r.outcome = 'screened_in')"
                  " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id AND a.ended_at IS NULL)"_s,
                  0);
}

} // namespace ch
