#pragma once

// MinCostAssignment: tasks (cases) to workers (volunteers) with capacities, maximising the total gain, solved
// as a min-cost flow with LEMON's NetworkSimplex. Each task goes to at most one worker; a worker takes at
// most its capacity. Only arcs added with addArc() exist; after solve() the node potentials (the dual
// solution) tell whether an arc left out would improve the result (improves()), which lets MatchPlanner give
// the solver only the promising arcs and still prove the answer optimal for all of them.

#include <QtGlobal>

#include <vector>

namespace ch {

class MinCostAssignment final
{
    Q_DISABLE_COPY_MOVE(MinCostAssignment)
public:
    MinCostAssignment(int tasks, std::vector<int> capacities);
    ~MinCostAssignment();

    void reserveArcs(qsizetype n) { m_arcs.reserve(static_cast<size_t>(n)); }
    void addArc(int task, int worker, qint64 gain); // gain > 0
    qsizetype arcCount() const { return static_cast<qsizetype>(m_arcs.size()); }

    // False only when the solver reports the problem infeasible or unbounded, which this network never is.
    bool solve();
    int workerOf(int task) const { return m_assigned[static_cast<size_t>(task)]; }
    qint64 totalGain() const { return m_totalGain; }
    // True when adding the arc (task, worker, gain) could raise the total gain: its reduced cost is negative.
    bool improves(int task, int worker, qint64 gain) const
    {
        return -gain + m_taskPotential[static_cast<size_t>(task)] - m_workerPotential[static_cast<size_t>(worker)] < 0;
    }
    qint64 solveNs() const { return m_solveNs; } // time inside NetworkSimplex::run(), last solve

private:
    struct Arc
    {
        int task;
        int worker;
        qint64 gain;
    };
    int m_tasks;
    std::vector<int> m_capacities;
    std::vector<Arc> m_arcs;
    std::vector<int> m_assigned;
    std::vector<qint64> m_taskPotential;
    std::vector<qint64> m_workerPotential;
    qint64 m_totalGain = 0;
    qint64 m_solveNs = 0;
};

} // namespace ch
