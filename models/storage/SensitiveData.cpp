#include "SensitiveData.h"

#include "Dialect.h"
#include "SqlHelpers.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

#include <vector>

using namespace Qt::StringLiterals;

namespace ch::SensitiveData {

namespace {

// The keys of a case's audit entries that carry the details: the three summaries and the answers no field
// took (case create and update), a reason's narrative (reason_update) and an evidence item's description and file (evidence_*).
const QStringList &caseKeys()
{
    static const QStringList keys{u"medical_summary"_s, u"family_summary"_s, u"abuse_summary"_s,
                                  u"extra_answers"_s,   u"narrative"_s,      u"description"_s,
                                  u"file_reference"_s};
    return keys;
}

// The server builds the statement from bound values with its own quoting (format's %I), and it then runs as
// it is: GRANT and REVOKE cannot be prepared. An empty answer means there is nothing to run.
Status runBuilt(const QSqlDatabase &db, const QString &builder, std::initializer_list<Sql::Binding> bindings)
{
    auto statement = Sql::scalar(db, builder, bindings);
    if (!statement)
        return statement.error();
    if (statement->toString().isEmpty())
        return Status();
    return Sql::execRaw(db, statement->toString());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant stored(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(o));
}

} // namespace

const QList<Table> &tables()
{
    static const QList<Table> all{
        // extra_answers: the questionnaire's columns no field took (an import's "Diagnosis", say).
        {u"cases"_s, {u"medical_summary"_s, u"family_summary"_s, u"abuse_summary"_s, u"extra_answers"_s}},
        {u"reason_assessments"_s, {u"narrative"_s}},
        {u"evidence_items"_s, {u"description"_s, u"file_reference"_s}},
        {u"case_search"_s, {u"summaries"_s, u"doc_all"_s}}, // the search words taken from the summaries
        {u"audit_log"_s, {u"before_private"_s, u"after_private"_s}},
        {u"drafts"_s, {}},            // unsaved intake forms, whole
        {u"import_quarantine"_s, {}}, // rejected rows as the file had them
    };
    return all;
}

bool readable(const QSqlDatabase &db)
{
    if (!Dialect::isPostgres(db))
        return true;
    // Asked once per connection: the answer is kept on the connection's driver.
    static const char *const kProperty = "ch_sensitive_readable";
    const QVariant known = db.driver()->property(kProperty);
    if (known.isValid())
        return known.toBool();
    auto may = Sql::scalar(db, u"SELECT has_column_privilege('cases', 'medical_summary', 'SELECT')"_s);
    // An unanswered question is a yes: the server still refuses what the user may not read, while a wrong
    // no would show a staff member empty narratives that a save could then write back.
    const bool answer = !may || may->toBool();
    if (may)
        db.driver()->setProperty(kProperty, answer);
    return answer;
}

QString column(const QSqlDatabase &db, const QString &table, const QString &name, const QString &alias)
{
    const QString qualified = alias.isEmpty() ? name : alias + u'.' + name;
    if (readable(db))
        return qualified;
    for (const Table &t : tables()) {
        if (t.name == table && (t.columns.isEmpty() || t.columns.contains(name)))
            return u"NULL"_s;
    }
    return qualified;
}

Status restrict(const QSqlDatabase &db, const QString &group)
{
    if (!Dialect::isPostgres(db))
        return Status();
    for (const Table &t : tables()) {
        // A column's rights count only where the table's do not: the table-wide SELECT goes first.
        if (Status s = runBuilt(db, u"SELECT format('REVOKE SELECT ON %I FROM %I', CAST(:t AS TEXT), CAST(:g AS TEXT))"
                                    " WHERE to_regclass(CAST(:t2 AS TEXT)) IS NOT NULL"_s,
                                {{":t", t.name}, {":g", group}, {":t2", t.name}});
            !s)
            return s;
        if (t.columns.isEmpty())
            continue;
        if (Status s = runBuilt(db,
                                u"SELECT format('GRANT SELECT (%s) ON %I TO %I',"
                                " string_agg(quote_ident(CAST(attname AS TEXT)), ', ' ORDER BY attnum),"
                                " CAST(:t AS TEXT), CAST(:g AS TEXT))"
                                " FROM pg_attribute WHERE attrelid = to_regclass(CAST(:t2 AS TEXT)) AND attnum > 0"
                                " AND NOT attisdropped"
                                " AND CAST(attname AS TEXT) <> ALL (string_to_array(CAST(:hidden AS TEXT), ','))"
                                " HAVING count(*) > 0"_s,
                                {{":t", t.name}, {":g", group}, {":t2", t.name}, {":hidden", t.columns.join(u',')}});
            !s)
            return s;
    }
    return Status();
}

Status restrictWrites(const QSqlDatabase &db, const QString &group)
{
    if (!Dialect::isPostgres(db))
        return Status();
    // What each table's writes are taken away, and (cases) the columns given back.
    static const QList<std::pair<QString, QString>> revokes{
        {u"INSERT, UPDATE, DELETE"_s, u"cases"_s},          {u"INSERT, UPDATE, DELETE"_s, u"persons"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"submitters"_s},     {u"INSERT, UPDATE, DELETE"_s, u"reason_assessments"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"evidence_items"_s}, {u"INSERT, UPDATE, DELETE"_s, u"drafts"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"import_quarantine"_s}, {u"INSERT, UPDATE, DELETE"_s, u"case_search"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"notes"_s},          {u"INSERT, UPDATE, DELETE"_s, u"follow_ups"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"screening_results"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"letter_templates"_s},
        {u"INSERT, UPDATE, DELETE"_s, u"import_mapping_presets"_s},
        {u"UPDATE, DELETE"_s, u"status_history"_s}, // a move is added, never rewritten
        {u"DELETE"_s, u"volunteers"_s},             // deactivated, never deleted
        {u"DELETE"_s, u"assignments"_s},            // closed, never deleted
    };
    for (const auto &[rights, table] : revokes) {
        // The rights are a fixed list of keywords from this file; the names are quoted by the server.
        if (Status s = runBuilt(db,
                                u"SELECT format('REVOKE %s ON %I FROM %I', CAST(:r AS TEXT), CAST(:t AS TEXT),"
                                " CAST(:g AS TEXT)) WHERE to_regclass(CAST(:t2 AS TEXT)) IS NOT NULL"_s,
                                {{":r", rights}, {":t", table}, {":g", group}, {":t2", table}});
            !s)
            return s;
    }
    return runBuilt(db,
                    u"SELECT format('GRANT UPDATE (status, row_version, updated_at) ON cases TO %I', CAST(:g AS TEXT))"
                    " WHERE to_regclass('cases') IS NOT NULL"_s,
                    {{":g", group}});
}

Status restrictGroups(const QSqlDatabase &db)
{
    // The groups of the roles without Permission::ViewSensitive (Role.cpp), named as ServerRoles::groupName
    // names them; ServerRoles::ensureGroups restricts the same two when it makes them.
    if (!Dialect::isPostgres(db))
        return Status();
    auto q = Sql::run(db,
                      u"SELECT r.rolname FROM pg_roles r JOIN pg_database d ON d.datname = current_database()"
                      " WHERE r.rolname IN (format('ch_%s_coordinator', d.oid), format('ch_%s_auditor', d.oid))"
                      " ORDER BY r.rolname"_s);
    if (!q)
        return q.error();
    QStringList groups;
    while (q->next())
        groups << q->value(0).toString();
    q->finish();
    for (const QString &group : groups) {
        if (Status s = restrict(db, group); !s)
            return s;
        if (group.endsWith(u"_coordinator")) {
            if (Status s = restrictWrites(db, group); !s)
                return s;
        }
    }
    return Status();
}

QJsonObject split(const QString &entity, const QString &action, QJsonObject &values)
{
    Q_UNUSED(action);
    QJsonObject hidden;
    if (entity == u"import_quarantine") {
        // A rejected row as the file had it: any of its columns may be a summary.
        hidden = values;
        values = {};
    } else if (entity == u"case") {
        for (const QString &key : caseKeys()) {
            if (values.contains(key))
                hidden.insert(key, values.take(key));
        }
    }
    return hidden;
}

Status upgradeAuditLog(const QSqlDatabase &db)
{
    const bool postgres = Dialect::isPostgres(db);
    // The append-only triggers refuse the one rewrite this step makes: moving details, not changing them.
    // They are back before the step commits.
    if (Status s = Sql::execRaw(db, postgres ? u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"_s
                                             : u"DROP TRIGGER audit_log_no_update"_s);
        !s)
        return s;
    struct Moved
    {
        qint64 id;
        QJsonObject before, after, beforeHidden, afterHidden;
    };
    std::vector<Moved> moves;
    {
        auto q = Sql::run(db, u"SELECT id, entity, action, before_json, after_json FROM audit_log"
                              " WHERE entity IN ('case', 'import_quarantine') ORDER BY id"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            Moved m{q->value(0).toLongLong(), parsed(q->value(3)), parsed(q->value(4)), {}, {}};
            const QString entity = q->value(1).toString();
            const QString action = q->value(2).toString();
            m.beforeHidden = split(entity, action, m.before);
            m.afterHidden = split(entity, action, m.after);
            if (!m.beforeHidden.isEmpty() || !m.afterHidden.isEmpty())
                moves.push_back(std::move(m));
        }
    }
    auto update = Sql::prepare(db, u"UPDATE audit_log SET before_json = :b, after_json = :a,"
                                   " before_private = :bp, after_private = :ap WHERE id = :id"_s);
    if (!update)
        return update.error();
    for (const Moved &m : moves) {
        if (Status s = Sql::exec(*update, {{":b", stored(m.before)},
                                           {":a", stored(m.after)},
                                           {":bp", stored(m.beforeHidden)},
                                           {":ap", stored(m.afterHidden)},
                                           {":id", m.id}});
            !s)
            return s;
    }
    update->finish();
    if (Status s = Sql::execRaw(db, postgres ? u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"_s
                                             : u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                                               " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s);
        !s)
        return s;
    return Status(); // the groups' rights are set again after every step (Migrations::migrate)
}

} // namespace ch::SensitiveData
