#include "MinCostAssignment.h"

#include <QElapsedTimer>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace ch {

MinCostAssignment::MinCostAssignment(int tasks, std::vector<int> capacities)
    : m_tasks(tasks), m_capacities(std::move(capacities)), m_assigned(static_cast<size_t>(tasks), -1)
{
}

MinCostAssignment::~MinCostAssignment() = default;

void MinCostAssignment::addArc(int task, int worker, qint64 gain)
{
    m_arcs.push_back(Arc{task, worker, gain});
}

bool MinCostAssignment::solve()
{
    using Graph = lemon::SmartDigraph;
    Graph g;
    const int workers = static_cast<int>(m_capacities.size());
    g.reserveNode(m_tasks + workers + 2);
    g.reserveArc(static_cast<int>(m_arcs.size()) + m_tasks + workers + 1);
    const Graph::Node source = g.addNode();
    const Graph::Node sink = g.addNode();
    std::vector<Graph::Node> taskNode(static_cast<size_t>(m_tasks));
    std::vector<Graph::Node> workerNode(static_cast<size_t>(workers));
    for (auto &n : taskNode)
        n = g.addNode();
    for (auto &n : workerNode)
        n = g.addNode();
    Graph::ArcMap<int> upper(g);
    Graph::ArcMap<qint64> cost(g);
    // Unused supply flows straight from source to sink at no cost: a task may stay unassigned.
    const Graph::Arc bypass = g.addArc(source, sink);
    upper[bypass] = m_tasks;
    cost[bypass] = 0;
    for (const Graph::Node &n : taskNode) {
        const Graph::Arc a = g.addArc(source, n);
        upper[a] = 1;
        cost[a] = 0;
    }
    for (int w = 0; w < workers; ++w) {
        const Graph::Arc a = g.addArc(workerNode[static_cast<size_t>(w)], sink);
        upper[a] = m_capacities[static_cast<size_t>(w)];
        cost[a] = 0;
    }
    std::vector<Graph::Arc> arcOf(m_arcs.size());
    for (size_t i = 0; i < m_arcs.size(); ++i) {
        const Arc &arc = m_arcs[i];
        const Graph::Arc a = g.addArc(taskNode[static_cast<size_t>(arc.task)], workerNode[static_cast<size_t>(arc.worker)]);
        upper[a] = 1;
        cost[a] = -arc.gain;
        arcOf[i] = a;
    }
    Graph::NodeMap<int> supply(g, 0);
    supply[source] = m_tasks;
    supply[sink] = -m_tasks;

    lemon::NetworkSimplex<Graph, int, qint64> solver(g);
    solver.upperMap(upper).costMap(cost).supplyMap(supply);
    QElapsedTimer timer;
    timer.start();
    const auto result = solver.run();
    m_solveNs = timer.nsecsElapsed();
    if (result != lemon::NetworkSimplex<Graph, int, qint64>::OPTIMAL)
        return false;

    std::fill(m_assigned.begin(), m_assigned.end(), -1);
    m_totalGain = 0;
    for (size_t i = 0; i < m_arcs.size(); ++i) {
        if (solver.flow(arcOf[i]) > 0) {
            m_assigned[static_cast<size_t>(m_arcs[i].task)] = m_arcs[i].worker;
            m_totalGain += m_arcs[i].gain;
        }
    }
    m_taskPotential.resize(static_cast<size_t>(m_tasks));
    m_workerPotential.resize(static_cast<size_t>(workers));
    for (int t = 0; t < m_tasks; ++t)
        m_taskPotential[static_cast<size_t>(t)] = solver.potential(taskNode[static_cast<size_t>(t)]);
    for (int w = 0; w < workers; ++w)
        m_workerPotential[static_cast<size_t>(w)] = solver.potential(workerNode[static_cast<size_t>(w)]);
    return true;
}

} // namespace ch
