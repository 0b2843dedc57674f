#include "MatchSession.h"

#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/RosterSettings.h"
#include "storage/VolunteerRepository.h"
#include "storage/WriteTransaction.h"

#include <cmath>

using namespace Qt::StringLiterals;

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
        auto status = Sql::scalar(db, u"SELECT status FROM cases WHERE id = :id"_s, {{":id", p.caseId}});
        if (!status)
            return status.error();
        QStringList path;
        if (status->toString() == u"received" || status->toString() == u"screening")
            path << u"screened_in"_s;
        if (path.size() == 1 || status->toString() == u"screened_in")
            path << u"matched"_s;
        CaseRepository cases(db);
        for (const QString &to : path) {
            if (Status s = cases.changeStatus(p.caseId, to, tr("Assigned to a volunteer by matching.")); !s)
                return s;
        }
    }
    return tx.commit();
}

Status MatchSession::release(const QSqlDatabase &db, qint64 caseId, bool declined, const QString &reason)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    AssignmentRepository repo(db);
    if (Status s = declined ? repo.decline(caseId, reason) : repo.unassign(caseId, reason); !s)
        return s;
    auto status = Sql::scalar(db, u"SELECT status FROM cases WHERE id = :id"_s, {{":id", caseId}});
    if (!status)
        return status.error();
    if (status->toString() == u"matched") {
        const QString comment = declined ? tr("The volunteer declined: %1").arg(reason)
                                         : tr("Unassigned; back in the queue.");
        if (Status s = CaseRepository(db).changeStatus(caseId, u"screened_in"_s, comment); !s)
            return s;
    }
    return tx.commit();
}

} // namespace ch
