#pragma once

// MatchCaseRepository: reads cases in the shape matching needs (MatchCase) and finds the queue: cases whose
// current screening says screened in, still in an early status (received, screening, screened in, or matched
// but since declined or unassigned), with no open assignment. One query for the whole queue, so that batch
// matching of thousands of cases does not load them one by one.

#include "core/Result.h"
#include "matching/MatchCase.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ch {

class MatchCaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::MatchCaseRepository)
public:
    explicit MatchCaseRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

    Result<MatchCase> load(qint64 caseId) const;
    Result<QList<MatchCase>> queue() const; // by case id

    static QStringList queueStatuses();

private:
    Result<QList<MatchCase>> select(const QString &where, qint64 caseId) const;
    Status loadDeclines(const QString &where, qint64 caseId, QList<MatchCase> &cases) const;

    QSqlDatabase m_db;
};

} // namespace ch
