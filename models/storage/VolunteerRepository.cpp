#include "VolunteerRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QVariant joinList(const QStringList &l)
{
    return Sql::text(l.join(u';'));
}

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &p : s.split(u';', Qt::SkipEmptyParts))
        out << p.trimmed();
    return out;
}

} // namespace

QStringList Volunteer::kinds()
{
    return {u"large_firm"_s, u"small_firm_defense"_s, u"law_clinic_student"_s, u"solo"_s, u"other"_s};
}

QJsonObject Volunteer::toJson() const
{
    QJsonArray trainingArray;
    for (const Training &t : trainings)
        trainingArray.append(QJsonObject{{u"completed_on"_s, t.completedOn.toString(Qt::ISODate)}, {u"course"_s, t.course}});
    return QJsonObject{{u"id"_s, id},
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
}

VolunteerRepository::VolunteerRepository(const Database &database) : m_db(database.connection()) {}

VolunteerRepository::VolunteerRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

Result<qint64> VolunteerRepository::create(Volunteer &v)
{
    if (v.name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A volunteer needs a name."));
    if (!Volunteer::kinds().contains(v.kind))
        return Error::make(Error::Kind::InvalidInput, tr("“%1” is not a kind of volunteer.").arg(v.kind));
    if (v.capacity < 0)
        return Error::make(Error::Kind::InvalidInput, tr("The capacity cannot be negative."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto q = Sql::run(m_db,
                      u"INSERT INTO volunteers(name, email, phone, organization, kind, supervisor_id, bar_states,"
                      " districts, capacity, languages, expertise, conflicts, on_leave_until, active, notes,"
                      " row_version, created_at, updated_at)"
                      " VALUES (:name, :email, :phone, :org, :kind, :sup, :bar, :districts, :cap, :lang, :exp,"
                      " :conf, :leave, :active, :notes, 1, :now, :now)"_s,
                      {{":name", v.name.trimmed()},
                       {":email", Sql::text(v.email)},
                       {":phone", Sql::text(v.phone)},
                       {":org", Sql::text(v.organization)},
                       {":kind", v.kind},
                       {":sup", v.supervisorId > 0 ? QVariant(v.supervisorId) : QVariant(QMetaType(QMetaType::LongLong))},
                       {":bar", joinList(v.barStates)},
                       {":districts", joinList(v.districts)},
                       {":cap", v.capacity},
                       {":lang", joinList(v.languages)},
                       {":exp", joinList(v.expertise)},
                       {":conf", joinList(v.conflicts)},
                       {":leave", v.onLeaveUntil.isValid() ? QVariant(v.onLeaveUntil.toString(Qt::ISODate))
                                                           : QVariant(QMetaType(QMetaType::QString))},
                       {":active", v.active ? 1 : 0},
                       {":notes", Sql::text(v.notes)},
                       {":now", now}});
    if (!q)
        return q.error();
    v.id = q->lastInsertId().toLongLong();
    auto t = Sql::prepare(m_db, u"INSERT INTO volunteer_trainings(volunteer_id, completed_on, course) VALUES (:v, :d, :c)"_s);
    if (!t)
        return t.error();
    for (const Training &tr : v.trainings) {
        if (Status s = Sql::exec(*t, {{":v", v.id}, {":d", tr.completedOn.toString(Qt::ISODate)}, {":c", tr.course}}); !s)
            return s.error();
    }
    if (Status s = AuditLog::record(m_db, u"volunteer"_s, v.id, u"create"_s, {}, v.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    v.rowVersion = 1;
    return v.id;
}

Result<QList<Volunteer>> VolunteerRepository::all() const
{
    auto q = Sql::run(m_db,
                      u"SELECT id, name, email, phone, organization, kind, coalesce(supervisor_id, 0), bar_states,"
                      " districts, capacity, languages, expertise, conflicts, coalesce(on_leave_until, ''), active,"
                      " notes, row_version FROM volunteers ORDER BY name, id"_s);
    if (!q)
        return q.error();
    QList<Volunteer> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Volunteer v;
        v.id = q->value(0).toLongLong();
        v.name = q->value(1).toString();
        v.email = q->value(2).toString();
        v.phone = q->value(3).toString();
        v.organization = q->value(4).toString();
        v.kind = q->value(5).toString();
        v.supervisorId = q->value(6).toLongLong();
        v.barStates = splitList(q->value(7).toString());
        v.districts = splitList(q->value(8).toString());
        v.capacity = q->value(9).toInt();
        v.languages = splitList(q->value(10).toString());
        v.expertise = splitList(q->value(11).toString());
        v.conflicts = splitList(q->value(12).toString());
        v.onLeaveUntil = QDate::fromString(q->value(13).toString(), Qt::ISODate);
        v.active = q->value(14).toInt() != 0;
        v.notes = q->value(15).toString();
        v.rowVersion = q->value(16).toInt();
        index.insert(v.id, out.size());
        out << v;
    }
    auto t = Sql::run(m_db, u"SELECT volunteer_id, completed_on, course FROM volunteer_trainings ORDER BY id"_s);
    if (!t)
        return t.error();
    while (t->next()) {
        const auto it = index.constFind(t->value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].trainings << Training{QDate::fromString(t->value(1).toString(), Qt::ISODate), t->value(2).toString()};
    }
    return out;
}

Result<Volunteer> VolunteerRepository::load(qint64 id) const
{
    auto list = all();
    if (!list)
        return list.error();
    for (const Volunteer &v : *list) {
        if (v.id == id)
            return v;
    }
    return Error::make(Error::Kind::NotFound, tr("There is no volunteer %1.").arg(id));
}

Result<int> VolunteerRepository::count() const
{
    auto v = Sql::scalar(m_db, u"SELECT count(*) FROM volunteers"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace ch
