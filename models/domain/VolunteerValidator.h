#pragma once

// VolunteerValidator: the rules a roster entry must meet before it is saved (issue 5): a kind from the list,
// districts from DistrictCatalog, bar admissions as state codes, expertise as ReasonCatalog codes, and a
// law-clinic student supervised by an attorney who is on the roster. Used by VolunteerRepository on every
// write and by the add/edit dialog to show the problems beside the fields.

#include "Volunteer.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace ch {

struct VolunteerProblem
{
    QString field; // the Volunteer::toJson() key the problem belongs to
    QString message;
};

class VolunteerValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ch::VolunteerValidator)
public:
    // Returns the roster entry with the given id, or nullptr when there is none.
    using Lookup = std::function<const Volunteer *(qint64 id)>;

    // Brings free text into the stored form: district names/abbreviations to codes, state codes upper case,
    // list entries trimmed and without duplicates. Values it cannot place are left for validate() to report.
    static void normalize(Volunteer &v);
    static QList<VolunteerProblem> validate(const Volunteer &v, const Lookup &roster, QDate today = QDate::currentDate());
    static QStringList stateCodes();
};

} // namespace ch
