#pragma once

// MatchPanel: matching one case (issue 5). Shows who holds the case now and who held it before, the
// eligible volunteers ranked by score with every term of the score in its own column (the explanation in
// the tooltip), and the volunteers a hard constraint excludes with the reason. Assign gives the case to the
// selected candidate; Unassign and Decline close the assignment (a decline needs a reason) and the case goes
// back to the queue. History is never deleted.

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ch {

class Database;

class MatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchPanel)
public:
    MatchPanel(Database &database, qint64 caseId, QWidget *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    QString title() const;
    void reload();

    bool assignSelected();
    bool unassign();
    bool decline();

Q_SIGNALS:
    void assignmentsChanged(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    Database &m_db;
    qint64 m_caseId;
    QString m_person;
    bool m_assigned = false;
    QLabel *m_header = nullptr;
    QLabel *m_current = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_unassign = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_assign = nullptr;
    QTableWidget *m_candidates = nullptr;
    QTableWidget *m_excluded = nullptr;
    QListWidget *m_history = nullptr;
    QGroupBox *m_currentBox = nullptr;
    QGroupBox *m_candidatesBox = nullptr;
    QGroupBox *m_excludedBox = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace ch
