// VolunteerRepository: the roster of trained volunteers, audited like cases.
#include "storage/AuditLog.h"
#include "storage/VolunteerRepository.h"
#include "storage/RosterSettings.h"
#include "domain/VolunteerValidator.h"

#include "TestDatabase.h"
#include "core/Actor.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

Volunteer lawyer(const QString &name)
{
    Volunteer v;
    v.name = name;
    v.email = u"%1@example.net"_s.arg(name.section(u' ', 0, 0).toLower());
    v.phone = u"(617) 555-0100"_s;
    v.organization = u"Hartwell & Pierce LLP"_s;
    v.kind = u"large_firm"_s;
    v.barStates = {u"NY"_s, u"MA"_s};
    v.districts = {u"nysd"_s, u"mad"_s};
    v.capacity = 3;
    v.languages = {u"English"_s, u"Spanish"_s};
    v.expertise = {u"terminal_illness"_s, u"age"_s};
    v.conflicts = {u"USAO SDNY 2015-2018"_s};
    v.onLeaveUntil = QDate(2026, 1, 31);
    v.notes = u"Prefers medical cases."_s;
    v.trainings = {Training{QDate(2024, 3, 1), u"Compassionate release fundamentals"_s},
                   Training{QDate(2024, 9, 15), u"BOP medical records"_s}};
    return v;
}

} // namespace

class TestVolunteerRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
private Q_SLOTS:
    void init();
    void cleanup() { m_t.reset(); }
    void create_load_roundTripsEveryFieldWithTrainings();
    void all_listsByNameWithTheirOwnTrainings();
    void create_invalid_refusedAndNothingWritten_data();
    void create_invalid_refusedAndNothingWritten();
    void create_studentWithSupervisor();
    void create_unknownSupervisor_refused();
    void create_isAudited();
    void load_unknown_isNotFound();
    void update_savesAndBumpsRowVersion_andIsAudited();
    void update_staleRowVersion_isConflict();
    void deactivate_keepsTheEntry();
    void leaves_roundTrip();
    void validation_refusesBadValues_data();
    void validation_refusesBadValues();
    void validation_normalizesDistrictNames();
    void settings_trainingValidity();
};

void TestVolunteerRepository::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
}

void TestVolunteerRepository::create_load_roundTripsEveryFieldWithTrainings()
{
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"Dana Okafor"_s);
    auto id = repo.create(v);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    QCOMPARE(v.id, *id);
    QCOMPARE(v.rowVersion, 1);
    auto loaded = repo.load(*id);
    QVERIFY2(loaded, qPrintable(loaded.error().fullText()));
    QCOMPARE(loaded->name, v.name);
    QCOMPARE(loaded->email, v.email);
    QCOMPARE(loaded->phone, v.phone);
    QCOMPARE(loaded->organization, v.organization);
    QCOMPARE(loaded->kind, u"large_firm"_s);
    QCOMPARE(loaded->supervisorId, 0);
    QCOMPARE(loaded->barStates, v.barStates);
    QCOMPARE(loaded->districts, v.districts);
    QCOMPARE(loaded->capacity, 3);
    QCOMPARE(loaded->languages, v.languages);
    QCOMPARE(loaded->expertise, v.expertise);
    QCOMPARE(loaded->conflicts, v.conflicts);
    QCOMPARE(loaded->onLeaveUntil, QDate(2026, 1, 31));
    QVERIFY(loaded->active);
    QCOMPARE(loaded->notes, v.notes);
    QCOMPARE(loaded->trainings, v.trainings);
    QCOMPARE(loaded->rowVersion, 1);
    QCOMPARE(loaded->toJson(), v.toJson());
}

void TestVolunteerRepository::all_listsByNameWithTheirOwnTrainings()
{
    VolunteerRepository repo(m_t->db());
    Volunteer zoe = lawyer(u"Zoe Adams"_s);
    zoe.trainings = {Training{QDate(2023, 1, 1), u"Zoe's course"_s}};
    Volunteer abe = lawyer(u"Abe Brown"_s);
    abe.trainings.clear();
    abe.active = false;
    Volunteer mia = lawyer(u"Mia Chen"_s);
    QVERIFY(repo.create(zoe));
    QVERIFY(repo.create(abe));
    QVERIFY(repo.create(mia));
    auto all = repo.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, u"Abe Brown"_s);
    QCOMPARE(all->at(1).name, u"Mia Chen"_s);
    QCOMPARE(all->at(2).name, u"Zoe Adams"_s);
    QVERIFY(all->at(0).trainings.isEmpty());
    QVERIFY(!all->at(0).active);
    QCOMPARE(all->at(1).trainings.size(), 2);
    QCOMPARE(all->at(2).trainings, zoe.trainings);
    auto count = repo.count();
    QVERIFY(count);
    QCOMPARE(*count, 3);
}

void TestVolunteerRepository::create_invalid_refusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("capacity");
    QTest::newRow("unknown kind") << u"Ann"_s << u"paralegal"_s << 1;
    QTest::newRow("kind in capitals") << u"Ann"_s << u"LARGE_FIRM"_s << 1;
    QTest::newRow("empty kind") << u"Ann"_s << QString() << 1;
    QTest::newRow("blank name") << u"   "_s << u"solo"_s << 1;
    QTest::newRow("negative capacity") << u"Ann"_s << u"solo"_s << -1;
}

void TestVolunteerRepository::create_invalid_refusedAndNothingWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(int, capacity);
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"x"_s);
    v.name = name;
    v.kind = kind;
    v.capacity = capacity;
    auto id = repo.create(v);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::InvalidInput);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(v.id, 0);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM volunteers"_s).toInt(), 0);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM volunteer_trainings"_s).toInt(), 0);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void TestVolunteerRepository::create_studentWithSupervisor()
{
    VolunteerRepository repo(m_t->db());
    Volunteer prof = lawyer(u"Prof Lane"_s);
    QVERIFY(repo.create(prof));
    Volunteer student;
    student.name = u"Sam Student"_s;
    student.kind = u"law_clinic_student"_s;
    student.supervisorId = prof.id;
    auto id = repo.create(student);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    auto loaded = repo.load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->supervisorId, prof.id);
    QVERIFY(loaded->barStates.isEmpty());
    QVERIFY(!loaded->onLeaveUntil.isValid());
}

void TestVolunteerRepository::create_unknownSupervisor_refused()
{
    VolunteerRepository repo(m_t->db());
    Volunteer student = lawyer(u"Sam Student"_s);
    student.kind = u"law_clinic_student"_s;
    student.supervisorId = 777;
    auto id = repo.create(student);
    QVERIFY(!id);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM volunteers"_s).toInt(), 0);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM volunteer_trainings"_s).toInt(), 0);
}

void TestVolunteerRepository::create_isAudited()
{
    Actor::setCurrent(u"coordinator"_s);
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"Dana Okafor"_s);
    QVERIFY(repo.create(v));
    auto entries = AuditLog::entries(m_t->connection(), u"volunteer"_s, v.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, u"create"_s);
    QCOMPARE(entries->first().actor, m_t->auditActor(u"coordinator"_s));
    QCOMPARE(entries->first().after.value(u"name"_s).toString(), u"Dana Okafor"_s);
}

void TestVolunteerRepository::load_unknown_isNotFound()
{
    auto v = VolunteerRepository(m_t->db()).load(12);
    QVERIFY(!v);
    QCOMPARE(v.error().kind, Error::Kind::NotFound);
}

void TestVolunteerRepository::update_savesAndBumpsRowVersion_andIsAudited()
{
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"Dana Okafor"_s);
    QVERIFY(repo.create(v));
    v.capacity = 5;
    v.districts << u"Eastern District of New York"_s;
    v.trainings << Training{QDate(2025, 2, 1), u"Refresher"_s};
    Status s = repo.update(v);
    QVERIFY2(s, qPrintable(s.error().fullText()));
    QCOMPARE(v.rowVersion, 2);
    auto loaded = repo.load(v.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->capacity, 5);
    QCOMPARE(loaded->districts, (QStringList{u"nysd"_s, u"mad"_s, u"nyed"_s}));
    QCOMPARE(loaded->trainings.size(), 3);
    QCOMPARE(loaded->rowVersion, 2);
    auto entries = AuditLog::entries(m_t->connection(), u"volunteer"_s, v.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->last().action, u"update"_s);
    QCOMPARE(entries->last().before.value(u"capacity"_s).toInt(), 3);
    QCOMPARE(entries->last().after.value(u"capacity"_s).toInt(), 5);
}

void TestVolunteerRepository::update_staleRowVersion_isConflict()
{
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"Dana Okafor"_s);
    QVERIFY(repo.create(v));
    Volunteer mine = *repo.load(v.id);
    Volunteer theirs = *repo.load(v.id);
    theirs.notes = u"Theirs"_s;
    QVERIFY(repo.update(theirs));
    mine.notes = u"Mine"_s;
    Status s = repo.update(mine);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QCOMPARE(repo.load(v.id)->notes, u"Theirs"_s);
    QCOMPARE(repo.deactivate(v.id, 1).error().kind, Error::Kind::Conflict);
}

void TestVolunteerRepository::deactivate_keepsTheEntry()
{
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"Dana Okafor"_s);
    QVERIFY(repo.create(v));
    Status s = repo.deactivate(v.id, v.rowVersion);
    QVERIFY2(s, qPrintable(s.error().fullText()));
    auto loaded = repo.load(v.id);
    QVERIFY(loaded);
    QVERIFY(!loaded->active);
    QCOMPARE(loaded->trainings.size(), 2);
    QCOMPARE(*repo.count(), 1);
    QVERIFY(repo.deactivate(v.id, loaded->rowVersion)); // already inactive: nothing to do
    QCOMPARE(AuditLog::entries(m_t->connection(), u"volunteer"_s, v.id)->size(), 2);
}

void TestVolunteerRepository::leaves_roundTrip()
{
    VolunteerRepository repo(m_t->db());
    Volunteer v = lawyer(u"Dana Okafor"_s);
    v.leaves = {LeavePeriod{QDate(2026, 12, 20), QDate(2027, 1, 5), u"Holidays"_s},
                LeavePeriod{QDate(2026, 7, 1), QDate(2026, 7, 31), {}}};
    QVERIFY(repo.create(v));
    auto loaded = repo.load(v.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->leaves.size(), 2);
    QCOMPARE(loaded->leaves.at(0).from, QDate(2026, 7, 1)); // by first day
    QCOMPARE(loaded->leaves.at(1).note, u"Holidays"_s);
    QVERIFY(loaded->isOnLeave(QDate(2027, 1, 5)));
    QVERIFY(!loaded->isOnLeave(QDate(2027, 1, 6)));
    loaded->leaves.removeFirst();
    QVERIFY(repo.update(*loaded));
    QCOMPARE(repo.load(v.id)->leaves.size(), 1);
}

void TestVolunteerRepository::validation_refusesBadValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<std::function<void(Volunteer &)>>("spoil");
    QTest::newRow("unknown district") << u"districts"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.districts << u"zzz"_s; });
    QTest::newRow("unknown state") << u"bar_states"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.barStates << u"XX"_s; });
    QTest::newRow("unknown expertise") << u"expertise"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.expertise << u"tax"_s; });
    QTest::newRow("student alone") << u"supervisor_id"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.kind = u"law_clinic_student"_s; });
    QTest::newRow("training in future") << u"trainings"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.trainings << Training{QDate::currentDate().addDays(3), u"Later"_s}; });
    QTest::newRow("leave backwards") << u"leaves"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.leaves << LeavePeriod{QDate(2026, 5, 2), QDate(2026, 5, 1), {}}; });
    QTest::newRow("bad email") << u"email"_s << std::function<void(Volunteer &)>([](Volunteer &v) { v.email = u"dana"_s; });
}

void TestVolunteerRepository::validation_refusesBadValues()
{
    QFETCH(QString, field);
    QFETCH(std::function<void(Volunteer &)>, spoil);
    Volunteer v = lawyer(u"Dana Okafor"_s);
    spoil(v);
    const auto problems = VolunteerValidator::validate(v, {});
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, field);
    auto id = VolunteerRepository(m_t->db()).create(v);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM volunteers"_s).toInt(), 0);
}

void TestVolunteerRepository::validation_normalizesDistrictNames()
{
    Volunteer v = lawyer(u"Dana"_s);
    v.districts = {u"S.D.N.Y."_s, u" nysd "_s, u"Northern District of Texas"_s};
    v.barStates = {u"ny"_s};
    v.expertise = {u"Terminal_Illness"_s};
    VolunteerValidator::normalize(v);
    QCOMPARE(v.districts, (QStringList{u"nysd"_s, u"txnd"_s}));
    QCOMPARE(v.barStates, QStringList{u"NY"_s});
    QCOMPARE(v.expertise, QStringList{u"terminal_illness"_s});
    QVERIFY(VolunteerValidator::validate(v, {}).isEmpty());
}

void TestVolunteerRepository::settings_trainingValidity()
{
    RosterSettings settings(m_t->connection());
    QCOMPARE(*settings.trainingValidityMonths(), 24);
    QVERIFY(settings.setTrainingValidityMonths(18));
    QCOMPARE(*settings.trainingValidityMonths(), 18);
    QCOMPARE(settings.setTrainingValidityMonths(0).error().kind, Error::Kind::InvalidInput);
    QCOMPARE(*settings.trainingValidityMonths(), 18);
    QCOMPARE(AuditLog::entries(m_t->connection(), u"setting"_s, 0)->size(), 1);
}

QTEST_GUILESS_MAIN(TestVolunteerRepository)
#include "tst_volunteerrepository.moc"
