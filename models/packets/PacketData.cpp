#include "PacketData.h"

#include "core/Actor.h"
#include "screening/ScreeningEngine.h"

namespace ch {

Result<PacketData> PacketData::load(const QSqlDatabase &db, qint64 caseId, QDate asOf)
{
    PacketData d;
    d.asOf = asOf;
    d.preparedBy = Actor::current();
    CaseRepository cases(db);
    auto record = cases.load(caseId);
    if (!record)
        return record.error();
    d.record = std::move(record).value();

    auto assignment = AssignmentRepository(db).current(caseId);
    if (!assignment)
        return assignment.error();
    d.assignment = *assignment;
    if (d.assignment) {
        auto volunteer = VolunteerRepository(db).load(d.assignment->volunteerId);
        if (!volunteer)
            return volunteer.error();
        d.volunteer = *volunteer;
    }

    // Screened afresh rather than read from the store: the packet shows where the case stands on its
    // own date, and screening is a pure function of the answers.
    auto screening = ScreeningEngine::screenWithBuiltInRules(d.record, asOf);
    if (screening)
        d.screening = *screening;

    auto reasons = ReasonRepository(db).forCase(caseId);
    if (!reasons)
        return reasons.error();
    d.reasons = *reasons;
    auto history = cases.statusHistory(caseId);
    if (!history)
        return history.error();
    d.history = *history;
    auto notes = cases.notes(caseId);
    if (!notes)
        return notes.error();
    d.notes = *notes;
    return d;
}

} // namespace ch
