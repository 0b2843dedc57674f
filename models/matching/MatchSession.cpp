#include "MatchSession.h"

#include "storage/AssignmentRepository.h"
#include "storage/RosterSettings.h"
#include "storage/VolunteerRepository.h"
#include "storage/WriteTransaction.h"

#include <cmath>

namespace ch {

Result<std::shared_ptr<MatchPlanner>> MatchSession::planner(const QSqlDatabase &db, QDate asOf)
{
    auto roster = VolunteerRepository(db).all();
    if (!roster)
        return roster.error();
    auto open = AssignmentRepository(db).openCounts();
    if (!open)
        return open.error();
    auto months = RosterSettings(db).trainingValidityMonths();
    if (!months)
        return months.error();
    MatchPlanner::Options o;
    o.asOf = asOf;
    o.trainingValidityMonths = *months;
    return std::make_shared<MatchPlanner>(std::move(*roster), std::move(*open), o);
}

QJsonObject MatchSession::termsJson(const QList<ScoreTerm> &terms)
{
    QJsonObject o;
    for (const ScoreTerm &t : terms)
        o.insert(t.key, std::round(t.points * 100.0) / 100.0);
    return o;
}

Status MatchSession::apply(const QSqlDatabase &db, const QList<ProposedAssignment> &proposals)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    AssignmentRepository repo(db);
    for (const ProposedAssignment &p : proposals) {
        auto id = repo.assign(p.caseId, p.volunteerId, termsJson(p.terms), std::round(p.score * 100.0) / 100.0);
        if (!id) {
            Error e = id.error();
            e.message = tr("No assignment was saved: %1").arg(e.message);
            return e;
        }
    }
    return tx.commit();
}

} // namespace ch
