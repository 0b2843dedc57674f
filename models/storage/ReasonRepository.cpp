#include "ReasonRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SensitiveData.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "core/Actor.h"
#include "domain/ReasonCatalog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QJsonObject toJson(const EvidenceItem &e)
{
    return QJsonObject{{u"reason"_s, e.reasonCode},
                       {u"type"_s, e.type},
                       {u"description"_s, e.description},
                       {u"requested_on"_s, e.requestedOn.toString(Qt::ISODate)},
                       {u"received_on"_s, e.receivedOn.toString(Qt::ISODate)},
                       {u"file_reference"_s, e.fileReference}};
}

} // namespace

ReasonRepository::ReasonRepository(const Database &database) : m_db(database.connection()) {}

ReasonRepository::ReasonRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

QStringList ReasonRepository::assessments()
{
    return {u"not_assessed"_s, u"likely"_s, u"possible"_s, u"unlikely"_s};
}

QString ReasonRepository::assessmentLabel(QStringView code)
{
    if (code == u"likely") return tr("Likely");
    if (code == u"possible") return tr("Possible");
    if (code == u"unlikely") return tr("Unlikely");
    return tr("Not assessed");
}

QStringList ReasonRepository::evidenceTypes()
{
    return {u"medical_records"_s, u"bop_medical_records"_s, u"bop_records"_s, u"physician_letter"_s,
            u"death_certificate"_s, u"incapacity_evidence"_s, u"birth_certificate"_s, u"finding_of_abuse"_s,
            u"judgment"_s, u"psr"_s, u"warden_request"_s, u"warden_response"_s, u"other"_s};
}

QString ReasonRepository::evidenceTypeLabel(QStringView type)
{
    if (type == u"medical_records") return tr("Medical records");
    if (type == u"bop_medical_records") return tr("BOP medical records");
    if (type == u"bop_records") return tr("BOP records");
    if (type == u"physician_letter") return tr("Physician's letter");
    if (type == u"death_certificate") return tr("Death certificate");
    if (type == u"incapacity_evidence") return tr("Evidence of incapacity");
    if (type == u"birth_certificate") return tr("Birth certificate");
    if (type == u"finding_of_abuse") return tr("Conviction or finding of abuse");
    if (type == u"judgment") return tr("Judgment");
    if (type == u"psr") return tr("Presentence report");
    if (type == u"warden_request") return tr("Request to the warden");
    if (type == u"warden_response") return tr("Warden's response");
    return tr("Other document");
}

Result<QList<ReasonAssessment>> ReasonRepository::forCase(qint64 caseId) const
{
    auto claimedText = Sql::scalar(m_db, u"SELECT coalesce(reasons, '') FROM cases WHERE id = :id"_s, {{":id", caseId}});
    if (!claimedText)
        return claimedText.error();
    if (!claimedText->isValid())
        return Error::make(Error::Kind::NotFound, tr("There is no case %1.").arg(caseId));
    QStringList claimed;
    for (const QString &c : claimedText->toString().split(u';', Qt::SkipEmptyParts))
        claimed << c.trimmed();

    QList<ReasonAssessment> out;
    for (const ReasonInfo &r : ReasonCatalog::reasons()) {
        ReasonAssessment a;
        a.code = r.code;
        a.claimed = claimed.contains(r.code);
        out << a;
    }
    auto find = [&out](const QString &code) -> ReasonAssessment * {
        for (ReasonAssessment &a : out) {
            if (a.code == code)
                return &a;
        }
        return nullptr;
    };
    // Narratives, evidence descriptions and files only where this connection may read them (SensitiveData).
    auto q = Sql::run(m_db,
                      u"SELECT code, assessment, %1, coalesce(updated_by, ''), coalesce(updated_at, '')"
                      " FROM reason_assessments WHERE case_id = :id"_s
                          .arg(SensitiveData::column(m_db, u"reason_assessments"_s, u"narrative"_s)),
                      {{":id", caseId}});
    if (!q)
        return q.error();
    while (q->next()) {
        if (ReasonAssessment *a = find(q->value(0).toString())) {
            a->assessment = q->value(1).toString();
            a->narrative = q->value(2).toString();
            a->updatedBy = q->value(3).toString();
            a->updatedAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODate);
        }
    }
    auto e = Sql::run(m_db,
                      u"SELECT id, reason_code, evidence_type, %1, coalesce(requested_on, ''),"
                      " coalesce(received_on, ''), %2 FROM evidence_items WHERE case_id = :id ORDER BY id"_s
                          .arg(SensitiveData::column(m_db, u"evidence_items"_s, u"description"_s),
                               SensitiveData::column(m_db, u"evidence_items"_s, u"file_reference"_s)),
                      {{":id", caseId}});
    if (!e)
        return e.error();
    while (e->next()) {
        EvidenceItem item;
        item.id = e->value(0).toLongLong();
        item.caseId = caseId;
        item.reasonCode = e->value(1).toString();
        item.type = e->value(2).toString();
        item.description = e->value(3).toString();
        item.requestedOn = QDate::fromString(e->value(4).toString(), Qt::ISODate);
        item.receivedOn = QDate::fromString(e->value(5).toString(), Qt::ISODate);
        item.fileReference = e->value(6).toString();
        if (ReasonAssessment *a = find(item.reasonCode))
            a->evidence << item;
    }
    return out;
}

Status ReasonRepository::setAssessment(qint64 caseId, const QString &code, const QString &assessment,
                                       const QString &narrative)
{
    if (!ReasonCatalog::isValid(code))
        return Error::make(Error::Kind::InvalidInput, tr("“%1” is not a known reason.").arg(code));
    if (!assessments().contains(assessment))
        return Error::make(Error::Kind::InvalidInput, tr("“%1” is not an assessment.").arg(assessment));
    if (narrative.size() > 20000)
        return Error::make(Error::Kind::InvalidInput, tr("The narrative is too long (at most 20,000 characters)."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = Sql::run(m_db,
                           u"SELECT assessment, narrative FROM reason_assessments WHERE case_id = :c AND code = :code"_s,
                           {{":c", caseId}, {":code", code}});
    if (!before)
        return before.error();
    QJsonObject b;
    if (before->next())
        b = QJsonObject{{u"assessment"_s, before->value(0).toString()}, {u"narrative"_s, before->value(1).toString()}};
    auto up = Sql::run(m_db,
                       u"INSERT INTO reason_assessments(case_id, code, assessment, narrative, updated_by, updated_at)"
                       " VALUES (:c, :code, :a, :n, :by, :at)"
                       " ON CONFLICT(case_id, code) DO UPDATE SET assessment = excluded.assessment,"
                       " narrative = excluded.narrative, updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s,
                       {{":c", caseId},
                        {":code", code},
                        {":a", assessment},
                        {":n", Sql::text(narrative)},
                        {":by", Actor::current()},
                        {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (!up)
        return up.error();
    QJsonObject a{{u"assessment"_s, assessment}, {u"narrative"_s, narrative}};
    if (b.isEmpty())
        b = QJsonObject{{u"assessment"_s, u"not_assessed"_s}, {u"narrative"_s, QString()}};
    b.insert(u"reason"_s, code);
    a.insert(u"reason"_s, code);
    // Its own action rather than "update": an update entry keeps only the changed keys, and the trail
    // must say which reason was assessed.
    if (a != b) {
        if (Status s = AuditLog::record(m_db, u"case"_s, caseId, u"reason_update"_s, b, a); !s)
            return s;
    }
    return tx.commit();
}

Status ReasonRepository::validate(const EvidenceItem &item) const
{
    if (!ReasonCatalog::isValid(item.reasonCode))
        return Error::make(Error::Kind::InvalidInput, tr("“%1” is not a known reason.").arg(item.reasonCode));
    if (!evidenceTypes().contains(item.type))
        return Error::make(Error::Kind::InvalidInput, tr("“%1” is not a kind of evidence.").arg(item.type));
    if (item.requestedOn.isValid() && item.receivedOn.isValid() && item.receivedOn < item.requestedOn)
        return Error::make(Error::Kind::InvalidInput, tr("The evidence cannot be received before it was requested."));
    if (item.description.size() > 2000 || item.fileReference.size() > 1000)
        return Error::make(Error::Kind::InvalidInput, tr("The description or file reference is too long."));
    return Status();
}

Result<qint64> ReasonRepository::addEvidence(EvidenceItem item)
{
    if (Status s = validate(item); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto q = Sql::run(m_db,
                      u"INSERT INTO evidence_items(case_id, reason_code, evidence_type, description, requested_on,"
                      " received_on, file_reference, created_at) VALUES (:c, :r, :t, :d, :req, :rec, :f, :at)"_s,
                      {{":c", item.caseId},
                       {":r", item.reasonCode},
                       {":t", item.type},
                       {":d", Sql::text(item.description)},
                       {":req", dateOrNull(item.requestedOn)},
                       {":rec", dateOrNull(item.receivedOn)},
                       {":f", Sql::text(item.fileReference)},
                       {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, u"case"_s, item.caseId, u"evidence_add"_s, {}, toJson(item)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ReasonRepository::updateEvidence(const EvidenceItem &item)
{
    if (Status s = validate(item); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto q = Sql::run(m_db,
                      u"UPDATE evidence_items SET reason_code = :r, evidence_type = :t, description = :d,"
                      " requested_on = :req, received_on = :rec, file_reference = :f WHERE id = :id AND case_id = :c"_s,
                      {{":r", item.reasonCode},
                       {":t", item.type},
                       {":d", Sql::text(item.description)},
                       {":req", dateOrNull(item.requestedOn)},
                       {":rec", dateOrNull(item.receivedOn)},
                       {":f", Sql::text(item.fileReference)},
                       {":id", item.id},
                       {":c", item.caseId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(Error::Kind::NotFound, tr("That evidence item no longer exists."));
    if (Status s = AuditLog::record(m_db, u"case"_s, item.caseId, u"evidence_update"_s, {}, toJson(item)); !s)
        return s;
    return tx.commit();
}

Status ReasonRepository::removeEvidence(qint64 evidenceId)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // The audit entry keeps what was removed, so that the trail still says which document it was.
    auto row = Sql::run(m_db,
                        u"SELECT case_id, reason_code, evidence_type, description, coalesce(requested_on, ''),"
                        " coalesce(received_on, ''), file_reference FROM evidence_items WHERE id = :id"_s,
                        {{":id", evidenceId}});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::make(Error::Kind::NotFound, tr("That evidence item no longer exists."));
    EvidenceItem removed;
    removed.caseId = row->value(0).toLongLong();
    removed.reasonCode = row->value(1).toString();
    removed.type = row->value(2).toString();
    removed.description = row->value(3).toString();
    removed.requestedOn = QDate::fromString(row->value(4).toString(), Qt::ISODate);
    removed.receivedOn = QDate::fromString(row->value(5).toString(), Qt::ISODate);
    removed.fileReference = row->value(6).toString();
    row->finish();
    if (auto d = Sql::run(m_db, u"DELETE FROM evidence_items WHERE id = :id"_s, {{":id", evidenceId}}); !d)
        return d.error();
    QJsonObject before = toJson(removed);
    before.insert(u"evidence_id"_s, evidenceId);
    if (Status s = AuditLog::record(m_db, u"case"_s, removed.caseId, u"evidence_remove"_s, before, {}); !s)
        return s;
    return tx.commit();
}

} // namespace ch
