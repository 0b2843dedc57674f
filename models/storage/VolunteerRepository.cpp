#include "VolunteerRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "domain/VolunteerValidator.h"

#include <QDateTime>
#include <QHash>

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

QVariant nullableDate(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

VolunteerRepository::VolunteerRepository(const Database &database) : m_db(database.connection()) {}

VolunteerRepository::VolunteerRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

Status VolunteerRepository::check(Volunteer &v) const
{
    VolunteerValidator::normalize(v);
    Volunteer supervisor;
    bool haveSupervisor = false;
    if (v.supervisorId > 0 && v.supervisorId != v.id) {
        auto loaded = load(v.supervisorId);
        if (!loaded && loaded.error().kind != Error::Kind::NotFound)
            return loaded.error();
        if (loaded) {
            supervisor = *loaded;
            haveSupervisor = true;
        }
    }
    const auto problems = VolunteerValidator::validate(
        v, [&](qint64 id) -> const Volunteer * { return haveSupervisor && id == supervisor.id ? &supervisor : nullptr; });
    if (problems.isEmpty())
        return Status();
    QStringList messages;
    for (const VolunteerProblem &p : problems)
        messages << p.message;
    return Error::make(Error::Kind::InvalidInput, messages.join(u' '));
}

Status VolunteerRepository::writeChildren(const Volunteer &v, bool replace)
{
    if (replace) {
        for (const QString &sql : {u"DELETE FROM volunteer_trainings WHERE volunteer_id = :v"_s,
                                   u"DELETE FROM volunteer_leaves WHERE volunteer_id = :v"_s}) {
            if (auto q = Sql::run(m_db, sql, {{":v", v.id}}); !q)
                return q.error();
        }
    }
    auto t = Sql::prepare(m_db, u"INSERT INTO volunteer_trainings(volunteer_id, completed_on, course) VALUES (:v, :d, :c)"_s);
    if (!t)
        return t.error();
    for (const Training &tr : v.trainings) {
        if (Status s = Sql::exec(*t, {{":v", v.id}, {":d", tr.completedOn.toString(Qt::ISODate)}, {":c", tr.course}}); !s)
            return s;
    }
    auto l = Sql::prepare(m_db, u"INSERT INTO volunteer_leaves(volunteer_id, starts_on, ends_on, note) VALUES (:v, :f, :u, :n)"_s);
    if (!l)
        return l.error();
    for (const LeavePeriod &p : v.leaves) {
        if (Status s = Sql::exec(*l, {{":v", v.id},
                                      {":f", p.from.toString(Qt::ISODate)},
                                      {":u", p.until.toString(Qt::ISODate)},
                                      {":n", Sql::text(p.note)}});
            !s)
            return s;
    }
    return Status();
}

Result<qint64> VolunteerRepository::create(Volunteer &v)
{
    Volunteer draft = v;
    draft.id = 0;
    if (Status s = check(draft); !s)
        return s.error();
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
                      {{":name", draft.name},
                       {":email", Sql::text(draft.email)},
                       {":phone", Sql::text(draft.phone)},
                       {":org", Sql::text(draft.organization)},
                       {":kind", draft.kind},
                       {":sup", draft.supervisorId > 0 ? QVariant(draft.supervisorId) : QVariant(QMetaType(QMetaType::LongLong))},
                       {":bar", joinList(draft.barStates)},
                       {":districts", joinList(draft.districts)},
                       {":cap", draft.capacity},
                       {":lang", joinList(draft.languages)},
                       {":exp", joinList(draft.expertise)},
                       {":conf", joinList(draft.conflicts)},
                       {":leave", nullableDate(draft.onLeaveUntil)},
                       {":active", draft.active ? 1 : 0},
                       {":notes", Sql::text(draft.notes)},
                       {":now", now}});
    if (!q)
        return q.error();
    draft.id = q->lastInsertId().toLongLong();
    draft.rowVersion = 1;
    if (Status s = writeChildren(draft, false); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db, u"volunteer"_s, draft.id, u"create"_s, {}, draft.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    v = draft;
    return v.id;
}

Status VolunteerRepository::update(Volunteer &v)
{
    Volunteer draft = v;
    if (Status s = check(draft); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = load(v.id);
    if (!before)
        return before.error();
    if (before->rowVersion != v.rowVersion)
        return Error::make(Error::Kind::Conflict,
                           tr("Someone else changed %1 while you were editing. Reopen the entry and make your "
                              "changes again.")
                               .arg(before->name));
    auto q = Sql::run(m_db,
                      u"UPDATE volunteers SET name = :name, email = :email, phone = :phone, organization = :org,"
                      " kind = :kind, supervisor_id = :sup, bar_states = :bar, districts = :districts,"
                      " capacity = :cap, languages = :lang, expertise = :exp, conflicts = :conf,"
                      " on_leave_until = :leave, active = :active, notes = :notes, row_version = row_version + 1,"
                      " updated_at = :now WHERE id = :id AND row_version = :rv"_s,
                      {{":name", draft.name},
                       {":email", Sql::text(draft.email)},
                       {":phone", Sql::text(draft.phone)},
                       {":org", Sql::text(draft.organization)},
                       {":kind", draft.kind},
                       {":sup", draft.supervisorId > 0 ? QVariant(draft.supervisorId) : QVariant(QMetaType(QMetaType::LongLong))},
                       {":bar", joinList(draft.barStates)},
                       {":districts", joinList(draft.districts)},
                       {":cap", draft.capacity},
                       {":lang", joinList(draft.languages)},
                       {":exp", joinList(draft.expertise)},
                       {":conf", joinList(draft.conflicts)},
                       {":leave", nullableDate(draft.onLeaveUntil)},
                       {":active", draft.active ? 1 : 0},
                       {":notes", Sql::text(draft.notes)},
                       {":now", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {":id", draft.id},
                       {":rv", draft.rowVersion}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(Error::Kind::Conflict, tr("Someone else changed %1 while you were editing. Reopen the "
                                                     "entry and make your changes again.")
                                                      .arg(draft.name));
    draft.rowVersion += 1;
    if (Status s = writeChildren(draft, true); !s)
        return s;
    if (Status s = AuditLog::record(m_db, u"volunteer"_s, draft.id, u"update"_s, before->toJson(), draft.toJson()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    v = draft;
    return Status();
}

Status VolunteerRepository::deactivate(qint64 id, int expectedRowVersion)
{
    auto v = load(id);
    if (!v)
        return v.error();
    if (!v->active)
        return Status();
    if (v->rowVersion != expectedRowVersion)
        return Error::make(Error::Kind::Conflict, tr("Someone else changed %1 in the meantime. Look at the entry "
                                                     "again before deactivating it.")
                                                      .arg(v->name));
    v->active = false;
    return update(*v);
}

Result<QList<Volunteer>> VolunteerRepository::all() const
{
    return query(0);
}

Result<QList<Volunteer>> VolunteerRepository::query(qint64 onlyId) const
{
    // onlyId = 0 reads the whole roster; the child tables are read in one pass each either way.
    const QString where = onlyId > 0 ? u" WHERE id = :id"_s : QString();
    const QString childWhere = onlyId > 0 ? u" WHERE volunteer_id = :id"_s : QString();
    auto select = [this, onlyId](const QString &sql) {
        return onlyId > 0 ? Sql::run(m_db, sql, {{":id", onlyId}}) : Sql::run(m_db, sql);
    };
    auto q = select(
                      u"SELECT id, name, email, phone, organization, kind, coalesce(supervisor_id, 0), bar_states,"
                      " districts, capacity, languages, expertise, conflicts, coalesce(on_leave_until, ''), active,"
                      " notes, row_version FROM volunteers"_s
                    + where + u" ORDER BY name, id"_s);
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
    auto t = select(u"SELECT volunteer_id, completed_on, course FROM volunteer_trainings"_s + childWhere
                    + u" ORDER BY id"_s);
    if (!t)
        return t.error();
    while (t->next()) {
        const auto it = index.constFind(t->value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].trainings << Training{QDate::fromString(t->value(1).toString(), Qt::ISODate), t->value(2).toString()};
    }
    auto l = select(u"SELECT volunteer_id, starts_on, ends_on, note FROM volunteer_leaves"_s + childWhere
                    + u" ORDER BY starts_on, id"_s);
    if (!l)
        return l.error();
    while (l->next()) {
        const auto it = index.constFind(l->value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].leaves << LeavePeriod{QDate::fromString(l->value(1).toString(), Qt::ISODate),
                                           QDate::fromString(l->value(2).toString(), Qt::ISODate),
                                           l->value(3).toString()};
    }
    return out;
}

Result<Volunteer> VolunteerRepository::load(qint64 id) const
{
    auto list = id > 0 ? query(id) : Result<QList<Volunteer>>(QList<Volunteer>{});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no volunteer %1.").arg(id));
    return list->first();
}

Result<int> VolunteerRepository::count() const
{
    auto v = Sql::scalar(m_db, u"SELECT count(*) FROM volunteers"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace ch
