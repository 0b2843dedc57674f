#pragma once

// MainWindow: the case list and the volunteer roster and, in tabs beside them, the cases and intake forms that are open. Menus and
// the toolbar act on the current tab; Edit > Undo/Redo follow the current form's undo stack.

#include "auth/Session.h"

#include <QMainWindow>

#include <optional>
#include <QPointer>

class QAction;
class QLabel;
class QTabWidget;
class QUndoGroup;

namespace ch {

class BackupController;
class IdleLock;
class IntegrityMonitor;
class ExternalChangeWatcher;
class HomePage;
class ReportsPage;

class BatchMatchDialog;
class CaseDetailView;
class CaseListPage;
class MatchPanel;
class PreferencesDialog;
class ServerConnectionDialog;
class RosterPage;
class Database;
class ImportDialog;
struct ImportSummary;
class IntakeForm;
class ScreeningQueuePage;
class QuarantinePage;
class UsersDialog;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Signs in the account the program runs under (Actor::current()) among the database's users; an account
    // that is not an active user gets a read-only look without medical and family details, and is told why.
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    const Session &session() const { return m_session; }
    // File > Users… (administrators): window-modal, not blocking.
    UsersDialog *openUsers();
    ~MainWindow() override;

    CaseListPage *caseList() const { return m_list; }
    RosterPage *roster() const { return m_roster; }
    QTabWidget *tabs() const { return m_tabs; }
    BackupController *backups() const { return m_backups; }
    IntegrityMonitor *integrity() const { return m_integrity; }
    IdleLock *idleLock() const { return m_idleLock; }
    HomePage *home() const { return m_home; }
    void showHome(); // the work queues, recomputed
    ReportsPage *reports() const { return m_reports; }
    void showReports();
    ScreeningQueuePage *screeningQueue() const { return m_queue; }
    void showScreeningQueue();

    IntakeForm *newCase();
    CaseDetailView *openCase(qint64 caseId);
    IntakeForm *editCase(qint64 caseId);
    IntakeForm *editCaseField(qint64 caseId, const QString &fieldKey); // the form, at that answer
    MatchPanel *openMatching(qint64 caseId);
    BatchMatchDialog *openBatchMatching(); // opens without blocking
    bool closeTab(int index); // asks before a form with unsaved changes is closed
    void restoreDrafts();     // offers the drafts a previous session left behind
    void openPacketBatch();   // packets for every case assigned since a date
    void openLetterTemplates();
    void openLetters();       // for the current case

    // File > Import…: asks for the file (FileDialog) unless one is given, then opens the import dialog
    // (window-modal, not blocking). Returns nullptr when no file was chosen or it cannot be imported.
    ImportDialog *importFile(const QString &path = {});
    QuarantinePage *showQuarantine();
    // File > Export…: CSV or JSON by the chosen name's suffix. False when nothing was written.
    bool exportCases(const QString &path = {});
    // Edit > Preferences…: window-modal, not blocking; applies on OK.
    PreferencesDialog *openPreferences();
    // File > Connect to shared database…: window-modal, not blocking. Once the server has answered,
    // openServerRequested() asks the session to switch to it.
    ServerConnectionDialog *connectToServer();

Q_SIGNALS:
    void openDatabaseRequested(const QString &path);
    // The password only travels to the session that opens the connection; it is never stored.
    void openServerRequested(const QString &location, const QString &password);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::optional<QString> m_actorBefore; // shared mode: the account to give back when this window goes
    void createActions();
    void retranslate();
    QString databaseTitle() const; // the file's name, or the shared database's address
    IntakeForm *addForm(IntakeForm *form);
    void updateTabTitle(QWidget *page);
    void onCurrentTabChanged();
    void onFormSaved(IntakeForm *form, qint64 caseId);
    void onCaseChanged(qint64 caseId);
    void onChangedElsewhere();
    bool isFixedPage(QWidget *page) const;
    qint64 currentCaseId() const;
    void openDatabase();
    void about();
    void onImported(const QString &fileName, const ImportSummary &summary);
    template<typename T> T *findTab(qint64 caseId) const;

    // False (and the reason said) when the session's role does not allow p.
    bool permitted(Permission p);

    Database &m_db;
    QString m_sessionProblem; // why the account got the read-only look, said once the window shows (set
                              // while m_session is made, so declared before it)
    Session m_session;
    QTabWidget *m_tabs = nullptr;
    CaseListPage *m_list = nullptr;
    ScreeningQueuePage *m_queue = nullptr;
    RosterPage *m_roster = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_userLabel = nullptr; // who is signed in, in which role
    BackupController *m_backups = nullptr;
    IntegrityMonitor *m_integrity = nullptr;
    ExternalChangeWatcher *m_changes = nullptr;
    IdleLock *m_idleLock = nullptr;
    HomePage *m_home = nullptr;
    ReportsPage *m_reports = nullptr;
    QAction *m_openCase = nullptr;
    QAction *m_changeStatus = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_letters = nullptr;
    QAction *m_printPacket = nullptr;
    QAction *m_savePacket = nullptr;
    QPointer<QuarantinePage> m_quarantine; // closed tabs are deleted; the pointer then reads null
    QAction *m_matchCase = nullptr;
};

} // namespace ch
