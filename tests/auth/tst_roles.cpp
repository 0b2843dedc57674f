// The role matrix of issue 7: staff, coordinator, admin and a read-only auditor.
#include "auth/Role.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

Q_DECLARE_METATYPE(ch::Role)
Q_DECLARE_METATYPE(ch::Permission)

class TestRoles final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
    void codes_roundTripAndUnknownIsRefused();
    void everyRole_hasLabelAndDescription();
    void refusal_namesTheRole();
};

void TestRoles::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<Permission, const char *>> permissions{
        {Permission::EditCases, "edit cases"},       {Permission::ViewSensitive, "sensitive details"},
        {Permission::PrintPackets, "packets"},       {Permission::ManageRoster, "roster"},
        {Permission::MatchCases, "matching"},        {Permission::ExportData, "export"},
        {Permission::ManageUsers, "users"}};
    // The whole table, written out: a change to a role is a change to this test.
    const QHash<Role, QList<bool>> expected{
        //                     edit   sens   pack   rost   match  export users
        {Role::Staff,        {true,  true,  true,  false, false, true,  false}},
        {Role::Coordinator,  {false, false, false, true,  true,  false, false}},
        {Role::Admin,        {true,  true,  true,  true,  true,  true,  true}},
        {Role::Auditor,      {false, false, false, false, false, false, false}},
    };
    for (Role role : Roles::all()) {
        for (qsizetype i = 0; i < permissions.size(); ++i) {
            QTest::addRow("%s, %s", qPrintable(Roles::code(role)), permissions.at(i).second)
                << role << permissions.at(i).first << expected.value(role).at(i);
        }
    }
}

void TestRoles::matrix()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Roles::allows(role, permission), allowed);
}

void TestRoles::codes_roundTripAndUnknownIsRefused()
{
    QCOMPARE(Roles::all().size(), 4);
    for (Role r : Roles::all())
        QCOMPARE(Roles::fromCode(Roles::code(r)), std::optional<Role>(r));
    QCOMPARE(Roles::fromCode(u"Admin"), std::nullopt); // codes are exact
    QCOMPARE(Roles::fromCode(u"root"), std::nullopt);
    QCOMPARE(Roles::fromCode(u""), std::nullopt);
}

void TestRoles::everyRole_hasLabelAndDescription()
{
    QSet<QString> labels;
    for (Role r : Roles::all()) {
        QVERIFY(!Roles::label(r).isEmpty());
        QVERIFY(Roles::description(r).endsWith(u'.'));
        labels.insert(Roles::label(r));
    }
    QCOMPARE(labels.size(), 4);
}

void TestRoles::refusal_namesTheRole()
{
    const QString text = Roles::refusal(Role::Auditor, Permission::EditCases);
    QVERIFY2(text.contains(Roles::label(Role::Auditor)), qPrintable(text));
    QVERIFY2(text.contains(u"change cases"_s), qPrintable(text));
    QVERIFY(Roles::refusal(Role::Coordinator, Permission::ViewSensitive).contains(u"medical"_s));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
