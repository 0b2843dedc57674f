#pragma once

// PacketData: everything a packet or a letter shows about one case, read in one go: the answers, the
// open assignment and its volunteer, a fresh screening on the packet's date, the reasons tracker, the
// status history and the staff notes. Building a document from it touches no database.

#include "core/Result.h"
#include "domain/CaseRecord.h"
#include "screening/ScreeningResult.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ReasonRepository.h"
#include "storage/VolunteerRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace ch {

struct PacketData
{
    Q_DECLARE_TR_FUNCTIONS(ch::PacketData)
public:
    CaseRecord record;
    std::optional<Assignment> assignment;
    std::optional<Volunteer> volunteer;
    std::optional<ScreeningResult> screening;
    QList<ReasonAssessment> reasons;
    QList<StatusChange> history;
    QList<CaseNote> notes;
    QDate asOf;         // the day the packet describes (screening dates are relative to it)
    QString preparedBy; // Actor::current() when loaded

    // Reads case caseId. Fails with NotFound for an unknown case; other failures carry the SQL error.
    static Result<PacketData> load(const QSqlDatabase &db, qint64 caseId, QDate asOf = QDate::currentDate());
};

} // namespace ch
