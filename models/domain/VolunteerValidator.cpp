#include "VolunteerValidator.h"

#include "DistrictCatalog.h"
#include "ReasonCatalog.h"

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QStringList cleaned(const QStringList &in, bool upper = false, bool lower = false)
{
    QStringList out;
    for (const QString &raw : in) {
        QString s = raw.trimmed();
        if (upper)
            s = s.toUpper();
        if (lower)
            s = s.toLower();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

} // namespace

QStringList VolunteerValidator::stateCodes()
{
    static const QStringList codes = [] {
        QStringList out;
        for (const District &d : DistrictCatalog::all()) {
            if (!out.contains(d.state))
                out << d.state;
        }
        out.sort();
        return out;
    }();
    return codes;
}

void VolunteerValidator::normalize(Volunteer &v)
{
    v.name = v.name.trimmed();
    v.email = v.email.trimmed();
    v.phone = v.phone.trimmed();
    v.organization = v.organization.trimmed();
    v.kind = v.kind.trimmed();
    v.barStates = cleaned(v.barStates, true);
    QStringList districts;
    for (const QString &d : cleaned(v.districts)) {
        const QString code = DistrictCatalog::normalize(d);
        const QString keep = code.isEmpty() ? d : code;
        if (!districts.contains(keep))
            districts << keep;
    }
    v.districts = districts;
    v.languages = cleaned(v.languages);
    v.expertise = cleaned(v.expertise, false, true);
    v.conflicts = cleaned(v.conflicts);
}

QList<VolunteerProblem> VolunteerValidator::validate(const Volunteer &v, const Lookup &roster, QDate today)
{
    QList<VolunteerProblem> problems;
    auto add = [&problems](const QString &field, const QString &message) { problems.append({field, message}); };
    if (v.name.trimmed().isEmpty())
        add(u"name"_s, tr("A volunteer needs a name."));
    if (!Volunteer::kinds().contains(v.kind))
        add(u"kind"_s, tr("“%1” is not a kind of volunteer. Choose one from the list.").arg(v.kind));
    if (v.capacity < 0)
        add(u"capacity"_s, tr("The capacity cannot be negative."));
    else if (v.capacity > 100)
        add(u"capacity"_s, tr("A capacity of %1 open cases is more than anyone can carry; enter at most 100.").arg(v.capacity));
    if (!v.email.isEmpty() && !v.email.contains(u'@'))
        add(u"email"_s, tr("“%1” is not an email address.").arg(v.email));
    if (v.isStudent()) {
        if (v.supervisorId <= 0) {
            add(u"supervisor_id"_s, tr("A law-clinic student needs a supervising attorney from the roster."));
        } else if (v.supervisorId == v.id && v.id != 0) {
            add(u"supervisor_id"_s, tr("A student cannot supervise themselves. Choose an attorney from the roster."));
        } else {
            const Volunteer *sup = roster ? roster(v.supervisorId) : nullptr;
            if (!sup)
                add(u"supervisor_id"_s, tr("The supervising attorney (volunteer %1) is not on the roster.").arg(v.supervisorId));
            else if (sup->isStudent())
                add(u"supervisor_id"_s, tr("%1 is a student too; a supervisor must be an attorney.").arg(sup->name));
        }
    } else if (v.supervisorId > 0 && roster && !roster(v.supervisorId)) {
        add(u"supervisor_id"_s, tr("The supervising attorney (volunteer %1) is not on the roster.").arg(v.supervisorId));
    }
    const QStringList states = stateCodes();
    for (const QString &s : v.barStates) {
        if (!states.contains(s))
            add(u"bar_states"_s, tr("“%1” is not a state code (such as NY or TX).").arg(s));
    }
    for (const QString &d : v.districts) {
        if (!DistrictCatalog::byCode(d))
            add(u"districts"_s, tr("“%1” is not a federal district court. Use a code such as nysd.").arg(d));
    }
    for (const QString &e : v.expertise) {
        if (!ReasonCatalog::isValid(e))
            add(u"expertise"_s, tr("“%1” is not a reason code (such as terminal_illness or age).").arg(e));
    }
    for (const Training &t : v.trainings) {
        if (!t.completedOn.isValid())
            add(u"trainings"_s, tr("Every training needs the date it was completed."));
        else if (t.completedOn > today)
            add(u"trainings"_s, tr("The training on %1 lies in the future.").arg(t.completedOn.toString(Qt::ISODate)));
        if (t.course.trimmed().isEmpty())
            add(u"trainings"_s, tr("Every training needs the name of the course."));
    }
    for (const LeavePeriod &p : v.leaves) {
        if (!p.from.isValid() || !p.until.isValid())
            add(u"leaves"_s, tr("A leave period needs a first and a last day."));
        else if (p.until < p.from)
            add(u"leaves"_s, tr("The leave from %1 ends before it starts.").arg(p.from.toString(Qt::ISODate)));
    }
    return problems;
}

} // namespace ch
