#pragma once

// FollowUpRepository: dated tasks on a case (call the family, request medical records, check the
// warden's response), assigned to a person, closed when done, never deleted. Audited like cases.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace ch {

class Database;

struct FollowUp
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString title;
    QDate dueOn;
    QString assignedTo;
    QDateTime createdAt;
    QString createdBy;
    QDateTime doneAt;
    QString doneBy;
    QString personName; // filled by due()

    bool isDone() const { return doneAt.isValid(); }
    bool isOverdue(const QDate &today = QDate::currentDate()) const { return !isDone() && dueOn < today; }
    QJsonObject toJson() const;
};

class FollowUpRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::FollowUpRepository)
public:
    explicit FollowUpRepository(const Database &database);
    explicit FollowUpRepository(QSqlDatabase connection);

    Result<qint64> add(FollowUp &f);
    Status complete(qint64 id);
    Result<QList<FollowUp>> forCase(qint64 caseId) const;             // open first, by due date
    Result<QList<FollowUp>> due(const QDate &until) const;            // open, due on or before `until`

private:
    Result<QList<FollowUp>> query(const QString &where, std::initializer_list<std::pair<const char *, QVariant>> binds) const;
    QSqlDatabase m_db;
};

} // namespace ch
