#pragma once

// BatchMatchDialog: batch matching for the coordinator (issue 5). Plans every screened-in, unassigned case
// at once (MatchPlanner: urgent cases first, most total score under every remaining capacity), shows the
// proposal, lets the coordinator change the volunteer of any case (eligible volunteers only) or leave cases
// out, and saves all or the ticked proposals in one transaction. Edits that would overload a volunteer are
// refused with the names and numbers.

#include "matching/MatchResult.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ch {

class Database;
class MatchPlanner;
struct MatchCase;

class BatchMatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchMatchDialog)
public:
    enum Column { AcceptColumn, CaseColumn, PersonColumn, VolunteerColumn, ScoreColumn, ColumnCount };

    explicit BatchMatchDialog(Database &database, QWidget *parent = nullptr);
    ~BatchMatchDialog() override;

    QTableWidget *table() const { return m_table; }
    int proposalCount() const;
    // Changes the volunteer proposed for the case in `row` (must be eligible for it).
    bool setVolunteer(int row, qint64 volunteerId);
    bool acceptAll();
    bool acceptSelected(); // the ticked rows

Q_SIGNALS:
    void applied(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void plan();
    bool apply(bool onlyTicked);
    void updateScore(int row);
    void updateSummary();

    Database &m_db;
    std::shared_ptr<MatchPlanner> m_planner;
    QList<MatchCase> m_cases; // row order
    QList<qint64> m_unassigned;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QString m_planError;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_acceptSelected = nullptr;
};

} // namespace ch
