#pragma once

// FollowUpsPanel: the follow-up tasks of one case in its detail view: what to do, by when, by whom;
// add one, mark one done. Overdue ones say so in words and in bold, not by colour alone.

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ch {

class Database;

class FollowUpsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpsPanel)
public:
    FollowUpsPanel(Database &database, qint64 caseId, QWidget *parent = nullptr);

    void reload();
    bool addFollowUp(); // from the fields; false (with the reason shown) when refused
    bool completeSelected();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_db;
    qint64 m_caseId;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_assignee = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_dueLabel = nullptr;
    QLabel *m_forLabel = nullptr;
};

} // namespace ch
