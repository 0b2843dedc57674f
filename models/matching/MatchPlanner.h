#pragma once

// MatchPlanner: which volunteers may take a case and how well they fit it (domain primer §5, issue 5).
// Hard constraints exclude a volunteer and say why: inactive, on leave, training missing or expired, at
// capacity, a student without a supervising attorney on the roster, a conflict with a party to the case,
// having declined the case before.
// The soft score (0–100) adds explained terms: expertise covering the case's reasons, admission in the
// sentencing district (else its circuit, else the facility's state), a shared language, a lighter load,
// and urgency (terminal illness). Batch planning maximises the total score under every volunteer's remaining
// capacity with LEMON's min-cost flow, placing as many urgent cases as possible first and then as many
// cases as possible. Pure computation: the roster, the open counts and the cases are given.

#include "MatchCase.h"
#include "MatchResult.h"
#include "domain/Volunteer.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace ch {

class MatchPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ch::MatchPlanner)
public:
    static constexpr double kExpertisePoints = 30.0;
    static constexpr double kDistrictPoints = 25.0;
    static constexpr double kCircuitPoints = 15.0;
    static constexpr double kStatePoints = 8.0;
    static constexpr double kLanguagePoints = 15.0;
    static constexpr double kLoadPoints = 10.0;
    static constexpr double kUrgencyPoints = 20.0;

    struct Options
    {
        QDate asOf = QDate::currentDate();
        int trainingValidityMonths = Volunteer::kDefaultTrainingValidityMonths;
        // How many of its best arcs each case gives the solver at first; more are added until the dual
        // solution proves that none left out could improve the plan.
        int initialArcsPerCase = 8;
    };

    MatchPlanner(QList<Volunteer> roster, QHash<qint64, int> openCounts, const Options &options);
    MatchPlanner(QList<Volunteer> roster, QHash<qint64, int> openCounts);

    CaseMatch rank(const MatchCase &matchCase) const;
    BatchPlan planBatch(const QList<MatchCase> &cases) const;

    // The constraint that keeps volunteer v (from the roster) from case c, if any.
    std::optional<MatchExclusion> exclusion(const MatchCase &c, const Volunteer &v) const;
    // v's score for c, term by term. Meaningful for volunteers that exclusion() lets through.
    MatchCandidate explain(const MatchCase &c, const Volunteer &v) const;

    const QList<Volunteer> &roster() const { return m_roster; }
    int freeCapacity(const Volunteer &v) const { return std::max(0, v.capacity - openCount(v)); }

private:
    using Bits128 = std::array<quint64, 2>;
    struct Profile // a volunteer reduced to bit sets, for scoring millions of pairs
    {
        int rosterIndex = 0;
        int remaining = 0;
        quint32 expertise = 0;
        Bits128 districts{};
        quint32 circuits = 0;
        quint64 states = 0;
        quint64 languages = 0;
        double loadPoints = 0.0;
    };
    struct CaseProfile
    {
        quint32 reasons = 0;
        int reasonCount = 0;
        int district = -1;
        quint32 circuit = 0;
        quint64 state = 0;
        quint64 languages = 0;
        bool urgent = false;
        std::vector<int> conflicted; // indexes into m_profiles ruled out by a conflict or a decline, sorted
    };

    std::optional<MatchExclusion> baseExclusion(const Volunteer &v) const;
    std::optional<MatchExclusion> conflictExclusion(const MatchCase &c, const Volunteer &v) const;
    static std::optional<MatchExclusion> declineExclusion(const MatchCase &c, const Volunteer &v);
    int openCount(const Volunteer &v) const { return m_open.value(v.id, 0); }
    CaseProfile profileOf(const MatchCase &c) const;
    double fastScore(const CaseProfile &c, const Profile &p) const;

    QList<Volunteer> m_roster;
    QHash<qint64, int> m_open;
    Options m_options;
    QHash<qint64, int> m_indexById;
    QHash<qint64, int> m_profileById; // volunteer id → index into m_profiles
    std::vector<Profile> m_profiles; // volunteers free of every case-independent constraint, with room
    QHash<QString, int> m_languageBit;
    QHash<QString, std::vector<int>> m_conflictKeys; // name key → profiles listing it
    std::vector<QSet<QString>> m_rosterConflictKeys;  // per roster index
};

} // namespace ch
