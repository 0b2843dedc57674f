#pragma once

// The answers MatchPlanner gives: for one case the ranked candidates (each score explained term by term)
// and the volunteers a hard constraint excluded; for a batch the proposed assignments. The JSON forms are
// the ones `clearinghouse-cli match` prints (issue 5).

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ch {

struct ScoreTerm
{
    QString key;         // expertise | district | language | load | urgency
    double points = 0.0;
    double maxPoints = 0.0;
    QString explanation; // a sentence for the coordinator
};

struct MatchCandidate
{
    qint64 volunteerId = 0;
    QString name;
    double score = 0.0;
    QList<ScoreTerm> terms;

    QJsonObject termsJson() const; // {"expertise": points, ...}
    QJsonObject toJson() const;
};

enum class MatchConstraint { Inactive, OnLeave, NoTraining, TrainingExpired, AtCapacity, NoSupervisor, Conflict, Declined };

struct MatchExclusion
{
    qint64 volunteerId = 0;
    QString name;
    MatchConstraint constraint = MatchConstraint::Inactive;
    QString reason; // a sentence naming the constraint and the detail (date, name, numbers)

    static QString constraintKey(MatchConstraint c);
    QJsonObject toJson() const;
};

struct CaseMatch
{
    qint64 caseId = 0;
    QList<MatchCandidate> candidates; // best first
    QList<MatchExclusion> excluded;   // by name
    QJsonObject toJson() const;
};

struct ProposedAssignment
{
    qint64 caseId = 0;
    qint64 volunteerId = 0;
    double score = 0.0;
    bool urgent = false;
    QList<ScoreTerm> terms;
};

struct BatchPlan
{
    QList<ProposedAssignment> assignments; // urgent cases first, then by case id
    QList<qint64> unassigned;              // eligible for no one with room, or beyond the total capacity
    double totalScore = 0.0;
    // How the plan was found, for the benchmark and the log.
    qint64 scoringNs = 0;
    qint64 solveNs = 0; // inside LEMON's NetworkSimplex, all rounds
    int solveRounds = 0;
    qint64 arcs = 0;    // case-volunteer arcs given to the solver in the last round

    QJsonObject toJson() const; // {"assignments": [{"case_id", "volunteer_id", "score"}], "unassigned": [...]}
};

} // namespace ch
