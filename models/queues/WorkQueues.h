#pragma once

// WorkQueues: what needs doing today, computed in SQL from the stored cases, screening results,
// assignments and trainings (issue 11's home screen). Each item names its record (a case or a volunteer),
// says why it is in the queue, and carries the date that orders it.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ch {

class Database;

struct WorkItem
{
    enum class Queue {
        ToScreen,          // new submissions not yet reviewed
        NeedsInfo,         // screening needs answers
        WaitingVolunteer,  // screened in, nobody assigned (urgent first)
        ReadyToFile,       // exhaustion date passed or within 14 days
        Milestones,        // turning 65 or reaching 10 years served within 90 days
        StaleAssignments,  // assigned, no change for 30 days
        ExpiringTraining,  // volunteers whose training expires within 60 days
        FollowUps,         // open follow-up tasks due within 7 days or overdue (overdue marked urgent)
    };
    Queue queue = Queue::ToScreen;
    qint64 caseId = 0;      // 0 for volunteer items
    qint64 volunteerId = 0; // 0 for case items
    QString title;          // the person's or volunteer's name
    QString detail;         // one sentence: why it is here
    QDate date;             // the date that orders the queue (submitted, ripe, expiry, ...)
    int days = 0;           // waited (or days left, for dates ahead)
    bool urgent = false;
};

class WorkQueues final
{
    Q_DECLARE_TR_FUNCTIONS(ch::WorkQueues)
public:
    explicit WorkQueues(const Database &database);
    explicit WorkQueues(QSqlDatabase connection);

    static QList<WorkItem::Queue> queues();
    static QString title(WorkItem::Queue queue);
    static QString description(WorkItem::Queue queue);

    Result<QList<WorkItem>> items(WorkItem::Queue queue, const QDate &today = QDate::currentDate()) const;

private:
    Result<QList<WorkItem>> toScreen(const QDate &today) const;
    Result<QList<WorkItem>> needsInfo(const QDate &today) const;
    Result<QList<WorkItem>> waitingVolunteer(const QDate &today) const;
    Result<QList<WorkItem>> readyToFile(const QDate &today) const;
    Result<QList<WorkItem>> milestones(const QDate &today) const;
    Result<QList<WorkItem>> staleAssignments(const QDate &today) const;
    Result<QList<WorkItem>> expiringTraining(const QDate &today) const;
    Result<QList<WorkItem>> followUps(const QDate &today) const;

    QSqlDatabase m_db;
};

} // namespace ch
