#pragma once

// MatchSession: the glue between the database and MatchPlanner, shared by the CLI and the GUI: reads the
// roster, the open assignments and the training validity setting, builds the planner, and writes accepted
// proposals as assignments (with their score terms) in one transaction, keeping the case status in step.

#include "MatchPlanner.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace ch {

class MatchSession final
{
    Q_DECLARE_TR_FUNCTIONS(ch::MatchSession)
public:
    static Result<std::shared_ptr<MatchPlanner>> planner(const QSqlDatabase &db, QDate asOf = QDate::currentDate());
    // Assigns every proposal, or none when one fails (e.g. the case was assigned meanwhile). A case in an
    // early status moves to "matched", so the case list shows it has a volunteer.
    static Status apply(const QSqlDatabase &db, const QList<ProposedAssignment> &proposals);
    // Ends the open assignment (unassigned, or declined with a reason); a "matched" case goes back to
    // "screened in", i.e. to the queue.
    static Status release(const QSqlDatabase &db, qint64 caseId, bool declined, const QString &reason);
    static QJsonObject termsJson(const QList<ScoreTerm> &terms);
};

} // namespace ch
