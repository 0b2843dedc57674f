// Migrations: older databases are brought up to date step by step, keeping their data; a step that fails
// leaves the database at the last complete version.
#include "core/Collation.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/VolunteerRepository.h"

#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

Database::Options atVersion(int version)
{
    Database::Options o;
    o.targetVersion = version;
    return o;
}

Database::Options withoutMigrating()
{
    Database::Options o;
    o.migrate = false;
    return o;
}

QStringList tableNames(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<qint64> ftsMatch(const QSqlDatabase &db, const QString &match)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.prepare(u"SELECT rowid FROM case_search WHERE case_search MATCH :m ORDER BY rowid"_s);
    q.bindValue(u":m"_s, match);
    if (!q.exec())
        return {-1};
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// Inserts one person and case the way version 1 stored them, without the repository (which needs later
// versions' tables).
QString insertV1Case(const QSqlDatabase &db, qint64 id, const QString &name, const QString &reg)
{
    QSqlQuery q(db);
    const QString now = u"2024-02-01T10:00:00Z"_s;
    q.prepare(
        u"INSERT INTO persons(id, person_name, aliases, register_number, date_of_birth, person_language,"
        " created_at, updated_at) VALUES (:id, :name, '', :reg, '1950-01-01', 'English', :now, :now)"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":name"_s, name);
    q.bindValue(u":reg"_s, reg);
    q.bindValue(u":now"_s, now);
    if (!q.exec())
        return q.lastError().text();
    QSqlQuery c(db);
    c.prepare(
        u"INSERT INTO cases(id, person_id, submission_id, submitted_at, status, facility, court_type,"
        " sentencing_district, sentence_months, reasons, created_at, updated_at)"
        " VALUES (:id, :id, :sub, '2024-02-01', 'received', 'FMC Devens', 'federal', 'mad', 120, 'age', :now, :now)"_s);
    c.bindValue(u":id"_s, id);
    c.bindValue(u":sub"_s, u"OLD-%1"_s.arg(id));
    c.bindValue(u":now"_s, now);
    if (!c.exec())
        return c.lastError().text();
    QSqlQuery s(db);
    s.prepare(
        u"INSERT INTO submitters(case_id, position, name, phone, phone_key) VALUES (:id, 0, 'Old Submitter', '617-555-0101', '6175550101')"_s);
    s.bindValue(u":id"_s, id);
    if (!s.exec())
        return s.lastError().text();
    return {};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steps_areNumberedOneToLatest();
    void freshDatabase_isAtLatestWithEveryTable();
    void open_atEachTargetVersion_stopsThere_data();
    void open_atEachTargetVersion_stopsThere();
    void fromEachOlderVersion_migratesToLatest_data();
    void fromEachOlderVersion_migratesToLatest();
    void fromVersion1_dataSurvivesAndIsSearchable();
    void fromVersion2_dataSurvivesAndReasonTablesWork();
    void fromVersion10_searchKeepsItsRowsAndGainsPrefixAndListIndexes();
    void fromVersion3_dataSurvivesAndVolunteersWork();
    void v1Fixture_migratesToLatest();
    void fromVersion10_fillsNameSortKeys();
    void fromVersion14_movesSensitiveAuditDetailsApart();
    void migrate_isIdempotent();
    void openWithoutMigrating_leavesOldVersion();
    void failingStep_rollsBackToPreviousVersion();
    void failingStatementInsideAStep_leavesNoPartOfTheStep();
};

void TestMigrations::steps_areNumberedOneToLatest()
{
    const auto &steps = Migrations::steps();
    QCOMPARE(steps.size(), 15);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).description.isEmpty());
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
    QCOMPARE(Migrations::latestVersion(), 15);
}

void TestMigrations::freshDatabase_isAtLatestWithEveryTable()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    auto v = Migrations::currentVersion(t.connection());
    QVERIFY(v);
    QCOMPARE(*v, Migrations::latestVersion());
    QCOMPARE(
        test::scalar(t.connection(), u"SELECT group_concat(version) FROM schema_version ORDER BY version"_s)
            .toString(),
        u"1,2,3,4,5,6,7,8,9,10,11,12,13,14,15"_s);
    const QStringList tables = tableNames(t.connection());
    for (const QString &name :
         {u"persons"_s, u"cases"_s, u"submitters"_s, u"notes"_s, u"status_history"_s, u"audit_log"_s,
          u"drafts"_s, u"case_search"_s, u"reason_assessments"_s, u"evidence_items"_s, u"screening_results"_s,
          u"volunteers"_s, u"volunteer_trainings"_s, u"letter_templates"_s, u"users"_s})
        QVERIFY2(tables.contains(name), qPrintable(name + u" missing from "_s + tables.join(u", "_s)));
}

void TestMigrations::open_atEachTargetVersion_stopsThere_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("presentTable");
    QTest::addColumn<QString>("absentTable");
    QTest::newRow("v1") << 1 << u"audit_log"_s << u"case_search"_s;
    QTest::newRow("v2") << 2 << u"case_search"_s << u"reason_assessments"_s;
    QTest::newRow("v3") << 3 << u"screening_results"_s << u"volunteers"_s;
}

void TestMigrations::open_atEachTargetVersion_stopsThere()
{
    QFETCH(int, version);
    QFETCH(QString, presentTable);
    QFETCH(QString, absentTable);
    test::TestDatabase t(atVersion(version));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), version);
    const QStringList tables = tableNames(t.connection());
    QVERIFY(tables.contains(presentTable));
    QVERIFY(!tables.contains(absentTable));
    QCOMPARE(test::scalar(t.connection(), u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
}

void TestMigrations::fromEachOlderVersion_migratesToLatest_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Migrations::latestVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::fromEachOlderVersion_migratesToLatest()
{
    // A database left at every earlier version, holding a case as that version stored it, reaches the latest
    // schema with the case readable, searchable, editable and the file intact.
    QFETCH(int, version);
    test::TestDatabase t(atVersion(version));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), version);
    QCOMPARE(insertV1Case(t.connection(), 11, u"Zoë Ávila"_s, u"31313-031"_s), QString());
    if (version >= 2) { // from step 2 on the program kept the search index itself
        QSqlQuery fts(t.connection());
        QVERIFY2(fts.exec(u"INSERT INTO case_search(rowid, person_name, aliases, register_number, case_number,"
                          " submitters, facility, summaries) VALUES (11, 'Zoe Avila', '', '31313-031', '',"
                          " 'Old Submitter', 'FMC Devens', '')"_s),
                 qPrintable(fts.lastError().text()));
    }
    if (version >= 11) { // from step 11 on the program wrote the name's sort key with the name
        QSqlQuery key(t.connection());
        QVERIFY(key.exec(u"UPDATE persons SET name_sort_key = 'zoe avila' WHERE id = 11"_s));
    }

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(test::scalar(t.connection(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(test::scalar(t.connection(), u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
    QCOMPARE(ftsMatch(t.connection(), u"\"avila\""_s), QList<qint64>{11});
    QCOMPARE(test::scalar(t.connection(), u"SELECT name_sort_key FROM persons WHERE id = 11"_s).toString(),
             Collation::sortKey(u"Zoë Ávila"_s));

    CaseRepository repo(t.db());
    auto loaded = repo.load(11);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    QCOMPARE(loaded->value(u"person_name"), u"Zoë Ávila"_s);
    QCOMPARE(loaded->value(u"sentencing_district"), u"mad"_s);
    QCOMPARE(loaded->value(u"submitter_phone"), u"617-555-0101"_s);
    loaded->setValue(u"facility"_s, u"FCI Danbury"_s);
    QVERIFY2(repo.update(*loaded), "an upgraded case must be editable");
    QCOMPARE(ftsMatch(t.connection(), u"\"danbury\""_s), QList<qint64>{11});
}

void TestMigrations::fromVersion1_dataSurvivesAndIsSearchable()
{
    test::TestDatabase t(atVersion(1));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(insertV1Case(t.connection(), 7, u"Françoise Lefèvre"_s, u"24680-013"_s), QString());
    QCOMPARE(insertV1Case(t.connection(), 8, u"Walter White"_s, u"13579-013"_s), QString());

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    // Step 2 filled the search index from the existing rows, accents folded.
    QCOMPARE(ftsMatch(t.connection(), u"\"francoise\"*"_s), QList<qint64>{7});
    QCOMPARE(ftsMatch(t.connection(), u"\"lefevre\""_s), QList<qint64>{7});
    QCOMPARE(ftsMatch(t.connection(), u"\"13579\" \"013\""_s), QList<qint64>{8});
    QCOMPARE(ftsMatch(t.connection(), u"\"Old\" \"Submitter\""_s), (QList<qint64>{7, 8}));

    CaseRepository repo(t.db());
    auto loaded = repo.load(7);
    QVERIFY2(loaded, qPrintable(loaded.error().fullText()));
    QCOMPARE(loaded->value(u"person_name"), u"Françoise Lefèvre"_s);
    QCOMPARE(loaded->value(u"sentence_months"), u"120"_s);
    QCOMPARE(loaded->value(u"submitter_phone"), u"617-555-0101"_s);
    QCOMPARE(loaded->rowVersion, 1);
    // And the old case can be saved under the new schema.
    CaseRecord edited = *loaded;
    edited.setValue(u"facility"_s, u"FMC Butner"_s);
    QVERIFY2(repo.update(edited), "an upgraded case must be editable");
    QCOMPARE(ftsMatch(t.connection(), u"\"butner\""_s), QList<qint64>{7});
}

void TestMigrations::fromVersion10_searchKeepsItsRowsAndGainsPrefixAndListIndexes()
{
    // Step 13 rebuilds the search index with prefix indexes and adds one index per list sort order (names
    // sort by the key of step 11).
    test::TestDatabase t(atVersion(10));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    // A case as the version-10 program wrote it (the repository of today writes today's columns).
    const qint64 id = 5;
    QCOMPARE(insertV1Case(t.connection(), id, u"Françoise Lefèvre"_s, u"24680-013"_s), QString());
    QSqlQuery fts(t.connection());
    QVERIFY2(fts.exec(u"INSERT INTO case_search(rowid, person_name, aliases, register_number, case_number,"
                      " submitters, facility, summaries) VALUES (5, 'Francoise Lefevre', '', '24680-013', '',"
                      " 'Old Submitter', 'FMC Devens', '')"_s),
             qPrintable(fts.lastError().text()));
    QCOMPARE(ftsMatch(t.connection(), u"\"lef\"*"_s), QList<qint64>{id});

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    QVERIFY(test::scalar(t.connection(), u"SELECT sql FROM sqlite_master WHERE name = 'case_search'"_s)
                .toString()
                .contains(u"prefix = '1 2 3'"_s));
    QVERIFY(!tableNames(t.connection()).contains(u"case_search_v11"_s));
    QCOMPARE(ftsMatch(t.connection(), u"\"f\"*"_s), QList<qint64>{id});
    QCOMPARE(ftsMatch(t.connection(), u"\"lefevre\""_s), QList<qint64>{id});
    QCOMPARE(ftsMatch(t.connection(), u"\"24680\"* \"013\"*"_s), QList<qint64>{id});
    for (const QString &index : {u"persons_name_sort_key"_s, u"persons_register_sort"_s, u"cases_district_sort"_s,
                                 u"cases_submitted_sort"_s, u"cases_reasons_sort"_s, u"cases_facility_sort"_s,
                                 u"cases_updated_at"_s}) {
        QCOMPARE(test::scalar(t.connection(),
                              u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s.arg(index))
                     .toInt(),
                 1);
    }
    // The list's sort by district walks its index rather than sorting every case.
    QSqlQuery plan(t.connection());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM cases c ORDER BY coalesce(c.sentencing_district, ''), c.id LIMIT 256"_s));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + u'\n';
    QVERIFY2(steps.contains(u"cases_district_sort"_s) && !steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
    // Saving still keeps the rebuilt index current.
    auto loaded = CaseRepository(t.db()).load(id); // t.db() is a new Database since reopen()
    QVERIFY(loaded);
    loaded->setValue(u"facility"_s, u"FMC Butner"_s);
    QVERIFY(CaseRepository(t.db()).update(*loaded));
    QCOMPARE(ftsMatch(t.connection(), u"\"butn\"*"_s), QList<qint64>{id});
}

void TestMigrations::fromVersion2_dataSurvivesAndReasonTablesWork()
{
    test::TestDatabase t(atVersion(2));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(insertV1Case(t.connection(), 3, u"Henry Adams"_s, u"11111-001"_s), QString());
    QCOMPARE(
        test::scalar(
            t.connection(),
            u"INSERT INTO case_search(rowid, person_name, aliases, register_number, case_number,"
            " submitters, facility, summaries) VALUES (3, 'Henry Adams', '', '11111-001', '', '', '', '')"
            " RETURNING rowid"_s)
            .toInt(),
        3);

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(ftsMatch(t.connection(), u"\"adams\""_s), QList<qint64>{3});
    QSqlQuery q(t.connection());
    QVERIFY2(
        q.exec(u"INSERT INTO reason_assessments(case_id, code, assessment) VALUES (3, 'age', 'likely')"_s),
        qPrintable(q.lastError().text()));
    QVERIFY2(!q.exec(u"INSERT INTO reason_assessments(case_id, code) VALUES (999, 'age')"_s),
             "foreign keys must hold in the new tables");
    auto loaded = CaseRepository(t.db()).load(3);
    QVERIFY(loaded);
    QCOMPARE(loaded->value(u"register_number"), u"11111-001"_s);
}

void TestMigrations::fromVersion3_dataSurvivesAndVolunteersWork()
{
    test::TestDatabase t(atVersion(3));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(insertV1Case(t.connection(), 4, u"Ángel Núñez"_s, u"22222-002"_s), QString());

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    auto loaded = CaseRepository(t.db()).load(4);
    QVERIFY(loaded);
    QCOMPARE(loaded->value(u"person_name"), u"Ángel Núñez"_s);
    QCOMPARE(loaded->value(u"register_number"), u"22222-002"_s);
    QCOMPARE(loaded->value(u"submitter_name"), u"Old Submitter"_s);
    // Step 11 gave the old name its sort key, so the list sorts it among new names.
    QCOMPARE(test::scalar(t.connection(), u"SELECT name_sort_key FROM persons WHERE id = 4"_s).toString(),
             Collation::sortKey(u"Ángel Núñez"_s));
    CaseRecord c = test::validCase();
    QVERIFY2(CaseRepository(t.db()).create(c), "new cases are written beside the upgraded one");
    Volunteer v;
    v.name = u"Dana Scully"_s;
    v.kind = u"solo"_s;
    auto vid = VolunteerRepository(t.db()).create(v);
    QVERIFY2(vid, qPrintable(vid.error().fullText()));
}

void TestMigrations::v1Fixture_migratesToLatest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"from-fixture.db"_s);
    {
        QFile sql(QStringLiteral(CH_FIXTURES_DIR "/schema_v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        test::RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(test::runSqlScript(raw.db(), QString::fromUtf8(sql.readAll())), QString());
        QCOMPARE(raw.scalar(u"SELECT max(version) FROM schema_version"_s).toInt(), 1);
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    const QSqlDatabase conn = (*db)->connection();

    CaseRepository repo(**db);
    auto count = repo.count();
    QVERIFY(count);
    QCOMPARE(*count, 4);
    auto rosa = repo.load(1);
    QVERIFY2(rosa, qPrintable(rosa.error().fullText()));
    QCOMPARE(rosa->value(u"person_name"), u"Rosa Hernández"_s);
    QCOMPARE(rosa->status, u"screening"_s);
    QCOMPARE(rosa->rowVersion, 2);
    QCOMPARE(rosa->moreSubmitters.size(), 1);
    QCOMPARE(rosa->moreSubmitters.first().name, u"Pedro Hernández"_s);
    QCOMPARE(rosa->extraAnswers.value(u"how_heard"_s).toString(), u"church"_s);
    auto darnell = repo.load(2);
    QVERIFY(darnell);
    QVERIFY(darnell->isLifeSentence());
    auto returning = repo.load(4);
    QVERIFY(returning);
    QVERIFY(returning->returningPerson);
    QCOMPARE(returning->personId, rosa->personId);

    // The search index covers the old rows, accent-insensitively, including submitters.
    QCOMPARE(ftsMatch(conn, u"\"hernandez\""_s), (QList<qint64>{1, 4}));
    QCOMPARE(ftsMatch(conn, u"\"lucia\""_s), (QList<qint64>{1, 4}));
    QCOMPARE(ftsMatch(conn, u"\"67890\" \"083\""_s), QList<qint64>{2});

    // History, notes, audit log and drafts came along, and the audit log is still append-only.
    auto history = repo.statusHistory(1);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().to, u"screening"_s);
    auto notes = repo.notes(1);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QVERIFY(!QSqlQuery(conn).exec(u"DELETE FROM audit_log"_s));
    auto drafts = repo.drafts();
    QVERIFY(drafts);
    QCOMPARE(drafts->size(), 1);

    // A duplicate check across old and new rows works with the stored keys.
    CaseRecord probe;
    probe.setValue(u"person_name"_s, u"Someone Else"_s);
    probe.setValue(u"submitter_phone"_s, u"+1 718 555 0199"_s);
    auto dups = repo.findDuplicates(probe);
    QVERIFY(dups);
    QCOMPARE(dups->size(), 2);
}

void TestMigrations::fromVersion10_fillsNameSortKeys()
{
    test::TestDatabase t(atVersion(10));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(insertV1Case(t.connection(), 1, u"Zúñiga Ortiz"_s, u"11111-011"_s), QString());
    QCOMPARE(insertV1Case(t.connection(), 2, u"Ábrego  Luna"_s, u"22222-022"_s), QString());
    QCOMPARE(insertV1Case(t.connection(), 3, u"abad ruiz"_s, u"33333-033"_s), QString());

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"SELECT person_name, name_sort_key FROM persons ORDER BY name_sort_key"_s));
    QStringList names, keys;
    while (q.next()) {
        names << q.value(0).toString();
        keys << q.value(1).toString();
    }
    QCOMPARE(names, (QStringList{u"abad ruiz"_s, u"Ábrego  Luna"_s, u"Zúñiga Ortiz"_s}));
    QCOMPARE(keys, (QStringList{u"abad ruiz"_s, u"abrego luna"_s, u"zuniga ortiz"_s}));

    // A rename through the repository keeps the key in step.
    CaseRepository repo(t.db());
    auto loaded = repo.load(1);
    QVERIFY2(loaded, qPrintable(loaded.error().fullText()));
    CaseRecord edited = *loaded;
    edited.setValue(u"person_name"_s, u"Öztürk Ela"_s);
    QVERIFY2(repo.update(edited), "rename must save");
    QVERIFY(q.exec(u"SELECT name_sort_key FROM persons WHERE person_name = 'Öztürk Ela'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"ozturk ela"_s);
}

void TestMigrations::fromVersion14_movesSensitiveAuditDetailsApart()
{
    // Entries written before step 15 kept medical and family details beside the rest: the step moves them to
    // the private columns, leaves every other entry and key where it was, and the log stays append-only.
    test::TestDatabase t(atVersion(14));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(insertV1Case(t.connection(), 1, u"Rosa Díaz"_s, u"11111-011"_s), QString());
    QSqlQuery q(t.connection());
    const QStringList rows{
        u"(1, 'case', 1, 'update', '{\"medical_summary\":\"old cancer\",\"facility\":\"FMC Devens\"}',"
        " '{\"medical_summary\":\"stage IV cancer\",\"facility\":\"FMC Butner\"}')"_s,
        u"(2, 'case', 1, 'reason_update', '{\"assessment\":\"not_assessed\",\"narrative\":\"\"}',"
        " '{\"assessment\":\"strong\",\"narrative\":\"mother is the only caregiver\"}')"_s,
        u"(3, 'import_quarantine', 4, 'discard', '{\"family_summary\":\"twins\",\"name\":\"X\"}', NULL)"_s,
        u"(4, 'volunteer', 2, 'update', '{\"description\":\"kept\"}', '{\"description\":\"here\"}')"_s,
        u"(5, 'case', 1, 'status', '{\"status\":\"received\"}', '{\"status\":\"screening\"}')"_s,
    };
    for (const QString &row : rows) {
        QVERIFY2(q.exec(u"INSERT INTO audit_log(id, entity, entity_id, action, before_json, after_json, at, actor)"
                        " SELECT column1, column2, column3, column4, column5, column6, '2025-01-01', 'ana'"
                        " FROM (VALUES "_s + row + u")"_s),
                 qPrintable(q.lastError().text()));
    }

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    auto cell = [&](int id, const char *column) {
        return test::scalar(t.connection(), u"SELECT coalesce(%1, 'NULL') FROM audit_log WHERE id = %2"_s
                                                .arg(QString::fromLatin1(column))
                                                .arg(id))
            .toString();
    };
    QCOMPARE(cell(1, "before_json"), uR"({"facility":"FMC Devens"})"_s);
    QCOMPARE(cell(1, "after_json"), uR"({"facility":"FMC Butner"})"_s);
    QCOMPARE(cell(1, "before_private"), uR"({"medical_summary":"old cancer"})"_s);
    QCOMPARE(cell(1, "after_private"), uR"({"medical_summary":"stage IV cancer"})"_s);
    QCOMPARE(cell(2, "after_json"), uR"({"assessment":"strong"})"_s);
    QCOMPARE(cell(2, "after_private"), uR"({"narrative":"mother is the only caregiver"})"_s);
    QCOMPARE(cell(3, "before_json"), u"NULL"_s); // a rejected row, whole
    QCOMPARE(cell(3, "before_private"), uR"({"family_summary":"twins","name":"X"})"_s);
    QCOMPARE(cell(4, "before_json"), uR"({"description":"kept"})"_s); // not a case: untouched
    QCOMPARE(cell(4, "before_private"), u"NULL"_s);
    QCOMPARE(cell(5, "after_json"), uR"({"status":"screening"})"_s);
    QCOMPARE(cell(5, "after_private"), u"NULL"_s);

    // Read back whole by the program, which may read everything in a file.
    auto entries = AuditLog::entries(t.connection(), u"case"_s, 1);
    QVERIFY2(entries, qPrintable(entries.error().fullText()));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).after.value(u"medical_summary").toString(), u"stage IV cancer"_s);
    QCOMPARE(entries->at(0).after.value(u"facility").toString(), u"FMC Butner"_s);
    QCOMPARE(entries->at(1).after.value(u"narrative").toString(), u"mother is the only caregiver"_s);

    // Still append-only.
    QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'someone else' WHERE id = 1"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE id = 1"_s));
    QCOMPARE(test::scalar(t.connection(), u"SELECT count(*) FROM audit_log"_s).toInt(), 5);
}

void TestMigrations::migrate_isIdempotent()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QVERIFY(Migrations::migrate(t.connection()));
    QVERIFY(Migrations::migrate(t.connection(), 2)); // a lower target never goes back
    QCOMPARE(test::scalar(t.connection(), u"SELECT count(*) FROM schema_version"_s).toInt(), Migrations::latestVersion());
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
}

void TestMigrations::openWithoutMigrating_leavesOldVersion()
{
    test::TestDatabase t(atVersion(1));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QVERIFY2(t.reopen(withoutMigrating()), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), 1);
    QVERIFY(!tableNames(t.connection()).contains(u"case_search"_s));
}

void TestMigrations::failingStep_rollsBackToPreviousVersion()
{
    test::TestDatabase t(atVersion(1));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(insertV1Case(t.connection(), 1, u"Kept Safe"_s, u"22222-002"_s), QString());
    // Someone's own table in the way of step 2's search index.
    QCOMPARE(test::scalar(t.connection(), u"SELECT 1"_s).toInt(), 1);
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"CREATE TABLE case_search (note TEXT)"_s));
    t.close();

    auto db = Database::open(t.path());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"version 2"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"unchanged at version 1"_s), qPrintable(db.error().message));
    QVERIFY2(!db.error().detail.isEmpty(), "the SQL error belongs in the detail");

    QVERIFY2(t.reopen(withoutMigrating()), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), 1);
    QCOMPARE(test::scalar(t.connection(), u"SELECT sql FROM sqlite_master WHERE name = 'case_search'"_s)
                 .toString(),
             u"CREATE TABLE case_search (note TEXT)"_s);
    QCOMPARE(test::scalar(t.connection(), u"SELECT person_name FROM persons WHERE id = 1"_s).toString(),
             u"Kept Safe"_s);
}

void TestMigrations::failingStatementInsideAStep_leavesNoPartOfTheStep()
{
    // Step 3 creates reason_assessments, then evidence_items: make the second statement fail.
    test::TestDatabase t(atVersion(2));
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"CREATE TABLE evidence_items (x)"_s));
    t.close();

    auto db = Database::open(t.path());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"version 3"_s), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"version 2"_s), qPrintable(db.error().message));

    QVERIFY2(t.reopen(withoutMigrating()), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), 2);
    const QStringList tables = tableNames(t.connection());
    QVERIFY2(!tables.contains(u"reason_assessments"_s),
             "the first statement of the failed step must be undone");
    QVERIFY(!tables.contains(u"screening_results"_s));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
