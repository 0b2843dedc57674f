#include "MainWindow.h"

#include "BackupController.h"
#include "HomePage.h"
#include "IntegrityMonitor.h"
#include "storage/ExternalChangeWatcher.h"
#include "ReportsPage.h"
#include "IdleLock.h"
#include "SensitiveClipboard.h"
#include "BatchMatchDialog.h"
#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "CasePacketPanel.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "ImportSummaryDialog.h"
#include "IntakeForm.h"
#include "LetterTemplateDialog.h"
#include "PacketBatchDialog.h"
#include "PreferencesDialog.h"
#include "MatchPanel.h"
#include "RosterPage.h"
#include "ServerConnectionDialog.h"
#include "MessageBox.h"
#include "ScreeningQueuePage.h"
#include "QuarantinePage.h"
#include "io/CsvExporter.h"
#include "io/JsonExporter.h"
#include "itemmodels/QuarantineModel.h"
#include "itemmodels/CaseListModel.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "RoleGate.h"
#include "UsersDialog.h"
#include "core/Actor.h"

#include <QEvent>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QItemSelectionModel>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
// Property on menus' and actions' QAction: the untranslated text, translated again on a language change.
constexpr const char *kSourceText = "chSourceText";
constexpr const char *kSourceStatusTip = "chSourceStatusTip";
} // namespace

namespace {

// The session for the program's account; a read-only auditor's look (and the reason) when that fails.
Session startSession(Database &db, QString *problem, std::optional<QString> *actorBefore)
{
    // On a shared database the user is the server user the connection logged in as (Session::loginFor).
    // (for everything the program writes with Actor::current(); the window it replaces gets the account back).
    if (db.isShared()) {
        *actorBefore = Actor::current();
        Actor::setCurrent(Session::loginFor(db));
    }
    auto started = Session::start(db, Session::loginFor(db));
    if (started)
        return *started;
    *problem = started.error().message;
    User visitor;
    visitor.login = Actor::current();
    visitor.displayName = visitor.login;
    visitor.role = Role::Auditor;
    return Session(visitor);
}

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent), m_db(database), m_session(startSession(database, &m_sessionProblem, &m_actorBefore)),
      m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_list = new CaseListPage(database, m_tabs);
    m_tabs->addTab(m_list, QString()); // fixed tabs' titles: retranslate()
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_queue = new ScreeningQueuePage(database, m_tabs);
    m_tabs->addTab(m_queue, QString());
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr); // the queue stays too
    m_roster = new RosterPage(database, m_tabs);
    m_tabs->addTab(m_roster, QString());
    m_tabs->tabBar()->setTabButton(2, QTabBar::RightSide, nullptr); // the roster stays too
    m_tabs->tabBar()->setTabButton(1, QTabBar::LeftSide, nullptr);
    m_home = new HomePage(database, m_tabs);
    m_tabs->addTab(m_home, QString());
    m_tabs->tabBar()->setTabButton(3, QTabBar::RightSide, nullptr); // the work queues stay
    m_reports = new ReportsPage(database, m_tabs);
    m_tabs->addTab(m_reports, tr("Reports"));
    m_tabs->tabBar()->setTabButton(4, QTabBar::RightSide, nullptr); // the reports stay
    connect(m_home, &HomePage::openCaseRequested, this, [this](qint64 id) { (void)openCase(id); });
    connect(m_home, &HomePage::openVolunteerRequested, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_roster);
        if (m_session.allows(Permission::ManageRoster))
            (void)m_roster->editVolunteer(id);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_home)
            m_home->reload(); // the queues are as of the moment they are looked at
    });
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { (void)closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_list, &CaseListPage::openCaseRequested, this, [this](qint64 id) { (void)openCase(id); });
    connect(m_queue, &ScreeningQueuePage::openCaseRequested, this, [this](qint64 id) {
        if (CaseDetailView *view = openCase(id))
            view->showScreening();
    });
    connect(m_queue, &ScreeningQueuePage::rescreened, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *view = qobject_cast<CaseDetailView *>(m_tabs->widget(i)))
                view->reload();
        }
    });

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"dbPathLabel"_s);
    m_pathLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_backups = new BackupController(database, this);
    statusBar()->addPermanentWidget(m_backups->statusLabel());
    m_integrity = new IntegrityMonitor(database, this);
    statusBar()->addPermanentWidget(m_integrity->statusLabel());
    connect(m_integrity, &IntegrityMonitor::damaged, this, [this] {
        setWindowTitle(tr("Clearinghouse — %1 (read-only)").arg(databaseTitle()));
    });
    // Another window, the CLI or a colleague saving to the same file: open lists follow without a restart.
    m_changes = new ExternalChangeWatcher(database.connection(), this);
    connect(m_changes, &ExternalChangeWatcher::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    m_changes->start();
    m_idleLock = new IdleLock(this);
    new SensitiveClipboard(this);
    m_backups->backupNowAction()->setEnabled(!database.isShared()); // a shared database is backed up on the server

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();
    retranslate();
    RoleGate::apply(this, m_session);
    m_list->model()->setSearchIncludesSensitive(m_session.allows(Permission::ViewSensitive));
    onCurrentTabChanged();
    resize(1280, 800);
    if (!m_sessionProblem.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            MessageBox::warning(this, tr("Read-only look"),
                                tr("%1\n\nUntil then the cases are shown read-only, without medical and family "
                                   "details.")
                                    .arg(m_sessionProblem));
        });
    } else if (m_session.createdFirstUser()) {
        statusBar()->showMessage(tr("First user of this database: you are its administrator (File → Users…)."),
                                 15000);
    }
}

bool MainWindow::permitted(Permission p)
{
    if (m_session.allows(p))
        return true;
    MessageBox::information(this, tr("Not for your role"), Roles::refusal(m_session.role(), p));
    return false;
}

UsersDialog *MainWindow::openUsers()
{
    if (!permitted(Permission::ManageUsers))
        return nullptr;
    auto *dialog = new UsersDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

MainWindow::~MainWindow()
{
    if (m_actorBefore)
        Actor::setCurrent(*m_actorBefore);
}

void MainWindow::createActions()
{
    auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };
    // Menus and actions keep their untranslated text so that a language change (Preferences) can
    // translate them again in place: nothing is rebuilt, so open work and shortcuts stay as they are.
    auto make = [this](const char *source, const QString &name, const QKeySequence &keys = {}) {
        auto *a = new QAction(tr(source), this);
        a->setProperty(kSourceText, QByteArray(source));
        a->setObjectName(name);
        if (!keys.isEmpty())
            a->setShortcut(keys);
        return a;
    };

    auto statusTip = [this](QAction *a, const char *source) {
        a->setProperty(kSourceStatusTip, QByteArray(source));
        a->setStatusTip(tr(source));
    };

    auto menu = [this](const char *source) {
        QMenu *m = menuBar()->addMenu(tr(source));
        m->menuAction()->setProperty(kSourceText, QByteArray(source));
        return m;
    };

    QAction *newCase = make(QT_TR_NOOP("&New case"), u"actionNewCase"_s, QKeySequence::New);
    newCase->setIcon(icon("document-new", QStyle::SP_FileIcon));
    statusTip(newCase, QT_TR_NOOP("Type in a questionnaire"));
    connect(newCase, &QAction::triggered, this, [this] { (void)this->newCase(); });
    QAction *openDb = make(QT_TR_NOOP("&Open database…"), u"actionOpenDatabase"_s, QKeySequence::Open);
    connect(openDb, &QAction::triggered, this, &MainWindow::openDatabase);
    QAction *connectServer = make(QT_TR_NOOP("Connect to &shared database…"), u"actionConnectServer"_s);
    statusTip(connectServer, QT_TR_NOOP("Work in a team's database on a PostgreSQL server"));
    connect(connectServer, &QAction::triggered, this, [this] { (void)connectToServer(); });
    QAction *quit = make(QT_TR_NOOP("&Quit"), u"actionQuit"_s, QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction *import = make(QT_TR_NOOP("&Import…"), u"actionImport"_s, QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIcon(icon("document-import", QStyle::SP_ArrowDown));
    statusTip(import, QT_TR_NOOP("Bring in questionnaire submissions from a CSV or JSON file"));
    connect(import, &QAction::triggered, this, [this] { (void)importFile(); });
    QAction *quarantine = make(QT_TR_NOOP("Import &quarantine"), u"actionQuarantine"_s);
    statusTip(quarantine, QT_TR_NOOP("Rows that imports rejected, to correct or discard"));
    connect(quarantine, &QAction::triggered, this, [this] { (void)showQuarantine(); });
    QAction *exportAction = make(QT_TR_NOOP("&Export…"), u"actionExport"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    statusTip(exportAction, QT_TR_NOOP("Write every case to a CSV or JSON file"));
    connect(exportAction, &QAction::triggered, this, [this] { (void)exportCases(); });

    QAction *batch = make(QT_TR_NOOP("&Packets for assigned cases…"), u"actionPacketBatch"_s);
    batch->setIcon(icon("document-print", QStyle::SP_FileDialogContentsView));
    statusTip(batch, QT_TR_NOOP("Print or save the packets of every case assigned since a date"));
    connect(batch, &QAction::triggered, this, &MainWindow::openPacketBatch);
    QAction *templates = make(QT_TR_NOOP("Letter &templates…"), u"actionLetterTemplates"_s);
    statusTip(templates, QT_TR_NOOP("Edit the letters sent to families"));
    connect(templates, &QAction::triggered, this, &MainWindow::openLetterTemplates);

    QMenu *file = menu(QT_TR_NOOP("&File"));
    file->addAction(newCase);
    file->addAction(openDb);
    file->addAction(connectServer);
    file->addSeparator();
    file->addAction(import);
    file->addAction(quarantine);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(m_backups->backupNowAction());
    file->addAction(m_backups->restoreAction());
    QAction *lockNow = make(QT_TR_NOOP("&Lock screen"), u"actionLockScreen"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    statusTip(lockNow, QT_TR_NOOP("Cover the window until you unlock it"));
    connect(lockNow, &QAction::triggered, m_idleLock, &IdleLock::lock);
    file->addAction(lockNow);
    m_backups->restoreAction()->setEnabled(!m_db.isReadOnly() && !m_db.isShared());
    file->addAction(batch);
    file->addAction(templates);
    QAction *users = make(QT_TR_NOOP("&Users…"), u"actionUsers"_s);
    statusTip(users, QT_TR_NOOP("Who uses this database, and in which role (administrators)"));
    connect(users, &QAction::triggered, this, [this] { (void)openUsers(); });
    file->addSeparator();
    file->addAction(users);
    file->addSeparator();
    file->addAction(quit);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QAction *find = make(QT_TR_NOOP("&Find case"), u"actionFind"_s, QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_list);
        m_list->focusSearch();
    });
    QMenu *edit = menu(QT_TR_NOOP("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    QAction *preferences = make(QT_TR_NOOP("&Preferences…"), u"actionPreferences"_s, QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] { (void)openPreferences(); });
    edit->addAction(preferences);

    m_openCase = make(QT_TR_NOOP("&Open"), u"actionOpenCase"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openCase->setIcon(icon("document-open", QStyle::SP_DirOpenIcon));
    connect(m_openCase, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCaseId())
            (void)openCase(id);
    });
    m_changeStatus = make(QT_TR_NOOP("Change &status…"), u"actionChangeStatus"_s, QKeySequence(Qt::CTRL | Qt::Key_T));
    m_changeStatus->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    connect(m_changeStatus, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCaseId())
            openCase(id)->changeStatus();
    });
    m_addNote = make(QT_TR_NOOP("Add &note"), u"actionAddNote"_s);
    m_addNote->setIcon(icon("document-edit", QStyle::SP_FileDialogDetailedView));
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCaseId())
            openCase(id)->focusNewNote();
    });
    QAction *queue = make(QT_TR_NOOP("Screening &queue"), u"actionScreeningQueue"_s, QKeySequence(Qt::CTRL | Qt::Key_K));
    queue->setIcon(icon("view-list-details", QStyle::SP_FileDialogListView));
    statusTip(queue, QT_TR_NOOP("Cases waiting for a screening decision"));
    connect(queue, &QAction::triggered, this, &MainWindow::showScreeningQueue);
    QAction *rescreen = make(QT_TR_NOOP("&Re-screen all cases…"), u"actionRescreenAll"_s);
    connect(rescreen, &QAction::triggered, this, [this] {
        showScreeningQueue();
        (void)m_queue->rescreenAll();
    });
    // Packets from the keyboard, wherever the case is selected (list, queue or its own tab).
    m_printPacket = make(QT_TR_NOOP("&Print packet…"), u"actionPrintPacket"_s, QKeySequence::Print);
    m_printPacket->setIcon(icon("document-print", QStyle::SP_FileDialogDetailedView));
    connect(m_printPacket, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCaseId())
            (void)openCase(id)->packetPanel()->print();
    });
    m_savePacket = make(QT_TR_NOOP("Save packet as P&DF…"), u"actionSavePacket"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_savePacket, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCaseId())
            (void)openCase(id)->packetPanel()->saveAsPdf();
    });
    m_letters = make(QT_TR_NOOP("&Letters to the family…"), u"actionLetters"_s);
    connect(m_letters, &QAction::triggered, this, &MainWindow::openLetters);
    m_matchCase = make(QT_TR_NOOP("&Match volunteers…"), u"actionMatchCase"_s, QKeySequence(Qt::CTRL | Qt::Key_M));
    m_matchCase->setIcon(icon("system-users", QStyle::SP_FileDialogContentsView));
    statusTip(m_matchCase, QT_TR_NOOP("See who can take the case, and assign it"));
    connect(m_matchCase, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCaseId())
            (void)openMatching(id);
    });
    QMenu *caseMenu = menu(QT_TR_NOOP("&Case"));
    caseMenu->addAction(m_openCase);
    caseMenu->addAction(m_changeStatus);
    caseMenu->addAction(m_addNote);
    caseMenu->addSeparator();
    caseMenu->addAction(queue);
    caseMenu->addAction(rescreen);
    caseMenu->addAction(m_printPacket);
    caseMenu->addAction(m_savePacket);
    caseMenu->addAction(m_letters);
    caseMenu->addAction(m_matchCase);

    QAction *showRoster = make(QT_TR_NOOP("Show &roster"), u"actionShowRoster"_s, QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(showRoster, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_roster); });
    QAction *addVolunteer = make(QT_TR_NOOP("&Add volunteer…"), u"actionAddVolunteer"_s);
    connect(addVolunteer, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_roster);
        (void)m_roster->addVolunteer();
    });
    QAction *batchMatch = make(QT_TR_NOOP("&Batch matching…"), u"actionBatchMatch"_s);
    statusTip(batchMatch, QT_TR_NOOP("Propose volunteers for every screened-in case that is waiting"));
    connect(batchMatch, &QAction::triggered, this, [this] { (void)openBatchMatching(); });
    QMenu *rosterMenu = menu(QT_TR_NOOP("&Roster"));
    rosterMenu->addAction(showRoster);
    rosterMenu->addAction(addVolunteer);
    rosterMenu->addSeparator();
    rosterMenu->addAction(batchMatch);

    QAction *showReports = make(QT_TR_NOOP("&Reports"), u"actionShowReports"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    statusTip(showReports, QT_TR_NOOP("Charts and numbers for a period, to export as CSV or PDF"));
    connect(showReports, &QAction::triggered, this, &MainWindow::showReports);
    QMenu *viewMenu = menu(QT_TR_NOOP("&View"));
    viewMenu->addAction(showReports);

    QAction *about = make(QT_TR_NOOP("&About Clearinghouse"), u"actionAbout"_s);
    connect(about, &QAction::triggered, this, &MainWindow::about);
    menu(QT_TR_NOOP("&Help"))->addAction(about);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newCase);
    bar->addAction(import);
    bar->addSeparator();
    bar->addAction(m_openCase);
    bar->addAction(m_changeStatus);
    bar->addAction(m_addNote);
    bar->addSeparator();
    bar->addAction(queue);
    bar->addAction(m_matchCase);
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentTabChanged);
    connect(m_queue->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentTabChanged);
}

template<typename T>
T *MainWindow::findTab(qint64 caseId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<T *>(m_tabs->widget(i)); page && page->caseId() == caseId)
            return page;
    }
    return nullptr;
}

IntakeForm *MainWindow::addForm(IntakeForm *form)
{
    m_undoGroup->addStack(form->undoStack());
    connect(form, &IntakeForm::titleChanged, this, [this, form] { updateTabTitle(form); });
    connect(form, &IntakeForm::saved, this, [this, form](qint64 id) { onFormSaved(form, id); });
    connect(form, &IntakeForm::openCaseRequested, this, [this](qint64 id) { (void)openCase(id); });
    m_tabs->addTab(form, form->title());
    updateTabTitle(form);
    m_tabs->setCurrentWidget(form);
    form->focusFirstField();
    return form;
}

IntakeForm *MainWindow::newCase()
{
    if (!permitted(Permission::EditCases))
        return nullptr;
    return addForm(new IntakeForm(m_db, m_tabs));
}

IntakeForm *MainWindow::editCase(qint64 caseId)
{
    if (IntakeForm *open = findTab<IntakeForm>(caseId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    if (!permitted(Permission::EditCases))
        return nullptr;
    auto loaded = CaseRepository(m_db).load(caseId);
    if (!loaded) {
        MessageBox::critical(this, tr("Case not opened"), loaded.error().message);
        return nullptr;
    }
    auto *form = new IntakeForm(m_db, m_tabs);
    form->loadCase(*loaded);
    return addForm(form);
}

CaseDetailView *MainWindow::openCase(qint64 caseId)
{
    if (CaseDetailView *open = findTab<CaseDetailView>(caseId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto *view = new CaseDetailView(m_db, caseId, m_tabs);
    connect(view, &CaseDetailView::editRequested, this, [this](qint64 id) { (void)editCase(id); });
    connect(view, &CaseDetailView::editFieldRequested, this,
            [this](qint64 id, const QString &key) { (void)editCaseField(id, key); });
    connect(view, &CaseDetailView::caseChanged, this, &MainWindow::onCaseChanged);
    connect(view, &CaseDetailView::titleChanged, this, [this, view] { updateTabTitle(view); });
    RoleGate::apply(view, m_session);
    m_tabs->addTab(view, view->title());
    m_tabs->setCurrentWidget(view);
    return view;
}

IntakeForm *MainWindow::editCaseField(qint64 caseId, const QString &fieldKey)
{
    IntakeForm *form = editCase(caseId);
    if (form)
        form->focusField(fieldKey);
    return form;
}

void MainWindow::showHome()
{
    m_home->reload();
    m_tabs->setCurrentWidget(m_home);
}

void MainWindow::showReports()
{
    m_tabs->setCurrentWidget(m_reports);
}

void MainWindow::showScreeningQueue()
{
    m_queue->reload(); // marks it when hidden; showing it (or ensureLoaded) reads it once
    m_tabs->setCurrentWidget(m_queue);
    m_queue->ensureLoaded();
}

void MainWindow::onCaseChanged(qint64 caseId)
{
    m_list->reload();
    m_list->selectCase(caseId);
    m_queue->reload();
}

void MainWindow::onChangedElsewhere()
{
    m_list->refreshKeepingPlace();
    m_queue->reload(); // a hidden queue is only marked, and read when shown
    m_roster->reload();
    if (m_home->isVisible())
        m_home->reload(); // otherwise showHome() reads it
    statusBar()->showMessage(tr("Changes saved elsewhere are now shown."), 5000);
}

bool MainWindow::isFixedPage(QWidget *page) const
{
    return page == m_list || page == m_queue || page == m_roster || page == m_home || page == m_reports;
}

MatchPanel *MainWindow::openMatching(qint64 caseId)
{
    if (MatchPanel *open = findTab<MatchPanel>(caseId)) {
        open->reload();
        m_tabs->setCurrentWidget(open);
        return open;
    }
    if (!permitted(Permission::MatchCases))
        return nullptr;
    auto *panel = new MatchPanel(m_db, caseId, m_tabs);
    connect(panel, &MatchPanel::assignmentsChanged, this, [this](qint64 id) {
        m_roster->reload();
        m_list->reload();
        if (CaseDetailView *view = findTab<CaseDetailView>(id))
            view->reload();
    });
    m_tabs->addTab(panel, panel->title());
    m_tabs->setCurrentWidget(panel);
    return panel;
}

BatchMatchDialog *MainWindow::openBatchMatching()
{
    if (!permitted(Permission::MatchCases))
        return nullptr;
    auto *dialog = new BatchMatchDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchMatchDialog::applied, this, [this](int count) {
        m_roster->reload();
        m_list->reload();
        for (int i = 2; i < m_tabs->count(); ++i) {
            if (auto *panel = qobject_cast<MatchPanel *>(m_tabs->widget(i)))
                panel->reload();
        }
        statusBar()->showMessage(tr("%n case(s) assigned.", nullptr, count), 5000);
    });
    dialog->open();
    return dialog;
}

PreferencesDialog *MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBackupsOnServer(m_db.isShared());
    // A new interval starts counting now; the language has changed already (LanguageChange below).
    connect(dialog, &PreferencesDialog::applied, m_backups, &BackupController::applyInterval);
    connect(dialog, &PreferencesDialog::applied, m_idleLock, &IdleLock::restartTimer);
    dialog->open();
    return dialog;
}

ServerConnectionDialog *MainWindow::connectToServer()
{
    auto *dialog = new ServerConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto server = dialog->address())
            Q_EMIT openServerRequested(server->displayText(), dialog->password());
    });
    dialog->open();
    return dialog;
}

QString MainWindow::databaseTitle() const
{
    // The address never holds the password (ServerAddress::displayText()).
    return m_db.isShared() ? tr("%1 (shared)").arg(m_db.server().displayText()) : QFileInfo(m_db.path()).fileName();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_db.isReadOnly() ? tr("Clearinghouse — %1 (read-only)").arg(databaseTitle())
                                     : tr("Clearinghouse — %1").arg(databaseTitle()));
    if (m_db.isShared()) {
        m_pathLabel->setText(tr("Shared database: %1").arg(m_db.server().displayText()));
        m_pathLabel->setToolTip(tr("A database on a server that the team shares: what colleagues save appears "
                                   "here within seconds."));
    } else {
        m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    }
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(m_session.user().displayName, Roles::label(m_session.role())));
    m_userLabel->setToolTip(Roles::description(m_session.role()));
    for (QAction *a : findChildren<QAction *>()) {
        const QByteArray source = a->property(kSourceText).toByteArray();
        if (!source.isEmpty())
            a->setText(tr(source.constData()));
        const QByteArray tip = a->property(kSourceStatusTip).toByteArray();
        if (!tip.isEmpty())
            a->setStatusTip(tr(tip.constData()));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_list), tr("Cases"));
    m_tabs->setTabText(m_tabs->indexOf(m_queue), tr("Screening queue"));
    m_tabs->setTabText(m_tabs->indexOf(m_roster), tr("Roster"));
    m_tabs->setTabText(m_tabs->indexOf(m_home), tr("Home"));
    if (m_quarantine)
        m_tabs->setTabText(m_tabs->indexOf(m_quarantine), tr("Import quarantine (%1)").arg(m_quarantine->model()->rowCount()));
    m_backups->retranslate();
    m_idleLock->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Reports"));
    for (int i = 0; i < m_tabs->count(); ++i)
        updateTabTitle(m_tabs->widget(i));
}

void MainWindow::updateTabTitle(QWidget *page)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    if (auto *form = qobject_cast<IntakeForm *>(page)) {
        m_tabs->setTabText(index, form->isDirty() ? tr("%1 *").arg(form->title()) : form->title());
        m_tabs->setTabToolTip(index, form->isDirty() ? tr("Unsaved changes") : QString());
    } else if (auto *view = qobject_cast<CaseDetailView *>(page)) {
        m_tabs->setTabText(index, view->title());
    } else if (auto *panel = qobject_cast<MatchPanel *>(page)) {
        m_tabs->setTabText(index, panel->title());
    }
}

void MainWindow::onCurrentTabChanged()
{
    auto *form = qobject_cast<IntakeForm *>(m_tabs->currentWidget());
    m_undoGroup->setActiveStack(form ? form->undoStack() : nullptr);
    const bool hasCase = currentCaseId() != 0;
    m_openCase->setEnabled(hasCase && isFixedPage(m_tabs->currentWidget()));
    m_changeStatus->setEnabled(hasCase);
    m_addNote->setEnabled(hasCase);
    m_letters->setEnabled(hasCase);
    m_printPacket->setEnabled(hasCase);
    m_savePacket->setEnabled(hasCase);
    m_matchCase->setEnabled(hasCase);
}

qint64 MainWindow::currentCaseId() const
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_list)
        return m_list->selectedCaseId();
    if (page == m_queue)
        return m_queue->selectedCaseId();
    if (auto *view = qobject_cast<CaseDetailView *>(page))
        return view->caseId();
    if (auto *form = qobject_cast<IntakeForm *>(page))
        return form->caseId();
    if (auto *panel = qobject_cast<MatchPanel *>(page))
        return panel->caseId();
    return 0;
}

void MainWindow::onFormSaved(IntakeForm *form, qint64 caseId)
{
    m_list->reload();
    m_list->selectCase(caseId);
    m_queue->reload();
    statusBar()->showMessage(tr("Case %1 saved.").arg(caseId), 5000);
    if (CaseDetailView *view = findTab<CaseDetailView>(caseId))
        view->reload();
    // The form has done its job: show the saved case instead.
    const int index = m_tabs->indexOf(form);
    m_undoGroup->removeStack(form->undoStack());
    m_tabs->removeTab(index);
    form->deleteLater();
    (void)openCase(caseId);
}

bool MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page || isFixedPage(page))
        return false;
    if (auto *form = qobject_cast<IntakeForm *>(page)) {
        if (form->isDirty()) {
            m_tabs->setCurrentWidget(form);
            const auto answer = MessageBox::question(
                this, tr("Unsaved changes"),
                tr("“%1” has changes that are not saved. Save them before closing?").arg(form->title()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                {{QMessageBox::Discard, tr("Discard changes")}});
            if (answer == QMessageBox::Save) {
                if (!form->save())
                    return false;
                return true; // saving closes the form
            }
            if (answer != QMessageBox::Discard)
                return false;
        }
        form->discardDraft();
        m_undoGroup->removeStack(form->undoStack());
    }
    m_tabs->removeTab(index);
    page->deleteLater();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto *form = qobject_cast<IntakeForm *>(m_tabs->widget(i));
        if (form && form->isDirty() && !closeTab(i)) {
            event->ignore();
            return;
        }
    }
    m_backups->backupOnExit();
    event->accept();
}

void MainWindow::restoreDrafts()
{
    if (!m_session.allows(Permission::EditCases))
        return; // drafts are unsaved cases: only a role that edits cases reopens (or discards) them
    CaseRepository repo(m_db);
    const auto drafts = repo.drafts();
    if (!drafts || drafts->isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Restore unsaved work?"),
        tr("%n intake form(s) from an earlier session were not saved. Restore them?", nullptr,
           static_cast<int>(drafts->size())),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Restore")}, {QMessageBox::Cancel, tr("Ask me next time")}});
    if (answer == QMessageBox::Discard) {
        for (const auto &d : *drafts)
            (void)repo.deleteDraft(d.id);
        return;
    }
    if (answer != QMessageBox::Yes)
        return;
    for (const auto &d : *drafts) {
        auto *form = new IntakeForm(m_db, m_tabs);
        if (form->restoreDraft(d.id, d.payload))
            addForm(form);
        else
            delete form;
    }
}

void MainWindow::openPacketBatch()
{
    if (!permitted(Permission::PrintPackets))
        return;
    if (auto *open = findChild<PacketBatchDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PacketBatchDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openLetterTemplates()
{
    if (!permitted(Permission::PrintPackets))
        return;
    auto *dialog = new LetterTemplateDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openLetters()
{
    if (!permitted(Permission::PrintPackets))
        return;
    if (const qint64 id = currentCaseId())
        openCase(id)->packetPanel()->openLetters();
}

void MainWindow::openDatabase()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db.path()).path(),
                                                      tr("Clearinghouse databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

ImportDialog *MainWindow::importFile(const QString &path)
{
    if (!permitted(Permission::EditCases))
        return nullptr;
    const QString file = path.isEmpty()
        ? FileDialog::getOpenFileName(this, tr("Import submissions"), QDir::homePath(),
                                      tr("Questionnaire exports (*.csv *.json);;All files (*)"))
        : path;
    if (file.isEmpty())
        return nullptr;
    auto *dialog = new ImportDialog(m_db, file, this);
    if (!dialog->isReady()) {
        MessageBox::warning(this, tr("File not imported"),
                            tr("%1 cannot be imported: %2").arg(QFileInfo(file).fileName(), dialog->problem()));
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = QFileInfo(file).fileName();
    connect(dialog, &ImportDialog::imported, this,
            [this, name](const ImportSummary &summary) { onImported(name, summary); });
    connect(dialog, &ImportDialog::importCancelled, this,
            [this] { statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 8000); });
    dialog->open();
    return dialog;
}

void MainWindow::onImported(const QString &fileName, const ImportSummary &summary)
{
    m_list->reload();
    if (m_quarantine)
        m_quarantine->reload();
    statusBar()->showMessage(tr("%1: %n new case(s) imported.", nullptr, static_cast<int>(summary.imported))
                                 .arg(fileName),
                             8000);
    auto *dialog = new ImportSummaryDialog(fileName, summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportSummaryDialog::openQuarantineRequested, this, [this] { (void)showQuarantine(); });
    connect(dialog, &ImportSummaryDialog::openCaseRequested, this, [this](qint64 id) { (void)openCase(id); });
    dialog->open();
}

QuarantinePage *MainWindow::showQuarantine()
{
    if (!permitted(Permission::EditCases))
        return nullptr;
    if (!m_quarantine) {
        m_quarantine = new QuarantinePage(m_db, m_tabs);
        connect(m_quarantine, &QuarantinePage::caseImported, this, [this](qint64 id) {
            m_list->reload();
            statusBar()->showMessage(tr("Case %1 imported from the quarantine.").arg(id), 8000);
        });
        connect(m_quarantine, &QuarantinePage::countChanged, this, [this](int open) {
            m_tabs->setTabText(m_tabs->indexOf(m_quarantine), tr("Import quarantine (%1)").arg(open));
        });
        m_tabs->addTab(m_quarantine, tr("Import quarantine (%1)").arg(m_quarantine->model()->rowCount()));
    } else {
        m_quarantine->reload();
    }
    m_tabs->setCurrentWidget(m_quarantine);
    return m_quarantine;
}

bool MainWindow::exportCases(const QString &path)
{
    if (!permitted(Permission::ExportData))
        return false;
    QString file = path.isEmpty()
        ? FileDialog::getSaveFileName(this, tr("Export cases"), QDir::home().filePath(u"cases.csv"_s),
                                      tr("CSV for spreadsheets (*.csv);;JSON, complete (*.json)"))
        : path;
    if (file.isEmpty())
        return false;
    const bool json = QFileInfo(file).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0;
    if (!json && QFileInfo(file).suffix().isEmpty())
        file += u".csv"_s;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = json ? JsonExporter::exportCases(m_db.connection(), file)
                              : CsvExporter::exportCases(m_db.connection(), file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Cases not exported"),
                             tr("%1 Choose another folder or file name and export again.").arg(written.error().message));
        return false;
    }
    statusBar()->showMessage(tr("%n case(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(file)),
                             8000);
    return true;
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Clearinghouse"),
                            tr("Clearinghouse %1\n\nCase management for requests for compassionate release "
                               "(18 U.S.C. §3582(c)(1)(A)).")
                                .arg(QString::fromLatin1(CLEARINGHOUSE_VERSION)));
}

} // namespace ch
