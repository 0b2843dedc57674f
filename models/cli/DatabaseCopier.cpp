#include "DatabaseCopier.h"

#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// The tables whose key is not an integer id; every other table is copied and compared in id order.
QString keyOf(const QString &table)
{
    if (table == "import_mapping_presets"_L1)
        return u"name"_s;
    if (table == "settings"_L1)
        return u"key"_s;
    return u"id"_s;
}

// Columns that point at another row of their own table: copied empty first, then filled in, because a row
// may name a row with a higher id.
QString selfReferenceOf(const QString &table)
{
    return table == "volunteers"_L1 ? u"supervisor_id"_s : QString();
}

// The search table is derived (CaseRepository::refreshSearch), rebuilt on the target and compared on the
// columns both backends fill the same way (the submitters' names are joined in an order neither promises).
const QStringList kSearchColumns = {u"rowid"_s,        u"person_name"_s, u"aliases"_s,  u"register_number"_s,
                                    u"case_number"_s, u"facility"_s,    u"summaries"_s};

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString selectList(const QStringList &columns)
{
    QStringList q;
    for (const QString &c : columns)
        q << quoted(c);
    return q.join(u", "_s);
}

// One value, with its kind, so that NULL, '' and 0 differ and a row's values cannot run into the next.
void appendValue(QByteArray &row, const QSqlQuery &q, int i)
{
    if (q.isNull(i)) {
        row += "N;";
        return;
    }
    const QVariant v = q.value(i);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        row += 'I' + QByteArray::number(v.toLongLong()) + ';';
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        row += 'R' + QByteArray::number(v.toDouble(), 'g', 17) + ';';
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        row += 'B' + QByteArray::number(bytes.size()) + ':' + bytes.toHex() + ';';
        break;
    }
    default: {
        const QByteArray text = v.toString().toUtf8();
        row += 'T' + QByteArray::number(text.size()) + ':' + text + ';';
        break;
    }
    }
}

struct Digest
{
    qint64 rows = 0;
    QString hex;
};

// Reads every row of select and hashes them in the order given, or, with sortRows (a table keyed by
// text, which the two backends may sort differently), in the byte order of the rows' texts.
Result<Digest> digest(const QSqlDatabase &db, const QString &select, int columnCount, bool sortRows)
{
    auto q = Sql::run(db, select);
    if (!q)
        return q.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<QByteArray> rows;
    Digest d;
    while (q->next()) {
        QByteArray row;
        for (int i = 0; i < columnCount; ++i)
            appendValue(row, *q, i);
        row += '\n';
        if (sortRows)
            rows << row;
        else
            hash.addData(row);
        ++d.rows;
    }
    if (sortRows) {
        std::sort(rows.begin(), rows.end());
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(row);
    }
    d.hex = QString::fromLatin1(hash.result().toHex());
    return d;
}

} // namespace

const QStringList &DatabaseCopier::tables()
{
    static const QStringList list = {
        u"users"_s,           u"persons"_s,           u"cases"_s,
        u"submitters"_s,      u"notes"_s,             u"status_history"_s,
        u"reason_assessments"_s, u"evidence_items"_s, u"screening_results"_s,
        u"volunteers"_s,      u"volunteer_trainings"_s, u"volunteer_leaves"_s,
        u"assignments"_s,     u"follow_ups"_s,        u"import_quarantine"_s,
        u"import_mapping_presets"_s, u"letter_templates"_s, u"settings"_s,
        u"drafts"_s,          u"audit_log"_s,
    };
    return list;
}

DatabaseCopier::DatabaseCopier(Database &source, Database &target) : m_source(source), m_target(target) {}

void DatabaseCopier::say(const QString &line) const
{
    if (progress)
        progress(line);
}

Status DatabaseCopier::checkTargetEmpty()
{
    QStringList holding;
    for (const QString &table : tables() + QStringList{u"case_search"_s}) {
        auto n = Sql::scalar(m_target.connection(), u"SELECT count(*) FROM %1"_s.arg(quoted(table)));
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            holding << u"%1 (%2)"_s.arg(table).arg(n->toLongLong());
    }
    if (holding.isEmpty())
        return Status();
    return Error::make(Error::Kind::InvalidInput,
                       tr("The shared database %1 is not empty: it already holds %2. Nothing was copied; migrate "
                          "copies only into an empty database (ask the administrator for a new one).")
                           .arg(m_target.path(), holding.join(u", "_s)));
}

Status DatabaseCopier::checkTableSets()
{
    if (m_source.schemaVersion() != Migrations::latestVersion()) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The file %1 has schema version %2 and this program writes version %3. Open it once "
                              "with this version (for example clearinghouse-cli --db FILE screen) to bring it up "
                              "to date, then migrate it.")
                               .arg(m_source.path())
                               .arg(m_source.schemaVersion())
                               .arg(Migrations::latestVersion()));
    }
    // Both sides must hold exactly the tables this copy knows: a table added by a later migration and not
    // listed here would otherwise be left behind without a word.
    const QSet<QString> known(tables().cbegin(), tables().cend());
    auto src = Sql::run(m_source.connection(),
                        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                        " AND name NOT LIKE 'case_search%' AND name <> 'schema_version'"_s);
    if (!src)
        return src.error();
    QSet<QString> sourceTables;
    while (src->next())
        sourceTables.insert(src->value(0).toString());
    auto dst = Sql::run(m_target.connection(),
                        u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        " AND table_type = 'BASE TABLE' AND table_name NOT IN ('case_search', 'schema_version')"_s);
    if (!dst)
        return dst.error();
    QSet<QString> targetTables;
    while (dst->next())
        targetTables.insert(dst->value(0).toString());
    for (const QSet<QString> &side : {sourceTables, targetTables}) {
        if (side != known) {
            QStringList odd = QStringList((side - known).cbegin(), (side - known).cend())
                              + QStringList((known - side).cbegin(), (known - side).cend());
            odd.sort();
            return Error::make(Error::Kind::General,
                               tr("This program does not know how to copy the tables %1. Nothing was copied; "
                                  "report this to the developers.")
                                   .arg(odd.join(u", "_s)));
        }
    }
    return Status();
}

Result<QStringList> DatabaseCopier::columnsOf(const QString &table)
{
    // The target's columns in its order (generated columns are computed, never written), which must be the
    // source's columns too.
    auto dst = Sql::run(m_target.connection(),
                        u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        " AND table_name = CAST(:t AS TEXT) AND is_generated = 'NEVER' ORDER BY ordinal_position"_s,
                        {{":t", table}});
    if (!dst)
        return dst.error();
    QStringList columns;
    while (dst->next())
        columns << dst->value(0).toString();
    auto src = Sql::run(m_source.connection(), u"SELECT name FROM pragma_table_info(:t)"_s, {{":t", table}});
    if (!src)
        return src.error();
    QStringList sourceColumns;
    while (src->next())
        sourceColumns << src->value(0).toString();
    if (QSet<QString>(columns.cbegin(), columns.cend()) != QSet<QString>(sourceColumns.cbegin(), sourceColumns.cend())) {
        return Error::make(Error::Kind::General,
                           tr("The table %1 has different columns in the file (%2) and on the server (%3). Nothing "
                              "was copied.")
                               .arg(table, sourceColumns.join(u", "_s), columns.join(u", "_s)));
    }
    return columns;
}

Result<qint64> DatabaseCopier::copyTable(const QString &table, const QStringList &columns)
{
    const QString selfRef = selfReferenceOf(table);
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i)
        placeholders << u":c%1"_s.arg(i);
    auto read = Sql::run(m_source.connection(),
                         u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(selectList(columns), quoted(table), quoted(keyOf(table))));
    if (!read)
        return read.error();
    auto insert = Sql::prepare(m_target.connection(), u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(
                                                          quoted(table), selectList(columns), placeholders.join(u", "_s)));
    if (!insert)
        return insert.error();
    const int selfRefColumn = selfRef.isEmpty() ? -1 : int(columns.indexOf(selfRef));
    QList<std::pair<QVariant, QVariant>> laterLinks; // (id, the row it points at)
    qint64 rows = 0;
    while (read->next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant v = read->isNull(i) ? QVariant() : read->value(i);
            if (i == selfRefColumn && !read->isNull(i)) {
                laterLinks.append({read->value(columns.indexOf(u"id"_s)), v});
                v = QVariant();
            }
            insert->bindValue(placeholders.at(i), v);
        }
        if (Status s = Sql::exec(*insert); !s)
            return s.error();
        if (++rows % 10000 == 0)
            say(tr("  %1: %n row(s) so far", nullptr, int(std::min<qint64>(rows, std::numeric_limits<int>::max())))
                    .arg(table));
    }
    if (!laterLinks.isEmpty()) {
        auto link = Sql::prepare(m_target.connection(),
                                 u"UPDATE %1 SET %2 = :ref WHERE id = :id"_s.arg(quoted(table), quoted(selfRef)));
        if (!link)
            return link.error();
        for (const auto &[id, ref] : std::as_const(laterLinks)) {
            if (Status s = Sql::exec(*link, {{":ref", ref}, {":id", id}}); !s)
                return s.error();
        }
    }
    return rows;
}

Result<DatabaseCopier::TableReport> DatabaseCopier::verifyTable(const QString &table, const QStringList &columns)
{
    const bool byId = keyOf(table) == "id"_L1 || table == "case_search"_L1;
    const QString key = table == "case_search"_L1 ? u"rowid"_s : keyOf(table);
    const QString select = u"SELECT %1 FROM %2%3"_s.arg(selectList(columns), quoted(table),
                                                        byId ? u" ORDER BY %1"_s.arg(quoted(key)) : QString());
    auto src = digest(m_source.connection(), select, int(columns.size()), !byId);
    if (!src)
        return src.error();
    auto dst = digest(m_target.connection(), select, int(columns.size()), !byId);
    if (!dst)
        return dst.error();
    return TableReport{table, src->rows, dst->rows, src->hex, dst->hex};
}

Status DatabaseCopier::rebuildSearch()
{
    auto q = Sql::run(m_target.connection(), u"SELECT id FROM persons"_s);
    if (!q)
        return q.error();
    QSet<qint64> persons;
    while (q->next())
        persons.insert(q->value(0).toLongLong());
    return CaseRepository(m_target.connection()).refreshSearch(persons);
}

Status DatabaseCopier::resetIdentities()
{
    // Explicit ids do not move an identity's sequence: the next case entered on the server would collide.
    for (const QString &table : tables()) {
        if (keyOf(table) != "id"_L1)
            continue;
        auto q = Sql::run(m_target.connection(),
                          u"SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1"_s.arg(table));
        if (!q)
            return q.error();
    }
    return Status();
}

Result<DatabaseCopier::Outcome> DatabaseCopier::run()
{
    if (Status s = checkTableSets(); !s)
        return s.error();
    QHash<QString, QStringList> columns;
    for (const QString &table : tables()) {
        auto c = columnsOf(table);
        if (!c)
            return c.error();
        columns.insert(table, *c);
    }
    // The file is read in one transaction, so that the copy and the comparison see the same rows even if a
    // window writes to it meanwhile.
    QSqlDatabase source = m_source.connection();
    if (Status s = Sql::execRaw(source, u"BEGIN"_s); !s)
        return s.error();
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { (void)Sql::execRaw(db, u"ROLLBACK"_s); }
    } endRead{source};

    WriteTransaction tx(m_target.connection());
    if (Status s = tx.begin(); !s)
        return s.error();
    // The file's audit entries keep the names they were written by: the server's trigger that names the
    // writer of each new entry is set aside until the copy is done (inside this transaction).
    if (Status s = Sql::execRaw(m_target.connection(), u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_actor"_s); !s)
        return s.error();
    Outcome outcome;
    for (const QString &table : tables()) {
        QElapsedTimer timer;
        timer.start();
        auto rows = copyTable(table, columns.value(table));
        if (!rows) {
            Error e = rows.error();
            e.message = tr("Copying the table %1 failed: %2 Nothing was copied.").arg(table, e.message);
            return e;
        }
        outcome.rowsCopied += *rows;
        say(tr("Copied %1: %n row(s) (%2 s)", nullptr, int(std::min<qint64>(*rows, std::numeric_limits<int>::max())))
                .arg(table)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    say(tr("Rebuilding the search index…"));
    if (Status s = rebuildSearch(); !s)
        return s.error();
    say(tr("Verifying counts and checksums…"));
    bool allMatch = true;
    for (const QString &table : tables() + QStringList{u"case_search"_s}) {
        auto report = verifyTable(table, table == "case_search"_L1 ? kSearchColumns : columns.value(table));
        if (!report)
            return report.error();
        allMatch = allMatch && report->matches();
        outcome.tables << *report;
    }
    if (!allMatch) {
        tx.rollback();
        return outcome;
    }
    if (Status s = resetIdentities(); !s)
        return s.error();
    if (Status s = Sql::execRaw(m_target.connection(), u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_actor"_s); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    outcome.committed = true;
    return outcome;
}

} // namespace ch
