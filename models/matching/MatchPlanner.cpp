#include "MatchPlanner.h"

#include "MinCostAssignment.h"
#include "core/Collation.h"
#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"
#include "domain/VolunteerValidator.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

int districtIndex(const QString &code)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const auto &all = DistrictCatalog::all();
        for (int i = 0; i < all.size(); ++i)
            h.insert(all.at(i).code, i);
        return h;
    }();
    return index.value(code, -1);
}

quint32 circuitBit(const QString &circuit)
{
    if (circuit == u"DC")
        return 1u << 12;
    bool ok = false;
    const int n = circuit.toInt(&ok);
    return ok && n >= 0 && n < 12 ? 1u << n : 0u;
}

quint64 stateBit(const QString &state)
{
    const qsizetype i = VolunteerValidator::stateCodes().indexOf(state);
    return i >= 0 && i < 64 ? quint64(1) << i : 0;
}

quint32 reasonBit(const QString &code)
{
    const qsizetype i = ReasonCatalog::codes().indexOf(code);
    return i >= 0 && i < 32 ? 1u << i : 0u;
}

QString languageKey(const QString &l)
{
    return l.trimmed().toCaseFolded();
}

// Integer gains for the solver: score in hundredths of a point.
constexpr qint64 kScoreUnits = 100;
constexpr qint64 kMaxScoreUnits = 100 * kScoreUnits + 1;

qint64 scoreUnits(double score)
{
    return std::llround(score * kScoreUnits);
}

} // namespace

MatchPlanner::MatchPlanner(QList<Volunteer> roster, QHash<qint64, int> openCounts)
    : MatchPlanner(std::move(roster), std::move(openCounts), Options{})
{
}

MatchPlanner::MatchPlanner(QList<Volunteer> roster, QHash<qint64, int> openCounts, const Options &options)
    : m_roster(std::move(roster)), m_open(std::move(openCounts)), m_options(options)
{
    m_rosterConflictKeys.resize(static_cast<size_t>(m_roster.size()));
    for (int i = 0; i < m_roster.size(); ++i) {
        m_indexById.insert(m_roster.at(i).id, i);
        for (const QString &n : m_roster.at(i).conflicts)
            m_rosterConflictKeys[static_cast<size_t>(i)].insert(MatchCase::nameKey(n));
    }
    for (int i = 0; i < m_roster.size(); ++i) {
        const Volunteer &v = m_roster.at(i);
        if (baseExclusion(v))
            continue;
        Profile p;
        p.rosterIndex = i;
        p.remaining = v.capacity - openCount(v);
        for (const QString &e : v.expertise)
            p.expertise |= reasonBit(e);
        for (const QString &d : v.districts) {
            const int idx = districtIndex(d);
            if (idx < 0)
                continue;
            p.districts[static_cast<size_t>(idx / 64)] |= quint64(1) << (idx % 64);
            p.circuits |= circuitBit(DistrictCatalog::all().at(idx).circuit);
        }
        for (const QString &s : v.barStates)
            p.states |= stateBit(s);
        for (const QString &l : v.languages) {
            const QString key = languageKey(l);
            auto it = m_languageBit.constFind(key);
            if (it == m_languageBit.constEnd())
                it = m_languageBit.insert(key, static_cast<int>(m_languageBit.size()));
            // Beyond 64 distinct languages the batch score ignores the rest; explain() still compares text.
            if (*it < 64)
                p.languages |= quint64(1) << *it;
        }
        p.loadPoints = v.capacity > 0 ? kLoadPoints * (1.0 - double(openCount(v)) / v.capacity) : 0.0;
        const int profileIndex = static_cast<int>(m_profiles.size());
        m_profileById.insert(v.id, profileIndex);
        for (const QString &key : m_rosterConflictKeys[static_cast<size_t>(i)])
            m_conflictKeys[key].push_back(profileIndex);
        m_profiles.push_back(p);
    }
}

std::optional<MatchExclusion> MatchPlanner::baseExclusion(const Volunteer &v) const
{
    auto out = [&v](MatchConstraint c, const QString &reason) {
        return std::optional<MatchExclusion>(MatchExclusion{v.id, v.name, c, reason});
    };
    const QDate today = m_options.asOf;
    if (!v.active)
        return out(MatchConstraint::Inactive, tr("Inactive: no longer takes cases."));
    if (v.isOnLeave(today)) {
        QDate back = v.onLeaveUntil.isValid() && today <= v.onLeaveUntil ? v.onLeaveUntil : QDate();
        for (const LeavePeriod &p : v.leaves) {
            if (p.contains(today) && (!back.isValid() || p.until > back))
                back = p.until;
        }
        return out(MatchConstraint::OnLeave, tr("On leave until %1.").arg(QLocale().toString(back, QLocale::ShortFormat)));
    }
    const QDate latest = v.latestTraining();
    if (!latest.isValid())
        return out(MatchConstraint::NoTraining, tr("No training recorded."));
    if (!v.hasValidTraining(today, m_options.trainingValidityMonths)) {
        return out(MatchConstraint::TrainingExpired,
                   tr("Training expired on %1 (last completed %2; training counts for %n month(s)).", nullptr,
                      m_options.trainingValidityMonths)
                       .arg(QLocale().toString(v.trainingExpiresOn(m_options.trainingValidityMonths), QLocale::ShortFormat),
                            QLocale().toString(latest, QLocale::ShortFormat)));
    }
    if (openCount(v) >= v.capacity)
        return out(MatchConstraint::AtCapacity,
                   tr("At capacity: %1 of %2 open cases.").arg(openCount(v)).arg(v.capacity));
    if (v.isStudent()) {
        const int sup = v.supervisorId > 0 ? m_indexById.value(v.supervisorId, -1) : -1;
        if (sup < 0)
            return out(MatchConstraint::NoSupervisor, tr("Law-clinic student without a supervising attorney on the roster."));
        const Volunteer &s = m_roster.at(sup);
        if (!s.active || s.isStudent())
            return out(MatchConstraint::NoSupervisor,
                       tr("Law-clinic student whose supervisor, %1, is not an active attorney on the roster.").arg(s.name));
    }
    return std::nullopt;
}

std::optional<MatchExclusion> MatchPlanner::conflictExclusion(const MatchCase &c, const Volunteer &v) const
{
    const int idx = m_indexById.value(v.id, -1);
    QSet<QString> local;
    const QSet<QString> *keys = nullptr;
    if (idx >= 0) {
        keys = &m_rosterConflictKeys[static_cast<size_t>(idx)];
    } else {
        for (const QString &n : v.conflicts)
            local.insert(MatchCase::nameKey(n));
        keys = &local;
    }
    if (keys->isEmpty())
        return std::nullopt;
    for (const QString &party : c.parties) {
        if (keys->contains(MatchCase::nameKey(party)))
            return MatchExclusion{v.id, v.name, MatchConstraint::Conflict,
                                  tr("Conflict: %1, named in the case, is on the volunteer's conflict list.").arg(party)};
    }
    return std::nullopt;
}

std::optional<MatchExclusion> MatchPlanner::declineExclusion(const MatchCase &c, const Volunteer &v)
{
    // The volunteer's own words, quoted: the coordinator reads why before assigning anyone else.
    const auto it = c.declines.constFind(v.id);
    if (it == c.declines.constEnd())
        return std::nullopt;
    const QString reason = it->reason.trimmed();
    const QString when = QLocale().toString(it->on, QLocale::ShortFormat);
    QString text;
    if (it->on.isValid())
        text = reason.isEmpty() ? tr("Declined this case on %1.").arg(when)
                                : tr("Declined this case on %1: “%2”.").arg(when, reason);
    else
        text = reason.isEmpty() ? tr("Declined this case.") : tr("Declined this case: “%1”.").arg(reason);
    return MatchExclusion{v.id, v.name, MatchConstraint::Declined, text};
}

std::optional<MatchExclusion> MatchPlanner::exclusion(const MatchCase &c, const Volunteer &v) const
{
    if (auto e = baseExclusion(v))
        return e;
    if (auto e = declineExclusion(c, v))
        return e;
    return conflictExclusion(c, v);
}

MatchCandidate MatchPlanner::explain(const MatchCase &c, const Volunteer &v) const
{
    MatchCandidate m;
    m.volunteerId = v.id;
    m.name = v.name;

    ScoreTerm expertise{u"expertise"_s, 0.0, kExpertisePoints, {}};
    QStringList covered;
    for (const QString &r : c.reasons) {
        if (v.expertise.contains(r))
            covered << ReasonCatalog::label(r);
    }
    if (c.reasons.isEmpty()) {
        expertise.explanation = tr("The case names no reasons yet.");
    } else {
        expertise.points = kExpertisePoints * covered.size() / c.reasons.size();
        expertise.explanation = covered.isEmpty()
                                    ? tr("Expertise covers none of the case's %n reason(s).", nullptr, int(c.reasons.size()))
                                    : tr("Expertise covers %1 of %2 reasons: %3.")
                                          .arg(covered.size())
                                          .arg(c.reasons.size())
                                          .arg(covered.join(u", "_s));
    }

    ScoreTerm district{u"district"_s, 0.0, kDistrictPoints, {}};
    const District *d = DistrictCatalog::byCode(c.district);
    bool sameCircuit = false;
    if (d) {
        for (const QString &code : v.districts) {
            const District *vd = DistrictCatalog::byCode(code);
            sameCircuit = sameCircuit || (vd && vd->circuit == d->circuit);
        }
    }
    if (d && v.districts.contains(d->code)) {
        district.points = kDistrictPoints;
        district.explanation = tr("Admitted in the sentencing district, %1.").arg(d->name);
    } else if (d && sameCircuit) {
        district.points = kCircuitPoints;
        district.explanation = tr("Admitted in another district of the same circuit (%1).").arg(d->circuit);
    } else if (!c.facilityState.isEmpty() && v.barStates.contains(c.facilityState)) {
        district.points = kStatePoints;
        district.explanation = tr("Admitted to the bar of %1, where the person is held.").arg(c.facilityState);
    } else {
        district.explanation = d ? tr("Not admitted in %1, its circuit or the facility's state.").arg(d->name)
                                 : tr("The case has no known sentencing district.");
    }

    ScoreTerm language{u"language"_s, 0.0, kLanguagePoints, {}};
    QStringList spoken;
    for (const QString &l : c.languages) {
        for (const QString &vl : v.languages) {
            if (languageKey(vl) == languageKey(l) && !spoken.contains(vl))
                spoken << vl;
        }
    }
    if (!spoken.isEmpty()) {
        language.points = kLanguagePoints;
        language.explanation = tr("Speaks %1, the language of the person or family.").arg(spoken.join(u", "_s));
    } else {
        language.explanation = c.languages.isEmpty() ? tr("No language recorded for the case.")
                                                     : tr("Does not speak %1.").arg(c.languages.join(u", "_s));
    }

    const int open = openCount(v);
    ScoreTerm load{u"load"_s, v.capacity > 0 ? kLoadPoints * (1.0 - double(open) / v.capacity) : 0.0, kLoadPoints,
                   tr("%1 of %2 open cases.").arg(open).arg(v.capacity)};

    ScoreTerm urgency{u"urgency"_s, c.isUrgent() ? kUrgencyPoints : 0.0, kUrgencyPoints,
                      c.isUrgent() ? tr("Terminal illness: the case is urgent.") : tr("Not marked urgent.")};

    m.terms = {expertise, district, language, load, urgency};
    for (const ScoreTerm &t : m.terms)
        m.score += t.points;
    return m;
}

CaseMatch MatchPlanner::rank(const MatchCase &matchCase) const
{
    CaseMatch out;
    out.caseId = matchCase.id;
    for (const Volunteer &v : m_roster) {
        if (auto e = exclusion(matchCase, v))
            out.excluded << *e;
        else
            out.candidates << explain(matchCase, v);
    }
    // Equal scores by name in the language the program runs in (QLocale(), not the system's).
    const QCollator collator = Collation::forNames();
    std::stable_sort(out.candidates.begin(), out.candidates.end(),
                     [&collator](const MatchCandidate &a, const MatchCandidate &b) {
                         if (scoreUnits(a.score) != scoreUnits(b.score))
                             return a.score > b.score;
                         return collator.compare(a.name, b.name) < 0;
                     });
    std::stable_sort(out.excluded.begin(), out.excluded.end(),
                     [&collator](const MatchExclusion &a, const MatchExclusion &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    return out;
}

MatchPlanner::CaseProfile MatchPlanner::profileOf(const MatchCase &c) const
{
    CaseProfile p;
    for (const QString &r : c.reasons)
        p.reasons |= reasonBit(r);
    p.reasonCount = static_cast<int>(c.reasons.size());
    p.district = districtIndex(c.district);
    if (p.district >= 0)
        p.circuit = circuitBit(DistrictCatalog::all().at(p.district).circuit);
    p.state = c.facilityState.isEmpty() ? 0 : stateBit(c.facilityState);
    for (const QString &l : c.languages) {
        const int bit = m_languageBit.value(languageKey(l), 64);
        if (bit < 64)
            p.languages |= quint64(1) << bit;
    }
    p.urgent = c.isUrgent();
    if (!m_conflictKeys.isEmpty()) {
        for (const QString &party : c.parties) {
            const auto it = m_conflictKeys.constFind(MatchCase::nameKey(party));
            if (it != m_conflictKeys.constEnd())
                p.conflicted.insert(p.conflicted.end(), it->begin(), it->end());
        }
    }
    for (auto it = c.declines.constBegin(); it != c.declines.constEnd(); ++it) {
        const int pi = m_profileById.value(it.key(), -1);
        if (pi >= 0)
            p.conflicted.push_back(pi);
    }
    std::sort(p.conflicted.begin(), p.conflicted.end());
    return p;
}

double MatchPlanner::fastScore(const CaseProfile &c, const Profile &p) const
{
    double s = p.loadPoints + (c.urgent ? kUrgencyPoints : 0.0);
    if (c.reasonCount > 0)
        s += kExpertisePoints * std::popcount(c.reasons & p.expertise) / c.reasonCount;
    if (c.district >= 0 && (p.districts[static_cast<size_t>(c.district / 64)] >> (c.district % 64)) & 1u)
        s += kDistrictPoints;
    else if (c.circuit & p.circuits)
        s += kCircuitPoints;
    else if (c.state & p.states)
        s += kStatePoints;
    if (c.languages & p.languages)
        s += kLanguagePoints;
    return s;
}

BatchPlan MatchPlanner::planBatch(const QList<MatchCase> &cases) const
{
    BatchPlan plan;
    QElapsedTimer scoring;
    scoring.start();
    const int n = static_cast<int>(cases.size());
    const int w = static_cast<int>(m_profiles.size());
    std::vector<CaseProfile> profiles;
    profiles.reserve(static_cast<size_t>(n));
    for (const MatchCase &c : cases)
        profiles.push_back(profileOf(c));

    // Lexicographic weights: first as many urgent cases as possible, then as many cases as possible, then
    // the highest total score. Each weight exceeds what all lower ones together can change.
    const qint64 urgentWeight = (qint64(n) + 1) * kMaxScoreUnits;
    const qint64 matchWeight = (qint64(n) + 1) * (urgentWeight + kMaxScoreUnits);
    auto gain = [&](int ci, int pi) {
        const CaseProfile &c = profiles[static_cast<size_t>(ci)];
        return matchWeight + (c.urgent ? urgentWeight : 0) + scoreUnits(fastScore(c, m_profiles[static_cast<size_t>(pi)]));
    };
    // Calls f(case, profile) for every pair no hard constraint rules out.
    auto forEachEligible = [&](int ci, auto &&f) {
        const std::vector<int> &conflicted = profiles[static_cast<size_t>(ci)].conflicted;
        size_t next = 0;
        for (int pi = 0; pi < w; ++pi) {
            if (next < conflicted.size() && conflicted[next] == pi) {
                while (next < conflicted.size() && conflicted[next] == pi)
                    ++next;
                continue;
            }
            f(pi);
        }
    };

    std::vector<int> capacities(static_cast<size_t>(w));
    for (int pi = 0; pi < w; ++pi)
        capacities[static_cast<size_t>(pi)] = m_profiles[static_cast<size_t>(pi)].remaining;
    MinCostAssignment solver(n, capacities);
    const int k = std::max(1, m_options.initialArcsPerCase);
    solver.reserveArcs(qsizetype(n) * std::min(k, w));
    std::vector<std::pair<qint64, int>> best;
    // The arcs each case has given the solver. An arc already in the network can still price as improving
    // (one carrying flow at its bound has a negative reduced cost); adding it again would only duplicate it.
    std::vector<std::vector<int>> given(static_cast<size_t>(n));
    for (int ci = 0; ci < n; ++ci) {
        best.clear();
        forEachEligible(ci, [&](int pi) {
            const qint64 g = gain(ci, pi);
            if (int(best.size()) < k) {
                best.emplace_back(g, pi);
                std::push_heap(best.begin(), best.end(), std::greater<>());
            } else if (g > best.front().first) {
                std::pop_heap(best.begin(), best.end(), std::greater<>());
                best.back() = {g, pi};
                std::push_heap(best.begin(), best.end(), std::greater<>());
            }
        });
        for (const auto &[g, pi] : best) {
            solver.addArc(ci, pi, g);
            given[static_cast<size_t>(ci)].push_back(pi);
        }
    }
    plan.scoringNs = scoring.nsecsElapsed();

    // Solve, then price every arc left out against the dual solution; repeat until none could improve it.
    for (;;) {
        if (!solver.solve())
            break;
        plan.solveNs += solver.solveNs();
        ++plan.solveRounds;
        QElapsedTimer pricing;
        pricing.start();
        qsizetype added = 0;
        for (int ci = 0; ci < n; ++ci) {
            std::vector<int> &mine = given[static_cast<size_t>(ci)];
            forEachEligible(ci, [&](int pi) {
                const qint64 g = gain(ci, pi);
                if (solver.improves(ci, pi, g) && std::find(mine.begin(), mine.end(), pi) == mine.end()) {
                    solver.addArc(ci, pi, g);
                    mine.push_back(pi);
                    ++added;
                }
            });
        }
        plan.scoringNs += pricing.nsecsElapsed();
        if (added == 0)
            break;
    }
    plan.arcs = solver.arcCount();

    QList<ProposedAssignment> urgent;
    QList<ProposedAssignment> others;
    for (int ci = 0; ci < n; ++ci) {
        const int pi = plan.solveRounds > 0 ? solver.workerOf(ci) : -1;
        const MatchCase &c = cases.at(ci);
        if (pi < 0) {
            plan.unassigned << c.id;
            continue;
        }
        const Volunteer &v = m_roster.at(m_profiles[static_cast<size_t>(pi)].rosterIndex);
        MatchCandidate m = explain(c, v);
        ProposedAssignment a{c.id, v.id, m.score, c.isUrgent(), m.terms};
        plan.totalScore += m.score;
        (a.urgent ? urgent : others) << a;
    }
    auto byCase = [](const ProposedAssignment &a, const ProposedAssignment &b) { return a.caseId < b.caseId; };
    std::sort(urgent.begin(), urgent.end(), byCase);
    std::sort(others.begin(), others.end(), byCase);
    plan.assignments = urgent + others;
    std::sort(plan.unassigned.begin(), plan.unassigned.end());
    return plan;
}

} // namespace ch
