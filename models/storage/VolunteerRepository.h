#pragma once

// VolunteerRepository: the roster of trained volunteers (domain primer §5): who they are, what they are
// trained and admitted for, how many cases they can take. Writes are validated (VolunteerValidator) and
// audited like cases; a volunteer is deactivated, never deleted, so the history of assignments stays.

#include "core/Result.h"
#include "domain/Volunteer.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ch {

class Database;

class VolunteerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::VolunteerRepository)
public:
    explicit VolunteerRepository(const Database &database);
    explicit VolunteerRepository(QSqlDatabase connection);

    Result<qint64> create(Volunteer &v);
    // Saves v over the stored entry. Fails with Error::Kind::Conflict when someone else saved it since v
    // was loaded (v.rowVersion is stale); on success v.rowVersion is the new version.
    Status update(Volunteer &v);
    // Marks the volunteer inactive: no new cases, history kept. Open assignments are left to the coordinator.
    Status deactivate(qint64 id, int expectedRowVersion);
    Result<Volunteer> load(qint64 id) const;
    Result<QList<Volunteer>> all() const;
    Result<int> count() const;

private:
    Status check(Volunteer &v) const;
    Status writeChildren(const Volunteer &v, bool replace);
    Result<QList<Volunteer>> query(qint64 onlyId) const;

    QSqlDatabase m_db;
};

} // namespace ch
