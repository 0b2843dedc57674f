// Users and roles through the real main window (issue 7): the administrator's Users dialog, and what each
// role sees and may do, screen by screen and export by export.
#include "CaseDetailView.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UsersDialog.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "itemmodels/UserListModel.h"
#include "storage/AuditLog.h"
#include "storage/ReasonRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestUsersGui final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_case = 0;

    // True when the action exists and the role is offered it.
    static bool offered(const MainWindow &w, const QString &name)
    {
        auto *a = w.findChild<QAction *>(name);
        return a && a->isVisible() && a->isEnabled();
    }
    void addUser(const QString &login, Role role)
    {
        User u;
        u.login = login;
        u.role = role;
        QVERIFY(UserRepository(*m_db).create(u));
    }

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init();
    void cleanup();
    void firstUser_isAdministrator_andAddsAColleague();
    void usersDialog_saysWhyAChangeIsRefused();
    void eachRole_seesOnlyItsScreensAndExports_data();
    void eachRole_seesOnlyItsScreensAndExports();
    void unknownAccount_getsAReadOnlyLookAndIsTold();
};

void TestUsersGui::init()
{
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"test.db"_s));
    QVERIFY(db);
    m_db = std::move(db).value();
    Actor::setCurrent(u"lead"_s);
    QVERIFY(Session::start(*m_db, u"lead"_s)); // the office's first user: its administrator
    m_case = test::seed(*m_db, test::makeCase(u"Rosa Delgado"_s, u"12345-054"_s));
    QVERIFY(m_case > 0);
    // A narrative that tells of illness: in the audit tab only for roles that see medical details.
    QVERIFY(ReasonRepository(*m_db).setAssessment(m_case, u"terminal_illness"_s, u"likely"_s,
                                                  u"Metastatic pancreatic cancer, oncologist letter"_s));
}

void TestUsersGui::cleanup()
{
    m_db.reset();
    m_dir.reset();
    Actor::setCurrent(QString());
    QCOMPARE(MessageBox::unexpectedCount(), 0);
}

void TestUsersGui::firstUser_isAdministrator_andAddsAColleague()
{
    MainWindow w(*m_db);
    w.show();
    QCOMPARE(w.session().role(), Role::Admin);
    QVERIFY(w.findChild<QLabel *>(u"userLabel"_s)->text().contains(Roles::label(Role::Admin)));
    QVERIFY(offered(w, u"actionUsers"_s));
    w.findChild<QAction *>(u"actionUsers"_s)->trigger();
    auto *dialog = w.findChild<UsersDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->model()->rowCount(), 1);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"newUserButton"_s), Qt::LeftButton);
    auto *login = dialog->findChild<QLineEdit *>(u"userLoginEdit"_s);
    QVERIFY(!login->isReadOnly());
    QTest::keyClicks(login, u"maria.coord"_s);
    dialog->findChild<QLineEdit *>(u"userNameEdit"_s)->setText(u"María Coordinadora"_s); // keyClicks types ASCII only
    auto *role = dialog->findChild<QComboBox *>(u"userRoleCombo"_s);
    role->setCurrentIndex(role->findData(u"coordinator"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"userRoleDescription"_s)->text().contains(u"roster"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUserButton"_s), Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel *>(u"usersError"_s)->isHidden());
    QCOMPARE(dialog->model()->rowCount(), 2);

    auto saved = UserRepository(*m_db).find(u"maria.coord"_s);
    QVERIFY(saved && saved->has_value());
    QCOMPARE((*saved)->role, Role::Coordinator);
    QCOMPARE((*saved)->displayName, u"María Coordinadora"_s);
    QCOMPARE((*saved)->createdBy, u"lead"_s);
    auto audit = AuditLog::entries(m_db->connection(), u"user"_s, (*saved)->id);
    QVERIFY(audit && audit->size() == 1);
    QCOMPARE(audit->first().actor, u"lead"_s);
    // The selected user's login cannot be changed.
    const int row = dialog->model()->rowOfLogin(u"maria.coord"_s);
    dialog->findChild<QTableView *>(u"usersTable"_s)->selectRow(row);
    QVERIFY(login->isReadOnly());
    dialog->close();
}

void TestUsersGui::usersDialog_saysWhyAChangeIsRefused()
{
    MainWindow w(*m_db);
    w.show();
    UsersDialog *dialog = w.openUsers();
    QVERIFY(dialog);
    auto *error = dialog->findChild<QLabel *>(u"usersError"_s);
    // The only administrator cannot step down.
    dialog->findChild<QTableView *>(u"usersTable"_s)->selectRow(dialog->model()->rowOfLogin(u"lead"_s));
    auto *role = dialog->findChild<QComboBox *>(u"userRoleCombo"_s);
    role->setCurrentIndex(role->findData(u"staff"_s));
    QVERIFY(!dialog->saveUser());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"only active administrator"_s), qPrintable(error->text()));
    QCOMPARE((*UserRepository(*m_db).find(u"lead"_s))->role, Role::Admin);
    // A login with a space, then one already taken.
    dialog->startNewUser();
    dialog->findChild<QLineEdit *>(u"userLoginEdit"_s)->setText(u"two words"_s);
    QVERIFY(!dialog->saveUser());
    QVERIFY(error->text().contains(u"two words"_s));
    dialog->findChild<QLineEdit *>(u"userLoginEdit"_s)->setText(u"lead"_s);
    QVERIFY(!dialog->saveUser());
    QVERIFY(error->text().contains(u"already"_s));
    QCOMPARE(dialog->model()->rowCount(), 1);
    dialog->close();
}

void TestUsersGui::eachRole_seesOnlyItsScreensAndExports_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("role");
    QTest::newRow("staff") << u"sam"_s << int(Role::Staff);
    QTest::newRow("coordinator") << u"cora"_s << int(Role::Coordinator);
    QTest::newRow("auditor") << u"audie"_s << int(Role::Auditor);
    QTest::newRow("admin") << u"lead"_s << int(Role::Admin);
}

void TestUsersGui::eachRole_seesOnlyItsScreensAndExports()
{
    QFETCH(QString, login);
    QFETCH(int, role);
    const Role r = Role(role);
    if (login != u"lead"_s)
        addUser(login, r);
    Actor::setCurrent(login);
    MainWindow w(*m_db);
    w.show();
    QCOMPARE(w.session().role(), r);
    QVERIFY(w.findChild<QLabel *>(u"userLabel"_s)->text().contains(Roles::label(r)));

    // The menus: each action is offered exactly when the role allows it.
    const QList<std::pair<QString, Permission>> actions{
        {u"actionNewCase"_s, Permission::EditCases},      {u"actionImport"_s, Permission::EditCases},
        {u"actionExport"_s, Permission::ExportData},      {u"actionBackupNow"_s, Permission::ExportData},
        {u"actionPacketBatch"_s, Permission::PrintPackets}, {u"actionAddVolunteer"_s, Permission::ManageRoster},
        {u"actionBatchMatch"_s, Permission::MatchCases},  {u"actionUsers"_s, Permission::ManageUsers}};
    for (const auto &[name, permission] : actions)
        QVERIFY2(offered(w, name) == Roles::allows(r, permission), qPrintable(name));

    // The case view: editing, the packet and the sensitive details.
    CaseDetailView *view = w.openCase(m_case);
    QVERIFY(view);
    auto visible = [view](const QString &name) {
        auto *widget = view->findChild<QWidget *>(name);
        return widget && !widget->isHidden(); // not taken away (a tab not shown is hidden, not taken away)
    };
    QCOMPARE(visible(u"editCaseButton"_s), Roles::allows(r, Permission::EditCases));
    QCOMPARE(visible(u"casePacketPanel"_s), Roles::allows(r, Permission::PrintPackets));
    QCOMPARE(visible(u"showSensitiveToggle"_s), Roles::allows(r, Permission::ViewSensitive));
    QCOMPARE(visible(u"reasonNarrative"_s), Roles::allows(r, Permission::EditCases));
    QCOMPARE(visible(u"evidenceList"_s), Roles::allows(r, Permission::ViewSensitive));
    QCOMPARE(!w.findChild<QWidget *>(u"trainingValiditySpin"_s)->isHidden(),
             Roles::allows(r, Permission::ManageRoster));
    QCOMPARE(!w.findChild<QWidget *>(u"exportReportCsv"_s)->isHidden(), Roles::allows(r, Permission::ExportData));

    // The audit tab tells of the change, and of the illness only to those who may read it (and only when
    // the details are shown).
    QString audit;
    auto *trail = view->findChild<QTreeWidget *>(u"auditTrail"_s);
    QVERIFY(trail);
    for (int i = 0; i < trail->topLevelItemCount(); ++i)
        audit += trail->topLevelItem(i)->text(3) + u'\n';
    QVERIFY2(audit.contains(u"narrative"_s), qPrintable(audit));
    QVERIFY2(!audit.contains(u"pancreatic"_s), qPrintable(audit)); // hidden until shown, for every role
    if (Roles::allows(r, Permission::ViewSensitive)) {
        view->findChild<QCheckBox *>(u"showSensitiveToggle"_s)->setChecked(true);
        audit.clear();
        for (int i = 0; i < trail->topLevelItemCount(); ++i)
            audit += trail->topLevelItem(i)->text(3) + u'\n';
        QVERIFY2(audit.contains(u"pancreatic"_s), qPrintable(audit));
    }

    // The slots refuse too, with a sentence naming the role, and nothing opens.
    if (!Roles::allows(r, Permission::EditCases)) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(w.editCase(m_case), nullptr);
        QVERIFY(MessageBox::lastText().contains(Roles::label(r)));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(w.newCase(), nullptr);
    } else {
        QVERIFY(w.editCase(m_case) != nullptr);
    }
    if (!Roles::allows(r, Permission::ExportData)) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w.exportCases(m_dir->filePath(u"out.csv"_s)));
        QVERIFY(!QFile::exists(m_dir->filePath(u"out.csv"_s)));
    }
    if (!Roles::allows(r, Permission::MatchCases)) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(w.openMatching(m_case), nullptr);
    }
    if (!Roles::allows(r, Permission::ManageUsers)) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(w.openUsers(), nullptr);
    }
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    // Closing without unsaved work; the edit form (if any) has none.
    w.close();
}

void TestUsersGui::unknownAccount_getsAReadOnlyLookAndIsTold()
{
    Actor::setCurrent(u"stranger"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MainWindow w(*m_db);
    w.show();
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(MessageBox::lastText().contains(u"stranger"_s));
    QVERIFY(MessageBox::lastText().contains(u"read-only"_s));
    QCOMPARE(w.session().role(), Role::Auditor);
    QVERIFY(!offered(w, u"actionNewCase"_s));
    QVERIFY(!offered(w, u"actionExport"_s));
    QCOMPARE(*UserRepository(*m_db).count(), 1); // nobody was added
}

QTEST_MAIN(TestUsersGui)
#include "TestUsersGui.moc"
