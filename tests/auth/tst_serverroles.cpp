// Shared mode: every user is a server role of its own, and the server enforces what each role may change
// (issue 7). Runs only against a PostgreSQL test server (CH_TEST_POSTGRES).

#include "TestDatabase.h"
#include "auth/ServerRoles.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "itemmodels/CaseListModel.h"
#include "storage/AssignmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Migrations.h"
#include "storage/ReasonRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/VolunteerRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestServerRoles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addedUser_isAServerRoleInItsGroup();
    void staff_writesCasesButNotTheUsers();
    void auditor_isReadOnlyOnTheServer();
    void sensitiveDetails_areHiddenByTheServer_data();
    void sensitiveDetails_areHiddenByTheServer();
    void upgradeFromVersion14_splitsTheAuditLogAndKeepsTheGroupsRestricted();
    void deactivatedUser_cannotConnect_andWrongPasswordIsSaid();
    void roleChange_movesTheServerRole();
    void owner_isTheFirstAdministrator_andTheAuditNamesServerUsers();
    void anotherDatabasesAccount_isNeverTakenOver();

private:
    // A connection to the test database as login, with password.
    Result<std::unique_ptr<Database>> connectAs(const QString &login, const QString &password) const;
    User make(const QString &name, Role role) const;
    qint64 add(const QString &name, Role role, const QString &password);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<UserRepository> m_users;
};

void TestServerRoles::init()
{
    QVERIFY2(!test::postgresTestServer().isEmpty(), "CH_TEST_POSTGRES names no server");
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    QVERIFY(m_t->db().isShared());
    // The account that made the database (the server's ch_test, its owner) is its first administrator.
    Actor::setCurrent(Session::loginFor(m_t->db()));
    auto first = Session::start(m_t->db(), Session::loginFor(m_t->db()));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().fullText()));
    QVERIFY(first->createdFirstUser());
    m_users = std::make_unique<UserRepository>(m_t->db());
}

void TestServerRoles::cleanup()
{
    m_users.reset();
    m_t.reset(); // drops the database, its groups and the users named with its prefix
    Actor::setCurrent(QString());
}

User TestServerRoles::make(const QString &name, Role role) const
{
    User u;
    u.login = m_t->serverRolePrefix() + name;
    u.displayName = name;
    u.role = role;
    return u;
}

qint64 TestServerRoles::add(const QString &name, Role role, const QString &password)
{
    auto id = m_users->create(make(name, role), password);
    if (!id) {
        qWarning().noquote() << id.error().fullText();
        return 0;
    }
    return *id;
}

Result<std::unique_ptr<Database>> TestServerRoles::connectAs(const QString &login, const QString &password) const
{
    auto server = ServerAddress::parse(m_t->path());
    if (!server)
        return server.error();
    server->setUser(login);
    Database::Options o;
    o.password = password;
    return Database::open(*server, o);
}

void TestServerRoles::addedUser_isAServerRoleInItsGroup()
{
    QVERIFY(add(u"ana"_s, Role::Staff, u"An4-secret'; DROP ROLE x; --"_s) > 0);
    const QString login = m_t->serverRolePrefix() + u"ana"_s;
    auto canLogin = Sql::scalar(m_t->connection(), u"SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"_s, {{":r", login}});
    QVERIFY(canLogin);
    QVERIFY2(canLogin->toBool(), "the user's server role may log in");
    auto role = ServerRoles::serverRole(m_t->connection(), login);
    QVERIFY(role);
    QCOMPARE(*role, std::optional<Role>(Role::Staff));
    // The password (with quotes and SQL in it) reached the server as a password, not as SQL.
    auto as = connectAs(login, u"An4-secret'; DROP ROLE x; --"_s);
    QVERIFY2(as, qPrintable(as ? QString() : as.error().fullText()));
    auto session = Session::start(**as, Session::loginFor(**as));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().fullText()));
    QCOMPARE(session->role(), Role::Staff);
    QCOMPARE(session->user().login, login);
}

void TestServerRoles::staff_writesCasesButNotTheUsers()
{
    QVERIFY(add(u"sam"_s, Role::Staff, u"pw-sam-1"_s) > 0);
    auto as = connectAs(m_t->serverRolePrefix() + u"sam"_s, u"pw-sam-1"_s);
    QVERIFY2(as, qPrintable(as ? QString() : as.error().fullText()));
    CaseRecord c = test::validCase();
    QVERIFY2(CaseRepository(**as).create(c), "staff enter cases");
    // Promoting oneself behind the program's back: the server refuses, with a sentence.
    auto promote = Sql::run((*as)->connection(), u"UPDATE users SET role = 'admin' WHERE login = :l"_s,
                            {{":l", QString(m_t->serverRolePrefix() + u"sam"_s)}});
    QVERIFY(!promote);
    QVERIFY2(promote.error().message.contains(u"server may not"_s), qPrintable(promote.error().fullText()));
    auto row = m_users->find(m_t->serverRolePrefix() + u"sam"_s);
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->role, Role::Staff);
}

void TestServerRoles::auditor_isReadOnlyOnTheServer()
{
    CaseRecord c = test::validCase();
    QVERIFY(CaseRepository(m_t->db()).create(c));
    QVERIFY(add(u"ida"_s, Role::Auditor, u"pw-ida-1"_s) > 0);
    auto as = connectAs(m_t->serverRolePrefix() + u"ida"_s, u"pw-ida-1"_s);
    QVERIFY2(as, qPrintable(as ? QString() : as.error().fullText()));
    auto read = CaseRepository(**as).load(c.id);
    QVERIFY2(read, "an auditor reads the cases");
    QCOMPARE(read->value(u"person_name"), c.value(u"person_name"));
    CaseRecord other = test::validCase(u"Otro Nombre"_s, u"55555-055"_s);
    other.setValue(u"submission_id"_s, u"FORM-AUDITOR"_s);
    auto written = CaseRepository(**as).create(other);
    QVERIFY2(!written, "the server refuses an auditor's write, whatever program sends it");
    auto count = Sql::scalar(m_t->connection(), u"SELECT count(*) FROM cases"_s);
    QCOMPARE(count->toInt(), 1);
}

void TestServerRoles::sensitiveDetails_areHiddenByTheServer_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("mayRead");
    QTest::newRow("coordinator") << Role::Coordinator << false;
    QTest::newRow("auditor") << Role::Auditor << false;
    QTest::newRow("staff") << Role::Staff << true;
}

void TestServerRoles::sensitiveDetails_areHiddenByTheServer()
{
    // Medical, family and abuse details are the server's to hide from coordinators and auditors: with their
    // own password and any SQL client they read every other column, but not those. The program, connected
    // as them, still shows the case, its reasons, its history and its place in the list.
    QFETCH(Role, role);
    QFETCH(bool, mayRead);
    CaseRecord c = test::validCase();
    CaseRepository owner(m_t->db());
    QVERIFY(owner.create(c));
    CaseRecord edited = *owner.load(c.id);
    edited.setValue(u"medical_summary"_s, u"Metastasis found in March."_s);
    edited.setValue(u"facility"_s, u"FMC Devens"_s);
    QVERIFY(owner.update(edited));
    ReasonRepository reasons(m_t->db());
    QVERIFY(reasons.setAssessment(c.id, u"terminal_illness"_s, u"likely"_s, u"Oncologist's letter: months to live."_s));
    EvidenceItem letter;
    letter.caseId = c.id;
    letter.reasonCode = u"terminal_illness"_s;
    letter.type = u"physician_letter"_s;
    letter.description = u"Dr. Okafor, oncology"_s;
    letter.fileReference = u"scans/okafor.pdf"_s;
    QVERIFY(reasons.addEvidence(letter));
    QVERIFY(owner.saveDraft(0, c.id, QByteArray("{\"medical_summary\": \"draft\"}")));

    const QString login = u"reader"_s;
    QVERIFY(add(login, role, u"pw-reader-1"_s) > 0);
    auto as = connectAs(m_t->serverRolePrefix() + login, u"pw-reader-1"_s);
    QVERIFY2(as, qPrintable(as ? QString() : as.error().fullText()));
    const QSqlDatabase db = (*as)->connection();

    // What a SQL client may read.
    const QStringList hidden{u"SELECT medical_summary FROM cases"_s,
                             u"SELECT family_summary FROM cases"_s,
                             u"SELECT abuse_summary FROM cases"_s,
                             u"SELECT * FROM cases"_s,
                             u"SELECT count(*) FROM cases WHERE medical_summary LIKE '%cancer%'"_s,
                             u"SELECT narrative FROM reason_assessments"_s,
                             u"SELECT description FROM evidence_items"_s,
                             u"SELECT file_reference FROM evidence_items"_s,
                             u"SELECT summaries FROM case_search"_s,
                             u"SELECT count(*) FROM case_search WHERE doc_all @@ to_tsquery('simple', 'cancer')"_s,
                             u"SELECT after_private FROM audit_log"_s,
                             u"SELECT before_private FROM audit_log"_s,
                             u"SELECT payload FROM drafts"_s,
                             u"SELECT count(*) FROM import_quarantine"_s};
    const QStringList open{u"SELECT person_id, status, reasons, facility, other_summary, release_plan FROM cases"_s,
                           u"SELECT code, assessment FROM reason_assessments"_s,
                           u"SELECT evidence_type, requested_on FROM evidence_items"_s,
                           u"SELECT rowid, person_name FROM case_search"_s,
                           u"SELECT actor, action, before_json, after_json FROM audit_log"_s};
    // Each statement runs, or is refused by the server for want of the right, as the role may.
    QList<std::pair<QString, bool>> statements;
    for (const QString &sql : hidden)
        statements.append({sql, mayRead});
    for (const QString &sql : open)
        statements.append({sql, true});
    for (const auto &[sql, runs] : statements) {
        auto q = Sql::scalar(db, sql);
        QVERIFY2(bool(q) == runs, qPrintable(sql + u": "_s + (q ? QString() : q.error().fullText())));
        if (!q)
            QVERIFY2(q.error().detail.contains(u"42501"_s) || q.error().detail.contains(u"permission denied"_s),
                     qPrintable(q.error().fullText()));
    }

    // What the program shows, connected as them.
    auto loaded = CaseRepository(**as).load(c.id);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    QCOMPARE(loaded->value(u"person_name"), c.value(u"person_name"));
    QCOMPARE(loaded->value(u"other_summary"), c.value(u"other_summary"));
    QCOMPARE(loaded->value(u"medical_summary"), mayRead ? u"Metastasis found in March."_s : QString());
    QCOMPARE(loaded->value(u"family_summary"), mayRead ? c.value(u"family_summary") : QString());

    auto assessed = ReasonRepository(**as).forCase(c.id);
    QVERIFY2(assessed, qPrintable(assessed ? QString() : assessed.error().fullText()));
    bool seen = false;
    for (const ReasonAssessment &a : *assessed) {
        if (a.code != u"terminal_illness")
            continue;
        seen = true;
        QCOMPARE(a.assessment, u"likely"_s);
        QCOMPARE(a.narrative, mayRead ? u"Oncologist's letter: months to live."_s : QString());
        QCOMPARE(a.evidence.size(), 1);
        QCOMPARE(a.evidence.first().type, u"physician_letter"_s);
        QCOMPARE(a.evidence.first().description, mayRead ? u"Dr. Okafor, oncology"_s : QString());
    }
    QVERIFY(seen);

    auto history = AuditLog::entries(db, u"case"_s, c.id);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().fullText()));
    bool changeSeen = false;
    for (const AuditEntry &e : *history) {
        if (e.action != u"update")
            continue;
        changeSeen = true;
        QCOMPARE(e.after.value(u"facility").toString(), u"FMC Devens"_s);
        QCOMPARE(e.after.contains(u"medical_summary"), mayRead);
    }
    QVERIFY(changeSeen);

    CaseListModel list(db);
    list.setSearchIncludesSensitive(mayRead);
    list.setSearchText(u"garcia"_s);
    QVERIFY2(list.reload(), "the case list reads what this role may read");
    QCOMPARE(list.rowCount(), 1);
    list.setSearchText(u"metastasis"_s);
    QVERIFY(list.reload());
    QCOMPARE(list.rowCount(), mayRead ? 1 : 0);

    // Someone who may not read the summaries cannot wipe them by saving what they were shown, nor write
    // over them with a SQL client; a coordinator still moves cases along.
    if (!mayRead && role == Role::Coordinator) {
        QVERIFY2(CaseRepository(**as).changeStatus(c.id, u"screening"_s), "a coordinator moves cases along");
        // ... and keeps the roster and matches.
        Volunteer v;
        v.name = u"Vera Volunteer"_s;
        v.kind = u"solo"_s;
        v.capacity = 2;
        auto volunteer = VolunteerRepository(**as).create(v);
        QVERIFY2(volunteer, qPrintable(volunteer ? QString() : volunteer.error().fullText()));
        auto assigned = AssignmentRepository(**as).assign(c.id, *volunteer);
        QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().fullText()));
        QVERIFY(AssignmentRepository(**as).unassign(c.id, u"conflict found"_s));
        for (const QString &sql : {u"UPDATE cases SET medical_summary = 'overwritten'"_s,
                                   u"UPDATE persons SET person_name = 'overwritten'"_s,
                                   u"DELETE FROM reason_assessments"_s,
                                   u"DELETE FROM evidence_items"_s,
                                   u"INSERT INTO drafts(actor, saved_at, payload) VALUES ('x', 'y', 'z')"_s,
                                   u"DELETE FROM status_history"_s,
                                   u"UPDATE screening_results SET outcome = 'x'"_s,
                                   u"UPDATE notes SET body = 'x'"_s,
                                   u"DELETE FROM volunteers"_s}) {
            Status s = Sql::execRaw(db, sql);
            QVERIFY2(!s, qPrintable(sql));
            QVERIFY2(s.error().detail.contains(u"permission denied"_s), qPrintable(s.error().fullText()));
        }
        CaseRecord after = *owner.load(c.id);
        QCOMPARE(after.value(u"medical_summary"), u"Metastasis found in March."_s);
        QCOMPARE(after.status, u"screening"_s);
        auto evidence = Sql::scalar(m_t->connection(), u"SELECT count(*) FROM evidence_items WHERE case_id = :c"_s,
                                    {{":c", c.id}});
        QVERIFY(evidence);
        QCOMPARE(evidence->toInt(), 1);
    }
}

void TestServerRoles::upgradeFromVersion14_splitsTheAuditLogAndKeepsTheGroupsRestricted()
{
    // A server database made by the version before (14), with its groups, is upgraded by its owner: the
    // audit log's details move to the new private columns (with the append-only trigger set aside for that
    // step only), and the groups may read neither those columns nor the summaries afterwards.
    Database::Options v14;
    v14.targetVersion = 14;
    test::TestDatabase old(v14);
    QVERIFY2(old.isValid(), qPrintable(old.error()));
    QCOMPARE(old.db().schemaVersion(), 14);
    // The groups, as version 14 made them when its first user was added (an older file opens read-only,
    // so they are made directly): version 14 let every group read every table whole.
    QVERIFY(ServerRoles::ensureGroups(old.connection()));
    auto group = ServerRoles::groupName(old.connection(), Role::Coordinator);
    QVERIFY2(group, qPrintable(group ? QString() : group.error().fullText()));
    QVERIFY(Sql::execRaw(old.connection(), u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public"
                                           " TO \"%1\""_s.arg(*group)));
    QCOMPARE(Sql::execRaw(old.connection(),
                          u"INSERT INTO audit_log(entity, entity_id, action, before_json, after_json, at, actor)"
                          " VALUES ('case', 1, 'update', '{\"medical_summary\":\"old cancer\",\"facility\":\"A\"}',"
                          " '{\"medical_summary\":\"stage IV\",\"facility\":\"B\"}', '2025-01-01', 'ana')"_s)
                 .ok(),
             true);

    QVERIFY2(old.reopen(), qPrintable(old.error()));
    QCOMPARE(old.db().schemaVersion(), Migrations::latestVersion());
    auto cell = [&](const QString &column) {
        auto v = Sql::scalar(old.connection(), u"SELECT %1 FROM audit_log WHERE action = 'update'"_s.arg(column));
        return v ? v->toString() : u"error: "_s + v.error().fullText();
    };
    QCOMPARE(cell(u"after_json"_s), uR"({"facility":"B"})"_s);
    QCOMPARE(cell(u"after_private"_s), uR"({"medical_summary":"stage IV"})"_s);
    QCOMPARE(cell(u"before_private"_s), uR"({"medical_summary":"old cancer"})"_s);
    // Still append-only.
    QVERIFY(!Sql::execRaw(old.connection(), u"UPDATE audit_log SET actor = 'x'"_s));

    auto may = [&](const QString &table, const QString &column, const QString &right = u"SELECT"_s) {
        auto v = Sql::scalar(old.connection(), u"SELECT has_column_privilege(:g, :t, :c, :r)"_s,
                             {{":g", *group}, {":t", table}, {":c", column}, {":r", right}});
        return v && v->toBool();
    };
    QVERIFY(!may(u"audit_log"_s, u"after_private"_s));
    QVERIFY(!may(u"audit_log"_s, u"before_private"_s));
    QVERIFY(!may(u"cases"_s, u"medical_summary"_s));
    QVERIFY(!may(u"cases"_s, u"extra_answers"_s));
    QVERIFY(may(u"audit_log"_s, u"after_json"_s));
    QVERIFY(may(u"cases"_s, u"facility"_s));
    // What the coordinators may write is narrowed on the upgraded server too.
    QVERIFY(!may(u"cases"_s, u"medical_summary"_s, u"UPDATE"_s));
    QVERIFY(!may(u"reason_assessments"_s, u"narrative"_s, u"UPDATE"_s));
    QVERIFY(may(u"cases"_s, u"status"_s, u"UPDATE"_s));
    QVERIFY(may(u"assignments"_s, u"end_reason"_s, u"UPDATE"_s));
}

void TestServerRoles::deactivatedUser_cannotConnect_andWrongPasswordIsSaid()
{
    const qint64 id = add(u"tom"_s, Role::Coordinator, u"pw-tom-1"_s);
    QVERIFY(id > 0);
    const QString login = m_t->serverRolePrefix() + u"tom"_s;
    auto wrong = connectAs(login, u"not-his"_s);
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(u"refused the password"_s), qPrintable(wrong.error().fullText()));
    QVERIFY(!wrong.error().message.contains(u"not-his"_s));

    auto found = m_users->find(login);
    QVERIFY(found && found->has_value());
    User tom = **found;
    tom.active = false;
    QVERIFY(m_users->update(tom));
    // Out of every group at once (open sessions lose their rights too), and no new connection.
    auto groups = ServerRoles::serverRole(m_t->connection(), login);
    QVERIFY(groups);
    QCOMPARE(*groups, std::optional<Role>());
    auto refused = connectAs(login, u"pw-tom-1"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"deactivated"_s), qPrintable(refused.error().fullText()));
    tom.active = true;
    QVERIFY(m_users->update(tom));
    QVERIFY(connectAs(login, u"pw-tom-1"_s));
}

void TestServerRoles::roleChange_movesTheServerRole()
{
    const QString login = m_t->serverRolePrefix() + u"eva"_s;
    QVERIFY(add(u"eva"_s, Role::Staff, u"pw-eva-1"_s) > 0);
    auto eva = m_users->find(login);
    QVERIFY(eva && eva->has_value());
    User changed = **eva;
    changed.role = Role::Auditor;
    QVERIFY(m_users->update(changed));
    auto role = ServerRoles::serverRole(m_t->connection(), login);
    QVERIFY(role);
    QCOMPARE(*role, std::optional<Role>(Role::Auditor)); // and no longer staff: one group only
    auto as = connectAs(login, u"pw-eva-1"_s);
    QVERIFY(as);
    CaseRecord c = test::validCase();
    QVERIFY2(!CaseRepository(**as).create(c), "once an auditor, eva's writes are refused by the server");
}

void TestServerRoles::owner_isTheFirstAdministrator_andTheAuditNamesServerUsers()
{
    auto owner = m_users->find(Session::loginFor(m_t->db()));
    QVERIFY(owner && owner->has_value());
    QCOMPARE((*owner)->role, Role::Admin);
    QVERIFY(add(u"lia"_s, Role::Staff, u"pw-lia-1"_s) > 0);
    const QString login = m_t->serverRolePrefix() + u"lia"_s;
    auto as = connectAs(login, u"pw-lia-1"_s);
    QVERIFY(as);
    Actor::setCurrent(Session::loginFor(**as));
    CaseRecord c = test::validCase();
    QVERIFY(CaseRepository(**as).create(c));
    auto actor = Sql::scalar(m_t->connection(), u"SELECT actor FROM audit_log WHERE entity = 'case' AND entity_id = :id"_s,
                             {{":id", c.id}});
    QVERIFY(actor);
    QCOMPARE(actor->toString(), login);
    // An entry written by hand with a SQL client, naming someone else, is named by the server after its
    // real writer.
    QVERIFY(Sql::execRaw((*as)->connection(),
                         u"INSERT INTO audit_log(at, actor, entity, entity_id, action)"
                         " VALUES ('2020-01-01', 'the director', 'case', 999, 'forged')"_s));
    auto forged = Sql::scalar(m_t->connection(), u"SELECT actor FROM audit_log WHERE action = 'forged'"_s);
    QVERIFY(forged);
    QCOMPARE(forged->toString(), login);
}

void TestServerRoles::anotherDatabasesAccount_isNeverTakenOver()
{
    // A server account this database did not make (another office's, another program's) keeps its
    // password and its rights: adding a user of that name is refused.
    const QString alien = m_t->serverRolePrefix() + u"alien"_s;
    auto server = ServerAddress::parse(test::postgresTestServer());
    QVERIFY2(server, qPrintable(server.error().fullText()));
    QCOMPARE(test::PostgresScratch::admin(*server, u"CREATE ROLE \"%1\" LOGIN PASSWORD 'theirs-1'"_s.arg(alien)), QString());
    auto taken = m_users->create(make(u"alien"_s, Role::Admin), u"mine-1"_s);
    QVERIFY(!taken);
    QCOMPARE(taken.error().kind, Error::Kind::Conflict);
    QVERIFY2(taken.error().message.contains(u"does not belong"_s), qPrintable(taken.error().message));
    QVERIFY2(!m_users->find(alien)->has_value(), "the refused user was rolled back with its row");
    auto role = ServerRoles::serverRole(m_t->connection(), alien);
    QVERIFY(role);
    QCOMPARE(*role, std::optional<Role>());
    // The program's own names are not logins.
    User reservedName = make(u"x"_s, Role::Staff);
    reservedName.login = u"ch_1_admin"_s;
    auto reserved = m_users->create(reservedName, u"pw-1"_s);
    QVERIFY(!reserved);
    QVERIFY(reserved.error().message.contains(u"ch_"_s));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
