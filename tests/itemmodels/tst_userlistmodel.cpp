// UserListModel under QAbstractItemModelTester: the Users dialog's table.
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "itemmodels/UserListModel.h"

#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestUserListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsUsersByLogin_withRoleLabelsAndState();
};

void TestUserListModel::listsUsersByLogin_withRoleLabelsAndState()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    // On the test server users are server roles: named apart per test database (dropped with it).
    const QString amy = t.serverRolePrefix() + u"amy"_s;
    QVERIFY(Session::start(t.db(), t.serverRolePrefix() + u"zed.admin"_s));
    UserListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);

    UserRepository users(t.db());
    User a;
    a.login = amy;
    a.displayName = u"Amy Ng"_s;
    a.role = Role::Auditor;
    auto id = users.create(a);
    QVERIFY(id);
    a.id = *id;
    a.active = false;
    QVERIFY(users.update(a));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
    QCOMPARE(model.rowOfLogin(amy), 0); // by login
    QCOMPARE(model.rowOfLogin(u"nobody"_s), -1);
    QCOMPARE(model.index(0, UserListModel::NameColumn).data().toString(), u"Amy Ng"_s);
    QCOMPARE(model.index(0, UserListModel::RoleColumn).data().toString(), Roles::label(Role::Auditor));
    QCOMPARE(model.index(0, UserListModel::RoleColumn).data(Qt::ToolTipRole).toString(),
             Roles::description(Role::Auditor));
    QCOMPARE(model.index(0, UserListModel::ActiveColumn).data().toString(), u"Deactivated"_s);
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(1, UserListModel::ActiveColumn).data().toString(), u"Active"_s);
    QCOMPARE(model.userAt(1)->role, Role::Admin);
    QCOMPARE(model.userAt(2), nullptr);
    QCOMPARE(model.headerData(UserListModel::LoginColumn, Qt::Horizontal).toString(), u"Login"_s);
}

QTEST_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
