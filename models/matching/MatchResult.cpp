#include "MatchResult.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
// Scores are shown with two decimals; JSON carries the same rounding so that outputs compare stably.
double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}
} // namespace

QJsonObject MatchCandidate::termsJson() const
{
    QJsonObject o;
    for (const ScoreTerm &t : terms)
        o.insert(t.key, rounded(t.points));
    return o;
}

QJsonObject MatchCandidate::toJson() const
{
    return QJsonObject{{u"volunteer_id"_s, volunteerId}, {u"name"_s, name}, {u"score"_s, rounded(score)}, {u"terms"_s, termsJson()}};
}

QString MatchExclusion::constraintKey(MatchConstraint c)
{
    switch (c) {
    case MatchConstraint::Inactive:
        return u"inactive"_s;
    case MatchConstraint::OnLeave:
        return u"on_leave"_s;
    case MatchConstraint::NoTraining:
        return u"no_training"_s;
    case MatchConstraint::TrainingExpired:
        return u"training_expired"_s;
    case MatchConstraint::AtCapacity:
        return u"at_capacity"_s;
    case MatchConstraint::NoSupervisor:
        return u"no_supervisor"_s;
    case MatchConstraint::Conflict:
        return u"conflict"_s;
    case MatchConstraint::Declined:
        return u"declined"_s;
    }
    return {};
}

QJsonObject MatchExclusion::toJson() const
{
    return QJsonObject{{u"volunteer_id"_s, volunteerId},
                       {u"name"_s, name},
                       {u"constraint"_s, constraintKey(constraint)},
                       {u"reason"_s, reason}};
}

QJsonObject CaseMatch::toJson() const
{
    QJsonArray c;
    for (const MatchCandidate &m : candidates)
        c.append(m.toJson());
    QJsonArray e;
    for (const MatchExclusion &x : excluded)
        e.append(x.toJson());
    return QJsonObject{{u"case_id"_s, caseId}, {u"candidates"_s, c}, {u"excluded"_s, e}};
}

QJsonObject BatchPlan::toJson() const
{
    QJsonArray a;
    for (const ProposedAssignment &p : assignments)
        a.append(QJsonObject{{u"case_id"_s, p.caseId}, {u"volunteer_id"_s, p.volunteerId}, {u"score"_s, rounded(p.score)}});
    QJsonArray u;
    for (qint64 id : unassigned)
        u.append(id);
    return QJsonObject{{u"assignments"_s, a}, {u"unassigned"_s, u}};
}

} // namespace ch
