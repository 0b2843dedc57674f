#include "ScreeningStore.h"

#include "ScreeningEngine.h"
#include "domain/CaseRecord.h"
#include "storage/CaseRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QVariant isoOrNull(const KeyDate &d)
{
    return d.date.isValid() ? QVariant(d.date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

StoredScreening fromRow(const QSqlQuery &q)
{
    StoredScreening s;
    s.id = q.value(0).toLongLong();
    s.caseId = q.value(1).toLongLong();
    s.ruleSetVersion = q.value(2).toString();
    s.asOf = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.screenedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    s.outcome = q.value(5).toString();
    s.reasons = q.value(6).toString().split(u';', Qt::SkipEmptyParts);
    s.missing = q.value(7).toString().split(u';', Qt::SkipEmptyParts);
    s.result = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    s.isCurrent = q.value(9).toInt() != 0;
    return s;
}

const QString kSelect = u"SELECT id, case_id, rule_set_version, as_of, screened_at, outcome, reasons, missing,"
                        " result_json, is_current FROM screening_results"_s;

} // namespace

Result<ScreeningResult> ScreeningStore::screenAndStore(const QSqlDatabase &db, const CaseRecord &record, QDate asOf)
{
    auto result = ScreeningEngine::screenWithBuiltInRules(record, asOf);
    if (!result)
        return result.error();
    result->caseId = record.id;
    if (Status s = store(db, *result); !s)
        return s.error();
    return result;
}

Result<ScreeningResult> ScreeningStore::screenAndStoreNew(const QSqlDatabase &db, const CaseRecord &record,
                                                          QDate asOf)
{
    auto result = ScreeningEngine::screenWithBuiltInRules(record, asOf);
    if (!result)
        return result.error();
    result->caseId = record.id;
    const QString text = QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact));
    if (Status s = insertCurrent(db, *result, text); !s)
        return s.error();
    return result;
}

namespace {

// The sentences of a result (explanations, warnings) are written in the language of the program at the time;
// a result that differs only in them is the same decision, and is not kept twice.
QJsonObject withoutSentences(QJsonObject o)
{
    o.remove(u"explanations"_s);
    o.remove(u"warnings"_s);
    return o;
}

bool sameDecision(const QString &storedText, const QJsonObject &fresh)
{
    const QJsonObject stored = QJsonDocument::fromJson(storedText.toUtf8()).object();
    return withoutSentences(stored) == withoutSentences(fresh);
}

} // namespace

Status ScreeningStore::store(const QSqlDatabase &db, const ScreeningResult &result)
{
    const QJsonObject json = result.toJson();
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto existing = Sql::scalar(db, u"SELECT result_json FROM screening_results WHERE case_id = :c AND is_current = 1"_s,
                                {{":c", result.caseId}});
    if (!existing)
        return existing.error();
    if (existing->isValid() && sameDecision(existing->toString(), json))
        return tx.commit(); // nothing new to keep
    if (auto u = Sql::run(db, u"UPDATE screening_results SET is_current = 0 WHERE case_id = :c AND is_current = 1"_s,
                          {{":c", result.caseId}});
        !u)
        return u.error();
    if (Status s = insertCurrent(db, result, text); !s)
        return s;
    return tx.commit();
}

Status ScreeningStore::insertCurrent(const QSqlDatabase &db, const ScreeningResult &result, const QString &text)
{
    auto ins = Sql::run(db,
                        u"INSERT INTO screening_results(case_id, rule_set_version, as_of, screened_at, outcome,"
                        " reasons, missing, age_prong, ten_years_served, statutory_70_30, exhaustion_ripe,"
                        " result_json, is_current)"
                        " VALUES (:c, :v, :asof, :at, :o, :r, :m, :age, :ten, :stat, :exh, :json, 1)"_s,
                        {{":c", result.caseId},
                         {":v", result.ruleSetVersion},
                         {":asof", result.asOf.toString(Qt::ISODate)},
                         {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {":o", result.outcomeCode()},
                         {":r", Sql::text(result.reasons.join(u';'))},
                         {":m", Sql::text(result.missing.join(u';'))},
                         {":age", isoOrNull(result.ageProng)},
                         {":ten", isoOrNull(result.tenYearsServed)},
                         {":stat", isoOrNull(result.statutory7030)},
                         {":exh", isoOrNull(result.exhaustionRipe)},
                         {":json", text}});
    if (!ins)
        return ins.error();
    return Status();
}

Result<std::optional<StoredScreening>> ScreeningStore::current(const QSqlDatabase &db, qint64 caseId)
{
    auto q = Sql::run(db, kSelect + u" WHERE case_id = :c AND is_current = 1"_s, {{":c", caseId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredScreening>();
    return std::optional<StoredScreening>(fromRow(*q));
}

Result<QList<StoredScreening>> ScreeningStore::history(const QSqlDatabase &db, qint64 caseId)
{
    auto q = Sql::run(db, kSelect + u" WHERE case_id = :c ORDER BY id DESC"_s, {{":c", caseId}});
    if (!q)
        return q.error();
    QList<StoredScreening> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

std::pair<QString, QDate> QueueEntry::nextKeyDate(QDate today) const
{
    const std::pair<QString, QDate> dates[] = {{u"age_prong"_s, ageProng},
                                               {u"ten_years_served"_s, tenYearsServed},
                                               {u"statutory_70_30"_s, statutory7030},
                                               {u"exhaustion_ripe"_s, exhaustionRipe}};
    std::pair<QString, QDate> best;
    for (const auto &d : dates) {
        if (d.second.isValid() && d.second >= today && (!best.second.isValid() || d.second < best.second))
            best = d;
    }
    return best;
}

Result<QList<QueueEntry>> ScreeningStore::queue(const QSqlDatabase &db, bool pendingOnly)
{
    QString sql = u"SELECT c.id, p.person_name, c.status, r.outcome, r.reasons, r.missing, r.as_of,"
                  " coalesce(r.age_prong, ''), coalesce(r.ten_years_served, ''), coalesce(r.statutory_70_30, ''),"
                  " coalesce(r.exhaustion_ripe, '')"
                  " FROM screening_results r JOIN cases c ON c.id = r.case_id JOIN persons p ON p.id = c.person_id"
                  " WHERE r.is_current = 1"_s;
    if (pendingOnly)
        sql += u" AND c.status IN ('received', 'screening', 'needs_info')"_s;
    sql += u" ORDER BY c.id"_s;
    auto q = Sql::run(db, sql);
    if (!q)
        return q.error();
    auto date = [](const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); };
    QList<QueueEntry> out;
    while (q->next()) {
        QueueEntry e;
        e.caseId = q->value(0).toLongLong();
        e.personName = q->value(1).toString();
        e.status = q->value(2).toString();
        e.outcome = q->value(3).toString();
        e.reasons = q->value(4).toString().split(u';', Qt::SkipEmptyParts);
        e.missing = q->value(5).toString().split(u';', Qt::SkipEmptyParts);
        e.asOf = date(q->value(6));
        e.ageProng = date(q->value(7));
        e.tenYearsServed = date(q->value(8));
        e.statutory7030 = date(q->value(9));
        e.exhaustionRipe = date(q->value(10));
        out << e;
    }
    return out;
}

Result<RescreenSummary> ScreeningStore::rescreenAll(const QSqlDatabase &db, QDate asOf,
                                                    const std::function<bool(int, int)> &progress)
{
    constexpr int kBatch = 500;
    CaseRepository repo(db);
    auto ids = repo.allIds();
    if (!ids)
        return ids.error();
    RescreenSummary summary;
    summary.total = static_cast<int>(ids->size());
    if (progress && !progress(0, summary.total)) {
        summary.cancelled = true;
        return summary;
    }
    for (qsizetype start = 0; start < ids->size(); start += kBatch) {
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        const qsizetype end = std::min(ids->size(), start + kBatch);
        for (qsizetype i = start; i < end; ++i) {
            auto record = repo.load(ids->at(i));
            if (!record)
                return record.error();
            if (auto screened = screenAndStore(db, *record, asOf); !screened)
                return screened.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        summary.screened = static_cast<int>(end);
        if (progress && !progress(summary.screened, summary.total) && end < ids->size()) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

} // namespace ch
