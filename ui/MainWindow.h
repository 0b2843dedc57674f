#pragma once

// MainWindow: the case list and the volunteer roster and, in tabs beside them, the cases and intake forms that are open. Menus and
// the toolbar act on the current tab; Edit > Undo/Redo follow the current form's undo stack.

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;
class QUndoGroup;

namespace ch {

class BatchMatchDialog;
class CaseDetailView;
class CaseListPage;
class MatchPanel;
class RosterPage;
class Database;
class IntakeForm;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListPage *caseList() const { return m_list; }
    RosterPage *roster() const { return m_roster; }
    QTabWidget *tabs() const { return m_tabs; }

    IntakeForm *newCase();
    CaseDetailView *openCase(qint64 caseId);
    IntakeForm *editCase(qint64 caseId);
    MatchPanel *openMatching(qint64 caseId);
    BatchMatchDialog *openBatchMatching(); // opens without blocking
    bool closeTab(int index); // asks before a form with unsaved changes is closed
    void restoreDrafts();     // offers the drafts a previous session left behind

Q_SIGNALS:
    void openDatabaseRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    IntakeForm *addForm(IntakeForm *form);
    void updateTabTitle(QWidget *page);
    void onCurrentTabChanged();
    void onFormSaved(IntakeForm *form, qint64 caseId);
    qint64 currentCaseId() const;
    void openDatabase();
    void about();
    template<typename T> T *findTab(qint64 caseId) const;

    Database &m_db;
    QTabWidget *m_tabs = nullptr;
    CaseListPage *m_list = nullptr;
    RosterPage *m_roster = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_pathLabel = nullptr;
    QAction *m_openCase = nullptr;
    QAction *m_changeStatus = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_matchCase = nullptr;
};

} // namespace ch
