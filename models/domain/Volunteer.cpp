#include "Volunteer.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ch {

QStringList Volunteer::kinds()
{
    return {u"large_firm"_s, u"small_firm_defense"_s, u"law_clinic_student"_s, u"solo"_s, u"other"_s};
}

QString Volunteer::kindLabel(const QString &kind)
{
    if (kind == u"large_firm")
        return QCoreApplication::translate("ch::Volunteer", "Large firm");
    if (kind == u"small_firm_defense")
        return QCoreApplication::translate("ch::Volunteer", "Small-firm defense");
    if (kind == u"law_clinic_student")
        return QCoreApplication::translate("ch::Volunteer", "Law clinic student");
    if (kind == u"solo")
        return QCoreApplication::translate("ch::Volunteer", "Solo practitioner");
    if (kind == u"other")
        return QCoreApplication::translate("ch::Volunteer", "Other");
    return kind;
}

bool Volunteer::isOnLeave(QDate day) const
{
    if (onLeaveUntil.isValid() && day <= onLeaveUntil)
        return true;
    for (const LeavePeriod &p : leaves) {
        if (p.contains(day))
            return true;
    }
    return false;
}

QDate Volunteer::latestTraining() const
{
    QDate latest;
    for (const Training &t : trainings) {
        if (t.completedOn.isValid() && (!latest.isValid() || t.completedOn > latest))
            latest = t.completedOn;
    }
    return latest;
}

QDate Volunteer::trainingExpiresOn(int validityMonths) const
{
    const QDate latest = latestTraining();
    return latest.isValid() ? latest.addMonths(validityMonths) : QDate();
}

bool Volunteer::hasValidTraining(QDate day, int validityMonths) const
{
    const QDate expires = trainingExpiresOn(validityMonths);
    return expires.isValid() && latestTraining() <= day && day < expires;
}

QJsonObject Volunteer::toJson() const
{
    QJsonArray trainingArray;
    for (const Training &t : trainings)
        trainingArray.append(QJsonObject{{u"completed_on"_s, t.completedOn.toString(Qt::ISODate)}, {u"course"_s, t.course}});
    QJsonArray leaveArray;
    for (const LeavePeriod &p : leaves)
        leaveArray.append(QJsonObject{{u"from"_s, p.from.toString(Qt::ISODate)},
                                      {u"until"_s, p.until.toString(Qt::ISODate)},
                                      {u"note"_s, p.note}});
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"email"_s, email},
                  {u"phone"_s, phone},
                  {u"organization"_s, organization},
                  {u"kind"_s, kind},
                  {u"supervisor_id"_s, supervisorId > 0 ? QJsonValue(supervisorId) : QJsonValue()},
                  {u"bar_states"_s, QJsonArray::fromStringList(barStates)},
                  {u"districts"_s, QJsonArray::fromStringList(districts)},
                  {u"capacity"_s, capacity},
                  {u"languages"_s, QJsonArray::fromStringList(languages)},
                  {u"expertise"_s, QJsonArray::fromStringList(expertise)},
                  {u"conflicts"_s, QJsonArray::fromStringList(conflicts)},
                  {u"on_leave_until"_s, onLeaveUntil.isValid() ? QJsonValue(onLeaveUntil.toString(Qt::ISODate)) : QJsonValue()},
                  {u"active"_s, active},
                  {u"notes"_s, notes},
                  {u"trainings"_s, trainingArray}};
    if (!leaves.isEmpty())
        o.insert(u"leaves"_s, leaveArray);
    return o;
}

} // namespace ch
