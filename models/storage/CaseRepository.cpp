#include "CaseRepository.h"

#include "Dialect.h"

#include "AuditLog.h"
#include "Database.h"
#include "SensitiveData.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "core/Actor.h"
#include "core/Collation.h"
#include "domain/CaseStatus.h"
#include "domain/CaseValidator.h"
#include "domain/FieldCatalog.h"
#include "screening/ScreeningStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

using Sql::textOrNull;

// Case-table columns that hold one questionnaire answer each, under the answer's own name.
const QStringList &plainCaseColumns()
{
    static const QStringList cols = [] {
        QStringList out;
        for (const FieldInfo &f : FieldCatalog::fields()) {
            if (f.home == FieldHome::Case && f.kind != FieldKind::Months)
                out << f.key;
        }
        return out;
    }();
    return cols;
}

const QStringList &personColumns()
{
    static const QStringList cols = [] {
        QStringList out;
        for (const FieldInfo &f : FieldCatalog::fields()) {
            if (f.home == FieldHome::Person)
                out << f.key;
        }
        return out;
    }();
    return cols;
}

// The columns among `columns` whose answer differs between the stored case and the edited one.
QStringList changedColumns(const QStringList &columns, const CaseRecord &before, const CaseRecord &after)
{
    QStringList out;
    for (const QString &c : columns) {
        if (before.value(c) != after.value(c))
            out << c;
    }
    return out;
}

// Submitters compared by what was answered; a form may rebuild them without their row ids.
bool sameSubmitters(const QList<Submitter> &a, const QList<Submitter> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Submitter &x, const Submitter &y) {
        return x.name == y.name && x.relationship == y.relationship && x.phone == y.phone && x.email == y.email
               && x.address == y.address && x.language == y.language;
    });
}

// Case columns that the search index reads (refreshSearch); the person's columns and submitters are all read.
bool touchesSearch(const QStringList &changedCaseColumns)
{
    static const QStringList searched{u"case_number"_s, u"facility"_s, u"offense"_s,
                                      u"medical_summary"_s, u"family_summary"_s, u"other_summary"_s};
    return std::any_of(changedCaseColumns.cbegin(), changedCaseColumns.cend(),
                       [](const QString &c) { return searched.contains(c); });
}

// Binding names are built from our own column names, never from user text.
QString placeholder(const QString &column)
{
    return u':' + column;
}

Error validationError(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const FieldIssue &i : issues) {
        if (i.severity == FieldIssue::Severity::Error)
            lines << FieldCatalog::label(i.field) + u": "_s + i.message;
    }
    return Error::make(Error::Kind::InvalidInput,
                       CaseRepository::tr("The case was not saved because some answers are not valid:\n%1")
                           .arg(lines.join(u'\n')));
}

} // namespace

CaseRepository::CaseRepository(const Database &database) : m_db(database.connection()) {}

CaseRepository::CaseRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

Result<qint64> CaseRepository::create(CaseRecord &record)
{
    // Work on a copy: a failed save must leave the caller's record as it was (no id of a rolled-back
    // row), so that the person can fix the answer and save again.
    CaseRecord working = record;
    auto id = createFrom(working);
    if (id)
        record = working;
    return id;
}

Result<qint64> CaseRepository::createFrom(CaseRecord &record)
{
    record.id = 0;
    record.personId = 0;
    record.returningPerson = false;
    CaseValidator::normalize(record);
    if (record.value(u"submitted_at").isEmpty())
        record.setValue(u"submitted_at"_s, QDate::currentDate().toString(Qt::ISODate));
    const auto issues = CaseValidator::validate(record, QDate::currentDate());
    if (CaseValidator::hasErrors(issues))
        return validationError(issues);
    if (!CaseStatus::isValid(record.status))
        record.status = u"received"_s;

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = writePerson(record, true); !s)
        return s.error();
    if (Status s = writeCaseColumns(record, true); !s)
        return s.error();
    if (Status s = writeSubmitters(record); !s)
        return s.error();
    if (Status s = recordStatus(record.id, {}, record.status, tr("Request received")); !s)
        return s.error();
    if (m_pendingSearch) {
        m_pendingSearch->insert(record.personId);
    } else if (Status s = refreshSearch(record.personId); !s) {
        return s.error();
    }
    // A new case has no earlier screening to compare with or retire.
    if (auto screened = ScreeningStore::screenAndStoreNew(m_db, record, QDate::currentDate()); !screened)
        return screened.error();
    if (Status s = AuditLog::record(m_db, u"case"_s, record.id, u"create"_s, {}, record.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    record.rowVersion = 1;
    return record.id;
}

Status CaseRepository::update(CaseRecord &record)
{
    CaseRecord working = record;
    Status s = updateFrom(working);
    if (s)
        record = working;
    return s;
}

Status CaseRepository::updateFrom(CaseRecord &record)
{
    CaseValidator::normalize(record);
    const auto issues = CaseValidator::validate(record, QDate::currentDate());
    if (CaseValidator::hasErrors(issues))
        return validationError(issues);

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = loadIn(m_db, record.id);
    if (!before)
        return before.error();
    if (before->rowVersion != record.rowVersion) {
        return Error::make(Error::Kind::Conflict,
                           tr("Case %1 was changed by someone else after you opened it. Your changes were not "
                              "saved; reload the case to see the other changes.")
                               .arg(record.id));
    }
    record.personId = before->personId;
    record.status = before->status; // status moves only through changeStatus()
    // Only what changed is written: every column written costs its index entries, and a save should stay
    // a few milliseconds on a 100,000-case file (issue 10). The case row itself is always written (row
    // version, time of the change).
    const bool personChanged = !changedColumns(personColumns(), *before, record).isEmpty();
    const bool submittersChanged = !sameSubmitters(before->allSubmitters(), record.allSubmitters());
    const QStringList caseChanged = changedColumns(plainCaseColumns(), *before, record);
    if (personChanged) {
        if (Status s = writePerson(record, false); !s)
            return s;
    }
    if (Status s = writeCaseColumns(record, false, caseChanged); !s)
        return s;
    if (submittersChanged) {
        if (Status s = writeSubmitters(record); !s)
            return s;
    }
    if (personChanged || submittersChanged || touchesSearch(caseChanged)) {
        if (Status s = refreshSearch(record.personId); !s)
            return s;
    }
    if (auto screened = ScreeningStore::screenAndStore(m_db, record, QDate::currentDate()); !screened)
        return screened.error();
    record.rowVersion = before->rowVersion + 1;
    if (Status s = AuditLog::record(m_db, u"case"_s, record.id, u"update"_s, before->toJson(), record.toJson()); !s)
        return s;
    return tx.commit();
}

Status CaseRepository::writePerson(CaseRecord &record, bool isNew)
{
    const QString now = nowUtc();
    const QString reg = record.value(u"register_number");
    if (isNew && !reg.isEmpty()) {
        auto existing = Sql::scalar(m_db, u"SELECT id FROM persons WHERE register_number = :r ORDER BY id LIMIT 1"_s,
                                    {{":r", reg}});
        if (!existing)
            return existing.error();
        if (existing->isValid()) {
            record.personId = existing->toLongLong();
            record.returningPerson = true;
        }
    }
    const bool insert = record.personId == 0;
    QString sql;
    if (insert) {
        sql = u"INSERT INTO persons(%1, name_sort_key, created_at, updated_at) VALUES (%2, :sort_key, :now, :now)"_s.arg(
            personColumns().join(u", "_s),
            [] {
                QStringList p;
                for (const QString &c : personColumns())
                    p << placeholder(c);
                return p.join(u", "_s);
            }());
    } else {
        QStringList sets;
        for (const QString &c : personColumns()) {
            // A returning person's new request fills gaps but does not blank what is known.
            if (isNew)
                sets << u"%1 = CASE WHEN coalesce(CAST(%2 AS TEXT), '') = '' THEN %1 ELSE %2 END"_s.arg(c, placeholder(c));
            else
                sets << c + u" = "_s + placeholder(c);
        }
        // The case list orders by the name's sort key (migration 11): it follows the name whenever the name is
        // written, so a returning person's blank name keeps the old key with the old name.
        if (isNew)
            sets << u"name_sort_key = CASE WHEN coalesce(CAST(:person_name AS TEXT), '') = '' THEN name_sort_key"
                    " ELSE :sort_key END"_s;
        else
            sets << u"name_sort_key = :sort_key"_s;
        sql = u"UPDATE persons SET %1, updated_at = :now WHERE id = :id"_s.arg(sets.join(u", "_s));
    }
    auto q = Sql::prepare(m_db, sql);
    if (!q)
        return q.error();
    for (const QString &c : personColumns()) {
        const QString v = record.value(c);
        // NOT NULL text columns take '', nullable ones NULL.
        const bool nullable = c == "register_number"_L1 || c == "date_of_birth"_L1;
        q->bindValue(placeholder(c), nullable ? textOrNull(v) : Sql::text(v));
    }
    q->bindValue(u":sort_key"_s, Collation::sortKey(record.value(u"person_name")));
    q->bindValue(u":now"_s, now);
    if (!insert)
        q->bindValue(u":id"_s, record.personId);
    if (Status s = Sql::exec(*q); !s)
        return s;
    if (insert) {
        record.personId = q->lastInsertId().toLongLong();
    } else {
        // The person's answers belong to every case of that person: a form open on another of them now
        // holds stale values, and its save must meet the conflict (and merge) dialog rather than write them
        // back over this change.
        if (auto bump = Sql::run(m_db, u"UPDATE cases SET row_version = row_version + 1"
                                       " WHERE person_id = :p AND id <> :id"_s,
                                 {{":p", record.personId}, {":id", record.id}});
            !bump)
            return bump.error();
    }
    return Status();
}

Status CaseRepository::writeCaseColumns(CaseRecord &record, bool isNew, const QStringList &changed)
{
    const QStringList &cols = isNew ? plainCaseColumns() : changed;
    QString sql;
    if (isNew) {
        QStringList ph;
        for (const QString &c : cols)
            ph << placeholder(c);
        sql = u"INSERT INTO cases(person_id, status, %1, sentence_months, sentence_life, extra_answers,"
              " returning_person, row_version, created_at, updated_at)"
              " VALUES (:person_id, :status, %2, :sentence_months, :sentence_life, :extra, :returning, 1, :now, :now)"_s
                  .arg(cols.join(u", "_s), ph.join(u", "_s));
    } else {
        QStringList sets;
        for (const QString &c : cols)
            sets << c + u" = "_s + placeholder(c) + u", "_s;
        sql = u"UPDATE cases SET %1sentence_months = :sentence_months, sentence_life = :sentence_life,"
              " extra_answers = :extra, row_version = row_version + 1, updated_at = :now"
              " WHERE id = :id AND row_version = :row_version"_s
                  .arg(sets.join(QString()));
    }
    auto q = Sql::prepare(m_db, sql);
    if (!q)
        return q.error();
    for (const QString &c : cols)
        q->bindValue(placeholder(c), textOrNull(record.value(c)));
    const auto months = record.sentenceMonths();
    q->bindValue(u":sentence_months"_s, months ? QVariant(*months) : QVariant(QMetaType(QMetaType::Int)));
    q->bindValue(u":sentence_life"_s, record.isLifeSentence() ? 1 : 0);
    q->bindValue(u":extra"_s, QString::fromUtf8(QJsonDocument(record.extraAnswers).toJson(QJsonDocument::Compact)));
    q->bindValue(u":now"_s, nowUtc());
    if (isNew) {
        q->bindValue(u":person_id"_s, record.personId);
        q->bindValue(u":status"_s, record.status);
        q->bindValue(u":returning"_s, record.returningPerson ? 1 : 0);
    } else {
        q->bindValue(u":id"_s, record.id);
        q->bindValue(u":row_version"_s, record.rowVersion);
    }
    if (Status s = Sql::exec(*q); !s)
        return s;
    if (isNew) {
        record.id = q->lastInsertId().toLongLong();
    } else if (q->numRowsAffected() != 1) {
        return Error::make(Error::Kind::Conflict,
                           tr("Case %1 was changed by someone else after you opened it. Your changes were not "
                              "saved; reload the case to see the other changes.")
                               .arg(record.id));
    }
    return Status();
}

Status CaseRepository::writeSubmitters(const CaseRecord &record)
{
    if (auto d = Sql::run(m_db, u"DELETE FROM submitters WHERE case_id = :id"_s, {{":id", record.id}}); !d)
        return d.error();
    auto q = Sql::prepare(m_db,
                          u"INSERT INTO submitters(case_id, position, name, relationship, phone, email, address,"
                          " language, phone_key, email_key)"
                          " VALUES (:case, :pos, :name, :rel, :phone, :email, :address, :lang, :pkey, :ekey)"_s);
    if (!q)
        return q.error();
    int position = 0;
    for (const Submitter &s : record.allSubmitters()) {
        const QString pkey = CaseValidator::phoneKey(s.phone);
        const QString ekey = CaseValidator::emailKey(s.email);
        Status st = Sql::exec(*q, {{":case", record.id},
                                   {":pos", position++},
                                   {":name", Sql::text(s.name)},
                                   {":rel", Sql::text(s.relationship)},
                                   {":phone", Sql::text(s.phone)},
                                   {":email", Sql::text(s.email)},
                                   {":address", Sql::text(s.address)},
                                   {":lang", Sql::text(s.language)},
                                   {":pkey", textOrNull(pkey)},
                                   {":ekey", textOrNull(ekey)}});
        if (!st)
            return st;
    }
    return Status();
}

Status CaseRepository::refreshSearch(qint64 personId)
{
    return refreshSearch(QSet<qint64>{personId});
}

Status CaseRepository::refreshSearch(const QSet<qint64> &personIds)
{
    if (personIds.isEmpty())
        return Status();
    QJsonArray ids;
    for (qint64 id : personIds)
        ids.append(id);
    const QString list = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    const Backend backend = Dialect::of(m_db);
    const QString idList = Dialect::idsFromJson(backend, u":ids"_s);
    auto del = Sql::run(m_db,
                        u"DELETE FROM case_search WHERE rowid IN (SELECT c.id FROM cases c"
                        " WHERE c.person_id IN (%1))"_s.arg(idList),
                        {{":ids", list}});
    if (!del)
        return del.error();
    auto ins = Sql::run(
        m_db,
        u"INSERT INTO case_search(rowid, person_name, aliases, register_number, case_number, submitters,"
        " facility, summaries)"
        " SELECT c.id, p.person_name, p.aliases, coalesce(p.register_number, ''), coalesce(c.case_number, ''),"
        " coalesce((SELECT %1 FROM submitters s WHERE s.case_id = c.id), ''),"
        " coalesce(c.facility, ''),"
        " coalesce(c.offense, '') || ' ' || coalesce(c.medical_summary, '') || ' ' || coalesce(c.family_summary, '')"
        "   || ' ' || coalesce(c.other_summary, '')"
        " FROM cases c JOIN persons p ON p.id = c.person_id"
        " WHERE c.person_id IN (%2)"_s.arg(Dialect::groupConcat(backend, u"s.name"_s, u" "_s), idList),
        {{":ids", list}});
    if (!ins)
        return ins.error();
    return Status();
}

Status CaseRepository::recordStatus(qint64 caseId, const QString &from, const QString &to, const QString &comment)
{
    auto q = Sql::run(m_db,
                      u"INSERT INTO status_history(case_id, from_status, to_status, changed_by, changed_at, comment)"
                      " VALUES (:case, :from, :to, :by, :at, :comment)"_s,
                      {{":case", caseId},
                       {":from", textOrNull(from)},
                       {":to", to},
                       {":by", Actor::current()},
                       {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {":comment", Sql::text(comment)}});
    if (!q)
        return q.error();
    return Status();
}

Result<CaseRecord> CaseRepository::load(qint64 caseId) const
{
    return loadIn(m_db, caseId);
}

Result<CaseRecord> CaseRepository::loadIn(const QSqlDatabase &db, qint64 caseId) const
{
    QStringList select;
    // The summaries only where this connection may read them (SensitiveData); empty otherwise.
    for (const QString &c : plainCaseColumns())
        select << SensitiveData::column(db, u"cases"_s, c, u"c"_s);
    for (const QString &c : personColumns())
        select << u"p."_s + c;
    const QString sql = u"SELECT c.id, c.person_id, c.status, c.row_version, c.returning_person, %2,"
                        " c.sentence_months, c.sentence_life, c.created_at, c.updated_at, %1"
                        " FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = :id"_s
                            .arg(select.join(u", "_s),
                                 SensitiveData::column(db, u"cases"_s, u"extra_answers"_s, u"c"_s));
    auto q = Sql::run(db, sql, {{":id", caseId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("There is no case %1.").arg(caseId));
    CaseRecord r;
    r.id = q->value(0).toLongLong();
    r.personId = q->value(1).toLongLong();
    r.status = q->value(2).toString();
    r.rowVersion = q->value(3).toInt();
    r.returningPerson = q->value(4).toInt() != 0;
    r.extraAnswers = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
    if (q->value(7).toInt() != 0)
        r.setValue(u"sentence_months"_s, u"life"_s);
    else if (!q->value(6).isNull())
        r.setValue(u"sentence_months"_s, QString::number(q->value(6).toInt()));
    r.createdAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q->value(9).toString(), Qt::ISODate);
    int col = 10;
    for (const QString &c : plainCaseColumns())
        r.setValue(c, q->value(col++).toString());
    for (const QString &c : personColumns())
        r.setValue(c, q->value(col++).toString());

    auto subs = Sql::run(db,
                         u"SELECT id, name, relationship, phone, email, address, language FROM submitters"
                         " WHERE case_id = :id ORDER BY position"_s,
                         {{":id", caseId}});
    if (!subs)
        return subs.error();
    bool first = true;
    while (subs->next()) {
        Submitter s;
        s.id = subs->value(0).toLongLong();
        s.name = subs->value(1).toString();
        s.relationship = subs->value(2).toString();
        s.phone = subs->value(3).toString();
        s.email = subs->value(4).toString();
        s.address = subs->value(5).toString();
        s.language = subs->value(6).toString();
        if (first)
            r.setPrimarySubmitter(s);
        else
            r.moreSubmitters << s;
        first = false;
    }
    return r;
}

Result<std::optional<qint64>> CaseRepository::findBySubmissionId(const QString &submissionId) const
{
    auto v = Sql::scalar(m_db, u"SELECT id FROM cases WHERE submission_id = :s"_s, {{":s", submissionId}});
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Status CaseRepository::changeStatus(qint64 caseId, const QString &toStatus, const QString &comment)
{
    if (!CaseStatus::isValid(toStatus))
        return Error::make(Error::Kind::InvalidInput, tr("“%1” is not a case status.").arg(toStatus));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto current = Sql::scalar(m_db, u"SELECT status FROM cases WHERE id = :id"_s, {{":id", caseId}});
    if (!current)
        return current.error();
    if (!current->isValid())
        return Error::make(Error::Kind::NotFound, tr("There is no case %1.").arg(caseId));
    const QString from = current->toString();
    if (from == toStatus)
        return Status();
    if (!CaseStatus::canMove(from, toStatus)) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("A case that is “%1” cannot move to “%2”.")
                               .arg(CaseStatus::label(from), CaseStatus::label(toStatus)));
    }
    auto upd = Sql::run(m_db,
                        u"UPDATE cases SET status = :s, row_version = row_version + 1, updated_at = :now"
                        " WHERE id = :id"_s,
                        {{":s", toStatus}, {":now", nowUtc()}, {":id", caseId}});
    if (!upd)
        return upd.error();
    if (Status s = recordStatus(caseId, from, toStatus, comment); !s)
        return s;
    if (Status s = AuditLog::record(m_db, u"case"_s, caseId, u"status"_s, QJsonObject{{u"status"_s, from}},
                                    QJsonObject{{u"status"_s, toStatus}, {u"comment"_s, comment}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<StatusChange>> CaseRepository::statusHistory(qint64 caseId) const
{
    auto q = Sql::run(m_db,
                      u"SELECT from_status, to_status, changed_by, changed_at, comment FROM status_history"
                      " WHERE case_id = :id ORDER BY id"_s,
                      {{":id", caseId}});
    if (!q)
        return q.error();
    QList<StatusChange> out;
    while (q->next()) {
        out << StatusChange{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs), q->value(4).toString()};
    }
    return out;
}

Result<qint64> CaseRepository::addNote(qint64 caseId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("The note is empty."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto q = Sql::run(m_db,
                      u"INSERT INTO notes(case_id, author, created_at, body) VALUES (:case, :author, :at, :body)"_s,
                      {{":case", caseId},
                       {":author", Actor::current()},
                       {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {":body", body}});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, u"case"_s, caseId, u"note"_s, {}, QJsonObject{{u"note"_s, body}}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CaseNote>> CaseRepository::notes(qint64 caseId) const
{
    auto q = Sql::run(m_db, u"SELECT id, author, created_at, body FROM notes WHERE case_id = :id ORDER BY id"_s,
                      {{":id", caseId}});
    if (!q)
        return q.error();
    QList<CaseNote> out;
    while (q->next()) {
        out << CaseNote{q->value(0).toLongLong(), q->value(1).toString(),
                        QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs), q->value(3).toString()};
    }
    return out;
}

Result<QList<DuplicateCandidate>> CaseRepository::findDuplicates(const CaseRecord &record, qint64 excludeCaseId) const
{
    CaseRecord r = record;
    CaseValidator::normalize(r);
    const QString reg = r.value(u"register_number");
    const QString name = r.value(u"person_name").trimmed().toLower();
    const QString dob = r.value(u"date_of_birth");
    QStringList phoneKeys, emailKeys;
    for (const Submitter &s : r.allSubmitters()) {
        if (CaseValidator::phoneKey(s.phone).size() >= 7)
            phoneKeys << CaseValidator::phoneKey(s.phone);
        if (!CaseValidator::emailKey(s.email).isEmpty())
            emailKeys << CaseValidator::emailKey(s.email);
    }

    QMap<qint64, DuplicateCandidate> found;
    auto collect = [&](const QString &where, std::initializer_list<Sql::Binding> bindings,
                       const QString &matchedOn) -> Status {
        auto q = Sql::run(m_db,
                          u"SELECT DISTINCT c.id, p.person_name, coalesce(p.register_number, ''),"
                          " coalesce(p.date_of_birth, ''), c.status, coalesce(c.submitted_at, '')"
                          " FROM cases c JOIN persons p ON p.id = c.person_id"
                          " LEFT JOIN submitters s ON s.case_id = c.id"
                          " WHERE c.id <> :exclude AND (%1) ORDER BY c.id DESC LIMIT 50"_s.arg(where),
                          bindings);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            DuplicateCandidate &d = found[id];
            d.caseId = id;
            d.personName = q->value(1).toString();
            d.registerNumber = q->value(2).toString();
            d.dateOfBirth = q->value(3).toString();
            d.status = q->value(4).toString();
            d.submittedAt = q->value(5).toString();
            if (!d.matchedOn.contains(matchedOn))
                d.matchedOn << matchedOn;
        }
        return Status();
    };

    if (!reg.isEmpty()) {
        if (Status s = collect(u"p.register_number = :reg"_s, {{":exclude", excludeCaseId}, {":reg", reg}},
                               u"register_number"_s);
            !s)
            return s.error();
    }
    if (!name.isEmpty() && !dob.isEmpty()) {
        // SQLite's lower() folds ASCII only ("GARCÍA" stays "garcÍa"): take everyone born that day (a
        // handful, by index) and compare the names folded here, ignoring case and accents.
        auto q = Sql::run(m_db,
                          u"SELECT c.id, p.person_name FROM cases c JOIN persons p ON p.id = c.person_id"
                          " WHERE p.date_of_birth = :dob AND c.id <> :exclude"_s,
                          {{":dob", dob}, {":exclude", excludeCaseId}});
        if (!q)
            return q.error();
        QList<qint64> sameName;
        while (q->next()) {
            if (CaseValidator::nameKey(q->value(1).toString()) == CaseValidator::nameKey(name))
                sameName << q->value(0).toLongLong();
        }
        for (qint64 id : sameName) {
            if (Status s = collect(u"c.id = :id"_s, {{":exclude", excludeCaseId}, {":id", id}},
                                   u"name_and_birth_date"_s);
                !s)
                return s.error();
        }
    }
    for (const QString &k : phoneKeys) {
        if (Status s = collect(u"s.phone_key = :k"_s, {{":exclude", excludeCaseId}, {":k", k}}, u"submitter_phone"_s); !s)
            return s.error();
    }
    for (const QString &k : emailKeys) {
        if (Status s = collect(u"s.email_key = :k"_s, {{":exclude", excludeCaseId}, {":k", k}}, u"submitter_email"_s); !s)
            return s.error();
    }
    return found.values();
}

Result<int> CaseRepository::count() const
{
    auto v = Sql::scalar(m_db, u"SELECT count(*) FROM cases"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<qint64>> CaseRepository::allIds() const
{
    auto q = Sql::run(m_db, u"SELECT id FROM cases ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> CaseRepository::saveDraft(qint64 draftId, qint64 caseId, const QByteArray &payload)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    qint64 id = draftId;
    if (draftId > 0) {
        auto q = Sql::run(m_db, u"UPDATE drafts SET payload = :p, saved_at = :at WHERE id = :id"_s,
                          {{":p", QString::fromUtf8(payload)}, {":at", nowUtc()}, {":id", draftId}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            id = 0;
    }
    if (id == 0) {
        auto q = Sql::run(m_db,
                          u"INSERT INTO drafts(case_id, actor, saved_at, payload) VALUES (:case, :actor, :at, :p)"_s,
                          {{":case", caseId > 0 ? QVariant(caseId) : QVariant(QMetaType(QMetaType::LongLong))},
                           {":actor", Actor::current()},
                           {":at", nowUtc()},
                           {":p", QString::fromUtf8(payload)}});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CaseRepository::deleteDraft(qint64 draftId)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (auto q = Sql::run(m_db, u"DELETE FROM drafts WHERE id = :id"_s, {{":id", draftId}}); !q)
        return q.error();
    return tx.commit();
}

Result<QList<CaseRepository::Draft>> CaseRepository::drafts() const
{
    auto q = Sql::run(m_db, u"SELECT id, coalesce(case_id, 0), saved_at, payload FROM drafts ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<Draft> out;
    while (q->next()) {
        out << Draft{q->value(0).toLongLong(), q->value(1).toLongLong(),
                     QDateTime::fromString(q->value(2).toString(), Qt::ISODate), q->value(3).toString().toUtf8()};
    }
    return out;
}

} // namespace ch
