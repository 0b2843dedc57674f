// Users, their roles and how a session starts (issue 7).
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "storage/AuditLog.h"

#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestUserRepository final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;

    User make(const QString &login, Role role)
    {
        User u;
        u.login = login;
        u.displayName = login.toUpper();
        u.role = role;
        return u;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void firstSession_makesAnAuditedAdministrator();
    void laterSession_knownUserGetsItsRole_unknownIsRefused();
    void deactivatedUser_isRefusedWithASentence();
    void create_validatesLoginAndRefusesDuplicates_data();
    void create_validatesLoginAndRefusesDuplicates();
    void update_isAuditedAndKeepsTheLogin();
    void lastActiveAdmin_cannotBeDemotedOrDeactivated();
    void require_refusesWithTheRoleInTheSentence();
    void users_areNeverDeleted();

private:
    // On the test server users are server roles, global to it: each test's are named apart (and dropped
    // with its database).
    QString L(const QString &login) const { return m_t ? m_t->serverRolePrefix() + login : login; }
};

void TestUserRepository::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    Actor::setCurrent(L(u"lead.admin"_s));
}

void TestUserRepository::cleanup()
{
    m_t.reset();
    Actor::setCurrent(QString());
}

void TestUserRepository::firstSession_makesAnAuditedAdministrator()
{
    auto s = Session::start(m_t->db(), L(u"lead.admin"_s));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
    QVERIFY(s->createdFirstUser());
    QCOMPARE(s->role(), Role::Admin);
    QVERIFY(s->allows(Permission::ManageUsers));
    auto users = UserRepository(m_t->db()).all();
    QVERIFY(users);
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().login, L(u"lead.admin"_s));
    auto audit = AuditLog::entries(m_t->connection(), u"user"_s, users->first().id);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    // On a server the audit names the server user the connection logged in as, whoever the program says.
    QCOMPARE(audit->first().actor, m_t->isShared() ? m_t->connection().userName() : L(u"lead.admin"_s));
    QCOMPARE(audit->first().after.value(u"role"_s).toString(), u"admin"_s);
    // The second start is an ordinary one.
    auto again = Session::start(m_t->db(), L(u"lead.admin"_s));
    QVERIFY(again);
    QVERIFY(!again->createdFirstUser());
}

void TestUserRepository::laterSession_knownUserGetsItsRole_unknownIsRefused()
{
    QVERIFY(Session::start(m_t->db(), L(u"lead.admin"_s)));
    UserRepository users(m_t->db());
    QVERIFY(users.create(make(L(u"coord"_s), Role::Coordinator)));
    QVERIFY(users.create(make(L(u"audit"_s), Role::Auditor)));
    auto coord = Session::start(m_t->db(), L(u"coord"_s));
    QVERIFY(coord);
    QCOMPARE(coord->role(), Role::Coordinator);
    QCOMPARE(coord->user().displayName, L(u"coord"_s).toUpper());
    QVERIFY(coord->allows(Permission::MatchCases));
    QVERIFY(!coord->allows(Permission::ViewSensitive));
    auto stranger = Session::start(m_t->db(), L(u"stranger"_s));
    QVERIFY(!stranger);
    QVERIFY2(stranger.error().message.contains(L(u"stranger"_s)), qPrintable(stranger.error().message));
    QVERIFY(stranger.error().message.contains(u"administrator"_s));
    QCOMPARE(*users.count(), 3); // a refused account is not added
}

void TestUserRepository::deactivatedUser_isRefusedWithASentence()
{
    QVERIFY(Session::start(m_t->db(), L(u"lead.admin"_s)));
    UserRepository users(m_t->db());
    User staff = make(L(u"ana"_s), Role::Staff);
    auto id = users.create(staff);
    QVERIFY(id);
    staff.id = *id;
    staff.active = false;
    QVERIFY(users.update(staff));
    auto s = Session::start(m_t->db(), L(u"ana"_s));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(u"deactivated"_s));
}

void TestUserRepository::create_validatesLoginAndRefusesDuplicates_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << u"maria"_s << true;
    QTest::newRow("dotted with domain") << u"m.lopez@clearinghouse.org"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"maria lopez"_s << false;
    QTest::newRow("sql") << u"x'; DROP TABLE users; --"_s << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
    QTest::newRow("duplicate") << u"lead.admin"_s << false;
}

void TestUserRepository::create_validatesLoginAndRefusesDuplicates()
{
    QFETCH(QString, login);
    QFETCH(bool, accepted);
    if (accepted || login == "lead.admin"_L1)
        login = L(login);
    QVERIFY(Session::start(m_t->db(), L(u"lead.admin"_s)));
    UserRepository users(m_t->db());
    auto id = users.create(make(login, Role::Staff));
    QCOMPARE(bool(id), accepted);
    if (!accepted)
        QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(*users.count(), accepted ? 2 : 1);
}

void TestUserRepository::update_isAuditedAndKeepsTheLogin()
{
    QVERIFY(Session::start(m_t->db(), L(u"lead.admin"_s)));
    UserRepository users(m_t->db());
    User u = make(L(u"sam"_s), Role::Staff);
    auto id = users.create(u);
    QVERIFY(id);
    u.id = *id;
    u.login = u"someone.else"_s; // ignored: a login never changes
    u.role = Role::Coordinator;
    u.displayName = u"Sam Ortiz"_s;
    QVERIFY(users.update(u));
    auto found = users.find(L(u"sam"_s));
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->role, Role::Coordinator);
    QCOMPARE((*found)->displayName, u"Sam Ortiz"_s);
    QCOMPARE((*found)->createdBy, L(u"lead.admin"_s));
    auto audit = AuditLog::entries(m_t->connection(), u"user"_s, *id);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->last().before.value(u"role"_s).toString(), u"staff"_s);
    QCOMPARE(audit->last().after.value(u"role"_s).toString(), u"coordinator"_s);
}

void TestUserRepository::lastActiveAdmin_cannotBeDemotedOrDeactivated()
{
    auto s = Session::start(m_t->db(), L(u"lead.admin"_s));
    QVERIFY(s);
    UserRepository users(m_t->db());
    User admin = s->user();
    admin.role = Role::Staff;
    const Status demote = users.update(admin);
    QVERIFY(!demote);
    QVERIFY(demote.error().message.contains(u"only active administrator"_s));
    admin.role = Role::Admin;
    admin.active = false;
    QVERIFY(!users.update(admin));
    QCOMPARE((*users.find(L(u"lead.admin"_s)))->role, Role::Admin);
    // With a second administrator the first may step down.
    QVERIFY(users.create(make(L(u"second"_s), Role::Admin)));
    admin.active = true;
    admin.role = Role::Staff;
    QVERIFY(users.update(admin));
    QCOMPARE((*users.find(L(u"lead.admin"_s)))->role, Role::Staff);
}

void TestUserRepository::require_refusesWithTheRoleInTheSentence()
{
    User auditor = make(L(u"audit"_s), Role::Auditor);
    const Session s(auditor);
    const Status st = s.require(Permission::ExportData);
    QVERIFY(!st);
    QVERIFY(st.error().message.contains(Roles::label(Role::Auditor)));
    QVERIFY(Session(make(L(u"boss"_s), Role::Admin)).require(Permission::ExportData));
}

void TestUserRepository::users_areNeverDeleted()
{
    // The audit log names users; the table has no way to lose one (no delete in the repository), and a
    // deleted row would be noticed here.
    QVERIFY(Session::start(m_t->db(), L(u"lead.admin"_s)));
    UserRepository users(m_t->db());
    User u = make(L(u"temp"_s), Role::Staff);
    auto id = users.create(u);
    QVERIFY(id);
    u.id = *id;
    u.active = false;
    QVERIFY(users.update(u));
    auto all = users.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QVERIFY(!all->at(1).active);
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
