#include "WorkQueues.h"

#include "domain/FieldCatalog.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/FollowUpRepository.h"
#include "storage/RosterSettings.h"
#include "storage/SqlHelpers.h"

#include <QLocale>
#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// Cases that are finished, refused or referred are in no queue.
const auto kOpenStatuses = u"('received', 'screening', 'needs_info', 'screened_in', 'matched', 'motion_filed')"_s;

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace

WorkQueues::WorkQueues(const Database &database) : m_db(database.connection()) {}

WorkQueues::WorkQueues(QSqlDatabase connection) : m_db(std::move(connection)) {}

QList<WorkItem::Queue> WorkQueues::queues()
{
    using Q = WorkItem::Queue;
    return {Q::ToScreen, Q::FollowUps, Q::NeedsInfo, Q::WaitingVolunteer, Q::ReadyToFile, Q::Milestones, Q::StaleAssignments,
            Q::ExpiringTraining};
}

QString WorkQueues::title(WorkItem::Queue queue)
{
    switch (queue) {
    case WorkItem::Queue::ToScreen: return tr("New submissions to screen");
    case WorkItem::Queue::NeedsInfo: return tr("Needing information");
    case WorkItem::Queue::WaitingVolunteer: return tr("Waiting for a volunteer");
    case WorkItem::Queue::ReadyToFile: return tr("Ready to file, or soon");
    case WorkItem::Queue::Milestones: return tr("Turning 65 or 10 years served soon");
    case WorkItem::Queue::StaleAssignments: return tr("Assignments without news");
    case WorkItem::Queue::ExpiringTraining: return tr("Trainings expiring");
    case WorkItem::Queue::FollowUps: return tr("Follow-ups due");
    }
    return {};
}

QString WorkQueues::description(WorkItem::Queue queue)
{
    switch (queue) {
    case WorkItem::Queue::ToScreen: return tr("Received requests nobody has screened yet, oldest first.");
    case WorkItem::Queue::NeedsInfo: return tr("Screening is waiting for answers from the family; longest wait first.");
    case WorkItem::Queue::WaitingVolunteer: return tr("Screened-in cases with no volunteer; terminal illness first.");
    case WorkItem::Queue::ReadyToFile:
        return tr("The 30 days after the warden's receipt have passed, or pass within 14 days.");
    case WorkItem::Queue::Milestones:
        return tr("People who turn 65 or reach 10 years served within 90 days: a new reason may open.");
    case WorkItem::Queue::StaleAssignments: return tr("Cases with a volunteer and no change for 30 days.");
    case WorkItem::Queue::ExpiringTraining: return tr("Active volunteers whose training expires within 60 days.");
    case WorkItem::Queue::FollowUps: return tr("Open follow-ups due within 7 days; overdue ones first, in bold.");
    }
    return {};
}

Result<QList<WorkItem>> WorkQueues::items(WorkItem::Queue queue, const QDate &today) const
{
    switch (queue) {
    case WorkItem::Queue::ToScreen: return toScreen(today);
    case WorkItem::Queue::NeedsInfo: return needsInfo(today);
    case WorkItem::Queue::WaitingVolunteer: return waitingVolunteer(today);
    case WorkItem::Queue::ReadyToFile: return readyToFile(today);
    case WorkItem::Queue::Milestones: return milestones(today);
    case WorkItem::Queue::StaleAssignments: return staleAssignments(today);
    case WorkItem::Queue::ExpiringTraining: return expiringTraining(today);
    case WorkItem::Queue::FollowUps: return followUps(today);
    }
    return QList<WorkItem>{};
}

Result<QList<WorkItem>> WorkQueues::toScreen(const QDate &today) const
{
    auto q = Sql::run(m_db,
                      u"SELECT c.id, p.person_name, coalesce(c.submitted_at, c.created_at), coalesce(r.outcome, '')"
                      " FROM cases c JOIN persons p ON p.id = c.person_id"
                      " LEFT JOIN screening_results r ON r.case_id = c.id AND r.is_current = 1"
                      " WHERE c.status = 'received' ORDER BY 3, c.id"_s);
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        WorkItem w;
        w.queue = WorkItem::Queue::ToScreen;
        w.caseId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        w.date = isoDate(q->value(2));
        w.days = w.date.isValid() ? static_cast<int>(w.date.daysTo(today)) : 0;
        const QString outcome = q->value(3).toString();
        w.detail = outcome == u"screened_in"    ? tr("Received; the rules screen it in.")
                   : outcome == u"screened_out" ? tr("Received; the rules screen it out (refer the family).")
                   : outcome == u"needs_info"   ? tr("Received; answers are missing.")
                                                : tr("Received.");
        out << w;
    }
    return out;
}

Result<QList<WorkItem>> WorkQueues::needsInfo(const QDate &today) const
{
    auto q = Sql::run(m_db,
                      u"SELECT c.id, p.person_name, coalesce(c.submitted_at, c.created_at), r.missing"
                      " FROM cases c JOIN persons p ON p.id = c.person_id"
                      " JOIN screening_results r ON r.case_id = c.id AND r.is_current = 1"
                      " WHERE (r.outcome = 'needs_info' OR c.status = 'needs_info') AND c.status IN "_s
                          + kOpenStatuses + u" ORDER BY 3, c.id"_s);
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        WorkItem w;
        w.queue = WorkItem::Queue::NeedsInfo;
        w.caseId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        w.date = isoDate(q->value(2));
        w.days = w.date.isValid() ? static_cast<int>(w.date.daysTo(today)) : 0;
        QStringList labels;
        for (const QString &key : q->value(3).toString().split(u';', Qt::SkipEmptyParts))
            labels << FieldCatalog::label(key);
        w.detail = labels.isEmpty() ? tr("Marked as needing information.")
                                    : tr("Missing: %1.").arg(labels.join(u", "_s));
        out << w;
    }
    return out;
}

Result<QList<WorkItem>> WorkQueues::waitingVolunteer(const QDate &today) const
{
    auto q = Sql::run(m_db,
                      u"SELECT c.id, p.person_name, coalesce(c.submitted_at, c.created_at),"
                      " (';' || coalesce(c.reasons, '') || ';') LIKE '%;terminal_illness;%' AS urgent"
                      " FROM cases c JOIN persons p ON p.id = c.person_id"
                      " WHERE c.status = 'screened_in'"
                      " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id AND a.ended_at IS NULL)"
                      " ORDER BY urgent DESC, 3, c.id"_s);
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        WorkItem w;
        w.queue = WorkItem::Queue::WaitingVolunteer;
        w.caseId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        w.date = isoDate(q->value(2));
        w.days = w.date.isValid() ? static_cast<int>(w.date.daysTo(today)) : 0;
        w.urgent = q->value(3).toBool();
        // Only "urgent" beside the name: the medical reason stays in the case, behind its sensitive toggle.
        w.detail = w.urgent ? tr("Urgent. Screened in, no volunteer yet.") : tr("Screened in, no volunteer yet.");
        out << w;
    }
    return out;
}

Result<QList<WorkItem>> WorkQueues::readyToFile(const QDate &today) const
{
    auto q = Sql::run(m_db,
                      u"SELECT c.id, p.person_name, r.exhaustion_ripe FROM cases c JOIN persons p ON p.id = c.person_id"
                      " JOIN screening_results r ON r.case_id = c.id AND r.is_current = 1"
                      " WHERE c.status IN ('screened_in', 'matched') AND r.exhaustion_ripe IS NOT NULL"
                      " AND r.exhaustion_ripe <> '' AND r.exhaustion_ripe <= :limit ORDER BY r.exhaustion_ripe, c.id"_s,
                      {{":limit", today.addDays(14).toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        WorkItem w;
        w.queue = WorkItem::Queue::ReadyToFile;
        w.caseId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        w.date = isoDate(q->value(2));
        w.days = static_cast<int>(today.daysTo(w.date));
        w.urgent = w.days <= 0;
        w.detail = w.days <= 0 ? tr("Exhaustion ripe since %1: a motion may be filed.").arg(QLocale().toString(w.date, QLocale::ShortFormat))
                               : tr("Exhaustion ripe on %1, in %n day(s).", nullptr, w.days).arg(QLocale().toString(w.date, QLocale::ShortFormat));
        out << w;
    }
    return out;
}

Result<QList<WorkItem>> WorkQueues::milestones(const QDate &today) const
{
    auto q = Sql::run(m_db,
                      u"SELECT c.id, p.person_name, r.age_prong, r.ten_years_served"
                      " FROM cases c JOIN persons p ON p.id = c.person_id"
                      " JOIN screening_results r ON r.case_id = c.id AND r.is_current = 1"
                      " WHERE c.status IN "_s + kOpenStatuses
                          + u" AND ((r.age_prong > :today AND r.age_prong <= :limit)"
                            " OR (r.ten_years_served > :today AND r.ten_years_served <= :limit))"_s,
                      {{":today", today.toString(Qt::ISODate)}, {":limit", today.addDays(90).toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        const QDate age = isoDate(q->value(2));
        const QDate ten = isoDate(q->value(3));
        auto within = [&](const QDate &d) { return d.isValid() && d > today && d <= today.addDays(90); };
        WorkItem w;
        w.queue = WorkItem::Queue::Milestones;
        w.caseId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        QStringList parts;
        if (within(age)) {
            parts << tr("age prong met on %1").arg(QLocale().toString(age, QLocale::ShortFormat));
            w.date = age;
        }
        if (within(ten)) {
            parts << tr("10 years served on %1").arg(QLocale().toString(ten, QLocale::ShortFormat));
            if (!w.date.isValid() || ten < w.date)
                w.date = ten;
        }
        w.days = static_cast<int>(today.daysTo(w.date));
        w.detail = parts.join(u"; "_s);
        w.detail[0] = w.detail.at(0).toUpper();
        w.detail += u'.';
        out << w;
    }
    std::stable_sort(out.begin(), out.end(), [](const WorkItem &a, const WorkItem &b) { return a.date < b.date; });
    return out;
}

Result<QList<WorkItem>> WorkQueues::staleAssignments(const QDate &today) const
{
    const QString limit = QDateTime(today.addDays(-30), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    auto q = Sql::run(m_db,
                      u"SELECT c.id, p.person_name, v.name, "_s
                          + Dialect::greatest(Dialect::of(m_db), u"a.assigned_at"_s, u"c.updated_at"_s) + u" AS last"
                      " FROM assignments a JOIN cases c ON c.id = a.case_id JOIN persons p ON p.id = c.person_id"
                      " JOIN volunteers v ON v.id = a.volunteer_id"
                      " WHERE a.ended_at IS NULL AND a.assigned_at < :limit AND c.updated_at < :limit"
                      " ORDER BY last, c.id"_s,
                      {{":limit", limit}});
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        WorkItem w;
        w.queue = WorkItem::Queue::StaleAssignments;
        w.caseId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        w.date = isoDate(q->value(3));
        w.days = w.date.isValid() ? static_cast<int>(w.date.daysTo(today)) : 0;
        w.detail = tr("With %1; no change for %n day(s).", nullptr, w.days).arg(q->value(2).toString());
        out << w;
    }
    return out;
}

Result<QList<WorkItem>> WorkQueues::expiringTraining(const QDate &today) const
{
    auto months = RosterSettings(m_db).trainingValidityMonths();
    if (!months)
        return months.error();
    auto q = Sql::run(m_db,
                      u"SELECT v.id, v.name, max(t.completed_on) FROM volunteers v"
                      " JOIN volunteer_trainings t ON t.volunteer_id = v.id WHERE v.active = 1"
                      " GROUP BY v.id, v.name"_s);
    if (!q)
        return q.error();
    QList<WorkItem> out;
    while (q->next()) {
        const QDate completed = isoDate(q->value(2));
        const QDate expires = completed.addMonths(*months);
        if (!completed.isValid() || expires < today || expires > today.addDays(60))
            continue;
        WorkItem w;
        w.queue = WorkItem::Queue::ExpiringTraining;
        w.volunteerId = q->value(0).toLongLong();
        w.title = q->value(1).toString();
        w.date = expires;
        w.days = static_cast<int>(today.daysTo(expires));
        w.detail = tr("Training expires on %1, in %n day(s).", nullptr, w.days).arg(QLocale().toString(expires, QLocale::ShortFormat));
        out << w;
    }
    std::stable_sort(out.begin(), out.end(), [](const WorkItem &a, const WorkItem &b) { return a.date < b.date; });
    return out;
}

Result<QList<WorkItem>> WorkQueues::followUps(const QDate &today) const
{
    auto due = FollowUpRepository(m_db).due(today.addDays(7));
    if (!due)
        return due.error();
    QList<WorkItem> out;
    for (const FollowUp &f : *due) {
        WorkItem w;
        w.queue = WorkItem::Queue::FollowUps;
        w.caseId = f.caseId;
        w.title = f.personName;
        w.date = f.dueOn;
        w.days = static_cast<int>(today.daysTo(f.dueOn));
        w.urgent = f.dueOn < today;
        const QString who = f.assignedTo.isEmpty() ? QString() : tr(" (for %1)").arg(f.assignedTo);
        w.detail = (w.urgent ? tr("Overdue: %1%2") : tr("Due: %1%2")).arg(f.title, who);
        out << w;
    }
    return out;
}

} // namespace ch
