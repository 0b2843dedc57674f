#pragma once

// AssignmentRepository: which volunteer holds which case, and who held it before (domain primer §5).
// An assignment is opened by assign() and closed, never deleted, by unassign(), decline() or complete();
// a case has at most one open assignment (a partial unique index enforces it). Every change is audited.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ch {

class Database;

struct Assignment
{
    enum class EndKind { Open, Unassigned, Declined, Completed };

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 volunteerId = 0;
    QString volunteerName; // filled when loaded
    QDateTime assignedAt;
    QString assignedBy;
    double score = 0.0;
    bool hasScore = false;
    QJsonObject scoreTerms;
    QDateTime endedAt;
    QString endedBy;
    EndKind endKind = EndKind::Open;
    QString endReason;

    bool isOpen() const { return endKind == EndKind::Open; }
    QJsonObject toJson() const;
    static QString endKindKey(EndKind kind);
};

class AssignmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::AssignmentRepository)
public:
    explicit AssignmentRepository(const Database &database);
    explicit AssignmentRepository(QSqlDatabase connection);

    // Opens an assignment. Fails when the case already has one open (unassign first) or either id is unknown.
    // Runs in its own transaction, or as a savepoint inside the caller's.
    Result<qint64> assign(qint64 caseId, qint64 volunteerId, const QJsonObject &scoreTerms = {},
                          std::optional<double> score = std::nullopt);
    // Closes the open assignment of a case. A decline needs a reason; the case goes back to the queue.
    Status unassign(qint64 caseId, const QString &reason = {});
    Status decline(qint64 caseId, const QString &reason);
    Status complete(qint64 caseId, const QString &note = {});

    Result<std::optional<Assignment>> current(qint64 caseId) const;
    Result<QList<Assignment>> history(qint64 caseId) const;               // oldest first
    Result<QList<Assignment>> assignedSince(const QDateTime &since) const; // open ones, oldest first
    Result<QHash<qint64, int>> openCounts() const;                         // volunteer id → open cases

private:
    Status close(qint64 caseId, Assignment::EndKind kind, const QString &reason);
    Result<QList<Assignment>> query(const QString &where, std::initializer_list<std::pair<const char *, QVariant>> binds) const;

    QSqlDatabase m_db;
};

} // namespace ch
