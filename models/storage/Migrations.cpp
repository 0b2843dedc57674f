#include "Migrations.h"

#include "Database.h"
#include "Dialect.h"
#include "SensitiveData.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "core/Collation.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// PostgreSQL: a search folds words the way Dialect::foldForSearch() folds what is typed (lower case, Latin
// accents off), and splits them where FTS5's unicode61 does (at anything not a letter or digit).
const QString kPostgresFold =
    u"CREATE FUNCTION ch_search_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$"
    " SELECT regexp_replace(translate(lower(t),"
    " 'ÁÀÂÄÃÅĀĂĄÇĆČĎÉÈÊËĒĖĘĚÍÌÎÏĪĮŁÑŃŇÓÒÔÖÕŌŐŘŚŠŤÚÙÛÜŪŮŰÝŸŽŹŻáàâäãåāăąçćčďéèêëēėęěíìîïīįłñńňóòôöõōőřśšťúùûüūůűýÿžźż',"
    " 'aaaaaaaaacccdeeeeeeeeiiiiiilnnnooooooorsstuuuuuuuyyzzzaaaaaaaaacccdeeeeeeeeiiiiiilnnnooooooorsstuuuuuuuyyzzz'),"
    " '[^[:alnum:]]+', ' ', 'g') $f$"_s;

const QString kPostgresSearchTable =
    u"CREATE TABLE case_search ("
    " rowid BIGINT PRIMARY KEY,"
    " person_name TEXT NOT NULL DEFAULT '', aliases TEXT NOT NULL DEFAULT '',"
    " register_number TEXT NOT NULL DEFAULT '', case_number TEXT NOT NULL DEFAULT '',"
    " submitters TEXT NOT NULL DEFAULT '', facility TEXT NOT NULL DEFAULT '', summaries TEXT NOT NULL DEFAULT '',"
    " doc_named tsvector GENERATED ALWAYS AS (to_tsvector('simple', ch_search_fold(person_name || ' ' || aliases"
    "   || ' ' || register_number || ' ' || case_number || ' ' || submitters || ' ' || facility))) STORED,"
    " doc_all tsvector GENERATED ALWAYS AS (to_tsvector('simple', ch_search_fold(person_name || ' ' || aliases"
    "   || ' ' || register_number || ' ' || case_number || ' ' || submitters || ' ' || facility"
    "   || ' ' || summaries))) STORED)"_s;

void addPostgresVariants(QList<Migrations::Step> &steps)
{
    for (Migrations::Step &step : steps) {
        switch (step.version) {
        case 1: {
            // Triggers are written differently: one function raises, for UPDATE, DELETE and TRUNCATE.
            QStringList pg;
            for (const QString &sql : std::as_const(step.statements)) {
                if (!sql.startsWith(u"CREATE TRIGGER"_s))
                    pg << Dialect::ddl(Backend::Postgres, sql);
            }
            pg << u"CREATE FUNCTION ch_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$"
                  " BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $f$"_s
               << u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
                  " FOR EACH ROW EXECUTE FUNCTION ch_audit_log_append_only()"_s
               << u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
                  " FOR EACH STATEMENT EXECUTE FUNCTION ch_audit_log_append_only()"_s
               // What SQLite's application_id says: this database is Clearinghouse's (Database::configure).
               << u"COMMENT ON TABLE schema_version IS 'Clearinghouse'"_s;
            step.postgres = pg;
            break;
        }
        case 2:
            step.postgres = {
                kPostgresFold,
                kPostgresSearchTable,
                u"CREATE INDEX case_search_named ON case_search USING gin (doc_named)"_s,
                u"CREATE INDEX case_search_all ON case_search USING gin (doc_all)"_s,
                u"INSERT INTO case_search(rowid, person_name, aliases, register_number, case_number, submitters,"
                " facility, summaries)"
                " SELECT c.id, p.person_name, p.aliases, coalesce(p.register_number, ''), coalesce(c.case_number, ''),"
                " coalesce((SELECT string_agg(s.name, ' ') FROM submitters s WHERE s.case_id = c.id), ''),"
                " coalesce(c.facility, ''),"
                " coalesce(c.offense, '') || ' ' || coalesce(c.medical_summary, '') || ' ' || coalesce(c.family_summary, '')"
                "   || ' ' || coalesce(c.other_summary, '')"
                " FROM cases c JOIN persons p ON p.id = c.person_id"_s,
            };
            break;
        case 13:
            // The prefix search needs no copy of the search table on PostgreSQL (a tsquery prefix reads the
            // GIN index), and NOCASE is lower().
            for (const QString &sql : std::as_const(step.statements)) {
                if (sql.startsWith(u"CREATE INDEX"_s) && !sql.contains(u"NOCASE"_s))
                    step.postgres << sql;
            }
            step.postgres << u"CREATE INDEX cases_facility_sort ON cases(lower(coalesce(facility, '')))"_s;
            break;
        case 14: {
            // A window on the shared database learns of others' changes by notification, with the writer's
            // backend id (ExternalChangeWatcher), where SQLite has PRAGMA data_version.
            for (const QString &sql : std::as_const(step.statements))
                step.postgres << Dialect::ddl(Backend::Postgres, sql);
            step.postgres << u"CREATE FUNCTION ch_notify_changed() RETURNS trigger LANGUAGE plpgsql AS $f$"
                             " BEGIN PERFORM pg_notify('clearinghouse_changed', CAST(pg_backend_pid() AS TEXT));"
                             " RETURN NULL; END $f$"_s;
            for (const char *table : {"persons", "cases", "submitters", "notes", "status_history", "reason_assessments",
                                      "evidence_items", "screening_results", "volunteers", "volunteer_trainings",
                                      "volunteer_leaves", "assignments", "follow_ups", "import_quarantine", "users",
                                      "letter_templates", "settings"}) {
                step.postgres << u"CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1"
                                 " FOR EACH STATEMENT EXECUTE FUNCTION ch_notify_changed()"_s.arg(QLatin1StringView(table));
            }
            break;
        }
        case 15:
            // On a server anyone with a login may insert into the audit log with a SQL client: the server, not
            // the writer, names who wrote each entry (the program writes the same name; migrate copies an
            // office file's entries with their own names, with this trigger set aside).
            step.postgres = step.statements;
            step.postgres << u"CREATE FUNCTION ch_audit_log_actor() RETURNS trigger LANGUAGE plpgsql AS $f$"
                             " BEGIN NEW.actor := session_user; RETURN NEW; END $f$"_s
                          << u"CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log"
                             " FOR EACH ROW EXECUTE FUNCTION ch_audit_log_actor()"_s;
            break;
        default:
            break;
        }
    }
}

QList<Migrations::Step> buildSteps()
{
    QList<Migrations::Step> steps;

    steps.append({1, u"Persons, cases, submitters, notes, status history, audit log, drafts"_s, {
        u"CREATE TABLE schema_version ("
        " version INTEGER PRIMARY KEY,"
        " description TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"_s,

        u"CREATE TABLE persons ("
        " id INTEGER PRIMARY KEY,"
        " person_name TEXT NOT NULL DEFAULT '',"
        " aliases TEXT NOT NULL DEFAULT '',"
        " register_number TEXT,"
        " date_of_birth TEXT,"
        " person_language TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX persons_register_number ON persons(register_number)"_s,
        u"CREATE INDEX persons_name_dob ON persons(lower(person_name), date_of_birth)"_s,

        u"CREATE TABLE cases ("
        " id INTEGER PRIMARY KEY,"
        " person_id INTEGER NOT NULL REFERENCES persons(id),"
        " submission_id TEXT UNIQUE,"
        " submitted_at TEXT,"
        " status TEXT NOT NULL DEFAULT 'received',"
        " facility TEXT, court_type TEXT, sentencing_district TEXT, case_number TEXT,"
        " co_defendants TEXT, offense TEXT, relief_sought TEXT, sentence_status TEXT,"
        " sentence_months INTEGER, sentence_life INTEGER NOT NULL DEFAULT 0,"
        " custody_start_date TEXT, projected_release_date TEXT, sentenced_under_3559c TEXT,"
        " warden_request_date TEXT, warden_response TEXT, warden_response_date TEXT,"
        " reasons TEXT, medical_summary TEXT, family_summary TEXT, abuse_summary TEXT,"
        " other_summary TEXT, release_plan TEXT, consent_to_contact TEXT,"
        " extra_answers TEXT NOT NULL DEFAULT '{}',"
        " returning_person INTEGER NOT NULL DEFAULT 0,"
        " row_version INTEGER NOT NULL DEFAULT 1,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX cases_person ON cases(person_id)"_s,
        u"CREATE INDEX cases_status ON cases(status)"_s,
        u"CREATE INDEX cases_district ON cases(sentencing_district)"_s,
        u"CREATE INDEX cases_submitted_at ON cases(submitted_at)"_s,

        u"CREATE TABLE submitters ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL DEFAULT '', relationship TEXT NOT NULL DEFAULT '',"
        " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
        " address TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',"
        " phone_key TEXT, email_key TEXT)"_s,
        u"CREATE INDEX submitters_case ON submitters(case_id)"_s,
        u"CREATE INDEX submitters_phone_key ON submitters(phone_key)"_s,
        u"CREATE INDEX submitters_email_key ON submitters(email_key)"_s,

        u"CREATE TABLE notes ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " author TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL)"_s,
        u"CREATE INDEX notes_case ON notes(case_id)"_s,

        u"CREATE TABLE status_history ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " from_status TEXT, to_status TEXT NOT NULL,"
        " changed_by TEXT NOT NULL, changed_at TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX status_history_case ON status_history(case_id)"_s,

        u"CREATE TABLE audit_log ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL, actor TEXT NOT NULL,"
        " entity TEXT NOT NULL, entity_id INTEGER, action TEXT NOT NULL,"
        " before_json TEXT, after_json TEXT)"_s,
        u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
        u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,

        u"CREATE TABLE drafts ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER,"
        " actor TEXT NOT NULL, saved_at TEXT NOT NULL, payload TEXT NOT NULL)"_s,
    }});

    steps.append({2, u"Full-text search over names, numbers and summaries"_s, {
        u"CREATE VIRTUAL TABLE case_search USING fts5("
        " person_name, aliases, register_number, case_number, submitters, facility, summaries,"
        " tokenize = 'unicode61 remove_diacritics 2')"_s,
        u"INSERT INTO case_search(rowid, person_name, aliases, register_number, case_number, submitters,"
        " facility, summaries)"
        " SELECT c.id, p.person_name, p.aliases, coalesce(p.register_number, ''), coalesce(c.case_number, ''),"
        " coalesce((SELECT group_concat(s.name, ' ') FROM submitters s WHERE s.case_id = c.id), ''),"
        " coalesce(c.facility, ''),"
        " coalesce(c.offense, '') || ' ' || coalesce(c.medical_summary, '') || ' ' || coalesce(c.family_summary, '')"
        "   || ' ' || coalesce(c.other_summary, '')"
        " FROM cases c JOIN persons p ON p.id = c.person_id"_s,
    }});

    steps.append({3, u"Reasons tracker, evidence and screening results"_s, {
        u"CREATE TABLE reason_assessments ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " code TEXT NOT NULL,"
        " assessment TEXT NOT NULL DEFAULT 'not_assessed',"
        " narrative TEXT NOT NULL DEFAULT '',"
        " updated_by TEXT, updated_at TEXT,"
        " UNIQUE(case_id, code))"_s,
        u"CREATE TABLE evidence_items ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " reason_code TEXT NOT NULL,"
        " evidence_type TEXT NOT NULL,"
        " description TEXT NOT NULL DEFAULT '',"
        " requested_on TEXT, received_on TEXT,"
        " file_reference TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX evidence_items_case ON evidence_items(case_id)"_s,
        u"CREATE TABLE screening_results ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " rule_set_version TEXT NOT NULL, as_of TEXT NOT NULL, screened_at TEXT NOT NULL,"
        " outcome TEXT NOT NULL, reasons TEXT NOT NULL DEFAULT '', missing TEXT NOT NULL DEFAULT '',"
        " age_prong TEXT, ten_years_served TEXT, statutory_70_30 TEXT, exhaustion_ripe TEXT,"
        " result_json TEXT NOT NULL,"
        " is_current INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX screening_results_case ON screening_results(case_id, is_current)"_s,
        u"CREATE INDEX screening_results_outcome ON screening_results(is_current, outcome)"_s,
    }});

    steps.append({4, u"Volunteer roster"_s, {
        u"CREATE TABLE volunteers ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
        " organization TEXT NOT NULL DEFAULT '',"
        " kind TEXT NOT NULL,"
        " supervisor_id INTEGER REFERENCES volunteers(id),"
        " bar_states TEXT NOT NULL DEFAULT '', districts TEXT NOT NULL DEFAULT '',"
        " capacity INTEGER NOT NULL DEFAULT 1,"
        " languages TEXT NOT NULL DEFAULT '', expertise TEXT NOT NULL DEFAULT '',"
        " conflicts TEXT NOT NULL DEFAULT '', on_leave_until TEXT,"
        " active INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '',"
        " row_version INTEGER NOT NULL DEFAULT 1,"
        " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
        u"CREATE TABLE volunteer_trainings ("
        " id INTEGER PRIMARY KEY,"
        " volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,"
        " completed_on TEXT NOT NULL, course TEXT NOT NULL)"_s,
        u"CREATE INDEX volunteer_trainings_volunteer ON volunteer_trainings(volunteer_id)"_s,
    }});

    steps.append({5, u"Import quarantine and column-mapping presets"_s, {
        u"CREATE TABLE import_quarantine ("
        " id INTEGER PRIMARY KEY,"
        " file_name TEXT NOT NULL,"
        " row_number INTEGER NOT NULL,"
        " raw_json TEXT NOT NULL,"
        " raw_hash TEXT NOT NULL,"
        " reasons_json TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " resolved INTEGER NOT NULL DEFAULT 0,"
        " resolution TEXT,"
        " resolved_at TEXT,"
        " case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL)"_s,
        u"CREATE INDEX import_quarantine_open ON import_quarantine(resolved, id)"_s,
        u"CREATE INDEX import_quarantine_hash ON import_quarantine(raw_hash)"_s,
        u"CREATE TABLE import_mapping_presets ("
        " name TEXT PRIMARY KEY,"
        " mapping_json TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
    }});

    steps.append({6, u"Index persons by date of birth for the duplicate check"_s, {
        u"CREATE INDEX persons_date_of_birth ON persons(date_of_birth)"_s,
        u"DROP INDEX IF EXISTS persons_name_dob"_s, // SQLite's lower() cannot fold accented names
    }});

    // An assignment is never deleted: unassigning, a decline or the end of the work closes it (ended_at),
    // so the history of who held a case stays. At most one open assignment per case.
    steps.append({7, u"Assignments of cases to volunteers"_s, {
        u"CREATE TABLE assignments ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " volunteer_id INTEGER NOT NULL REFERENCES volunteers(id),"
        " assigned_at TEXT NOT NULL, assigned_by TEXT NOT NULL,"
        " score REAL, score_terms_json TEXT NOT NULL DEFAULT '{}',"
        " ended_at TEXT, ended_by TEXT,"
        " end_kind TEXT CHECK (end_kind IS NULL OR end_kind IN ('unassigned', 'declined', 'completed')),"
        " end_reason TEXT NOT NULL DEFAULT '',"
        " CHECK ((ended_at IS NULL) = (end_kind IS NULL)))"_s,
        u"CREATE UNIQUE INDEX assignments_one_open ON assignments(case_id) WHERE ended_at IS NULL"_s,
        u"CREATE INDEX assignments_volunteer_open ON assignments(volunteer_id) WHERE ended_at IS NULL"_s,
        u"CREATE INDEX assignments_case ON assignments(case_id, assigned_at)"_s,
        u"CREATE INDEX assignments_assigned_at ON assignments(assigned_at)"_s,
    }});

    // Letters to families are edited by staff; a kind/language without a row uses the default shipped in
    // resources/letters, so resetting a template is deleting its row.
    steps.append({8, u"Editable letter templates"_s, {
        u"CREATE TABLE letter_templates ("
        " id INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL CHECK (kind IN ('referral', 'received', 'in_review', 'matched')),"
        " language TEXT NOT NULL CHECK (language IN ('en', 'es')),"
        " body TEXT NOT NULL,"
        " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,"
        " UNIQUE (kind, language))"_s,
    }});

    // Leave periods beside the single on_leave_until date the import fills, and coordinator settings such as
    // how long a training stays valid (domain primer §5, default 24 months).
    steps.append({9, u"Volunteer leave periods and roster settings"_s, {
        u"CREATE TABLE volunteer_leaves ("
        " id INTEGER PRIMARY KEY,"
        " volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,"
        " starts_on TEXT NOT NULL, ends_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
        " CHECK (starts_on <= ends_on))"_s,
        u"CREATE INDEX volunteer_leaves_volunteer ON volunteer_leaves(volunteer_id)"_s,
        u"CREATE TABLE settings ("
        " key TEXT PRIMARY KEY,"
        " value TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
    }});

    // Follow-ups: dated tasks on a case (call the family, request records, check the warden's answer).
    // Done ones are kept with who closed them and when.
    steps.append({10, u"Follow-up tasks"_s, {
        u"CREATE TABLE follow_ups ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " title TEXT NOT NULL, due_on TEXT NOT NULL, assigned_to TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
        " done_at TEXT, done_by TEXT)"_s,
        u"CREATE INDEX follow_ups_open ON follow_ups(done_at, due_on)"_s,
        u"CREATE INDEX follow_ups_case ON follow_ups(case_id)"_s,
    }});

    // The case list sorts names in SQL, where no collator runs and NOCASE folds ASCII only ("Ábrego" sorted
    // after "Zúñiga"). A key with accents stripped and case folded, computed in C++, sorts them together.
    steps.append({11, u"Accent- and case-insensitive sort key for person names"_s, {
        u"ALTER TABLE persons ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX persons_name_sort_key ON persons(name_sort_key)"_s,
    }, &Migrations::fillNameSortKeys});

    // Reports (issue 11) ask "did this case ever reach status X" and walk each case's moves in order: one
    // index answers both from the index alone, without reading the history rows (measured on 100,000
    // cases: the pipeline report 3.7 times faster, time in each stage twice as fast).
    steps.append({12, u"Index the status history for reports"_s, {
        u"CREATE INDEX status_history_reports ON status_history(case_id, to_status, changed_at, from_status)"_s,
    }});

    // The case list at 100,000 cases (issue 10) reads one page at a time in the order shown, from the last
    // key seen (keyset paging): each sortable column needs an index in exactly the order the list sorts by
    // (CaseListModel::sortExpression; empty and missing values sort together, as ''; names use the key of
    // step 11). The row id is the
    // implicit last column of every index, so ties come out in case-number order. Search gets prefix
    // indexes for one to three letters, so the first keystrokes of a search read one short list instead of
    // merging every word that starts with them; FTS5 fixes its options when a table is created, hence the
    // copy.
    steps.append({13, u"Indexes for the paged case list and prefix search"_s, {
        u"CREATE INDEX persons_register_sort ON persons(coalesce(register_number, ''))"_s,
        u"CREATE INDEX cases_district_sort ON cases(coalesce(sentencing_district, ''))"_s,
        u"CREATE INDEX cases_submitted_sort ON cases(coalesce(submitted_at, ''))"_s,
        u"CREATE INDEX cases_reasons_sort ON cases(coalesce(reasons, ''))"_s,
        u"CREATE INDEX cases_facility_sort ON cases(coalesce(facility, '') COLLATE NOCASE)"_s,
        u"CREATE INDEX cases_updated_at ON cases(updated_at)"_s,
        u"CREATE VIRTUAL TABLE case_search_v11 USING fts5("
        " person_name, aliases, register_number, case_number, submitters, facility, summaries,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"_s,
        u"INSERT INTO case_search_v11(rowid, person_name, aliases, register_number, case_number, submitters,"
        " facility, summaries)"
        " SELECT rowid, person_name, aliases, register_number, case_number, submitters, facility, summaries"
        " FROM case_search"_s,
        u"DROP TABLE case_search"_s,
        u"ALTER TABLE case_search_v11 RENAME TO case_search"_s,
    }});

    // Users and roles (issue 7): who may do what in this database. A user is deactivated, never deleted,
    // so that the audit log's names stay known. The first user to open the upgraded file becomes its
    // administrator (Session::start).
    steps.append({14, u"Users and their roles"_s, {
        u"CREATE TABLE users ("
        " id INTEGER PRIMARY KEY,"
        " login TEXT NOT NULL UNIQUE,"
        " display_name TEXT NOT NULL DEFAULT '',"
        " role TEXT NOT NULL CHECK (role IN ('staff', 'coordinator', 'admin', 'auditor')),"
        " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL DEFAULT '')"_s,
    }});

    // Medical, family and abuse details kept apart in the audit log (SensitiveData): the entry says who changed
    // what and when for every reader, the details only for those who may read them. On a server the
    // coordinator and auditor groups lose the right to read the sensitive columns.
    steps.append({15, u"Sensitive details apart in the audit log"_s, {
        u"ALTER TABLE audit_log ADD COLUMN before_private TEXT"_s,
        u"ALTER TABLE audit_log ADD COLUMN after_private TEXT"_s,
    }, &SensitiveData::upgradeAuditLog});

    addPostgresVariants(steps);
    return steps;
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    auto exists = Dialect::isPostgres(db)
                      // pg_tables lists tables whatever the user's privileges (information_schema would hide them)
                      ? Sql::scalar(db, u"SELECT count(*) FROM pg_tables"
                                        " WHERE schemaname = current_schema() AND tablename = 'schema_version'"_s)
                      : Sql::scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s);
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return 0;
    auto v = Sql::scalar(db, u"SELECT coalesce(max(version), 0) FROM schema_version"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Status Migrations::fillNameSortKeys(const QSqlDatabase &db)
{
    auto q = Sql::run(db, u"SELECT id, person_name FROM persons"_s);
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> keys;
    while (q->next())
        keys.append({q->value(0).toLongLong(), Collation::sortKey(q->value(1).toString())});
    for (const auto &[id, key] : std::as_const(keys)) {
        if (auto u = Sql::run(db, u"UPDATE persons SET name_sort_key = :k WHERE id = :id"_s, {{":k", key}, {":id", id}}); !u)
            return u.error();
    }
    return Status();
}

Status Migrations::migrate(const QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    const Backend backend = Dialect::of(db);
    for (const Step &step : steps()) {
        if (step.version <= *current || step.version > target)
            continue;
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        // Another program may have taken this step since we looked (two windows opening one server at
        // once): on PostgreSQL wait for its upgrade to finish, then look again, under the lock.
        if (backend == Backend::Postgres) {
            if (Status s = Sql::execRaw(db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(Database::kApplicationId)); !s)
                return s;
        }
        auto now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= step.version) {
            tx.rollback();
            *current = *now;
            continue;
        }
        QStringList statements = step.statements;
        if (backend == Backend::Postgres) {
            if (!step.postgres.isEmpty()) {
                statements = step.postgres;
            } else {
                for (QString &sql : statements)
                    sql = Dialect::ddl(backend, sql);
            }
        }
        for (const QString &sql : std::as_const(statements)) {
            if (Status s = Sql::execRaw(db, sql); !s) {
                Error e = s.error();
                e.message = tr("The database could not be upgraded to version %1 (%2). It was left unchanged at "
                               "version %3.")
                                .arg(step.version)
                                .arg(step.description)
                                .arg(*current);
                return e;
            }
        }
        if (step.after) {
            if (Status s = step.after(db); !s)
                return s;
        }
        // A step may add a column to a table whose columns the coordinator and auditor groups are granted one
        // by one, or recreate one, which default privileges would open to them whole: their rights are set
        // again in the same transaction.
        if (backend == Backend::Postgres) {
            if (Status s = SensitiveData::restrictGroups(db); !s)
                return s;
        }
        if (step.version == 1 && backend == Backend::Sqlite) {
            if (Status s = Sql::execRaw(db, u"PRAGMA application_id = %1"_s.arg(Database::kApplicationId)); !s)
                return s;
        }
        auto ins = Sql::run(db, u"INSERT INTO schema_version(version, description, applied_at) VALUES (:v, :d, :at)"_s,
                            {{":v", step.version},
                             {":d", step.description},
                             {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        if (!ins)
            return ins.error();
        if (Status s = tx.commit(); !s)
            return s;
        *current = step.version;
    }
    return Status();
}

} // namespace ch
