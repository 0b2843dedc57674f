#pragma once

// ScreeningStore: screening results kept per case with the rule-set version and the as-of date. The
// newest result is the case's current one; older results stay as history. CaseRepository re-screens a
// case inside the same transaction whenever the case is saved, so the stored result always matches the
// stored answers.

#include "ScreeningResult.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace ch {

class CaseRecord;

struct StoredScreening
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString ruleSetVersion;
    QDate asOf;
    QDateTime screenedAt;
    QString outcome;
    QStringList reasons;
    QStringList missing;
    QJsonObject result; // ScreeningResult::toJson() as stored
    bool isCurrent = false;
};

// One line of the screening queue: a case, its current result and its key dates.
struct QueueEntry
{
    qint64 caseId = 0;
    QString personName;
    QString status; // CaseStatus code
    QString outcome;
    QStringList reasons; // failing gate codes
    QStringList missing; // gate fields
    QDate asOf;
    QDate ageProng;
    QDate tenYearsServed;
    QDate statutory7030;
    QDate exhaustionRipe;

    // The earliest key date on or after `today`, with its code; an invalid date when none lies ahead.
    std::pair<QString, QDate> nextKeyDate(QDate today) const;
};

// How a re-screening of every case went.
struct RescreenSummary
{
    int screened = 0;
    int total = 0;
    bool cancelled = false;
};

class ScreeningStore final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ScreeningStore)
public:
    // Screens record (already saved, record.id set) on asOf under the built-in rules and stores the result,
    // unless it is the same as the current one. Runs in the caller's transaction when there is one.
    static Result<ScreeningResult> screenAndStore(const QSqlDatabase &db, const CaseRecord &record, QDate asOf);
    static Status store(const QSqlDatabase &db, const ScreeningResult &result);
    // For a case created in the caller's open transaction: it has no earlier result to compare with or retire,
    // so the result is only inserted.
    static Result<ScreeningResult> screenAndStoreNew(const QSqlDatabase &db, const CaseRecord &record, QDate asOf);
    static Result<std::optional<StoredScreening>> current(const QSqlDatabase &db, qint64 caseId);
    static Result<QList<StoredScreening>> history(const QSqlDatabase &db, qint64 caseId); // newest first

    // The current result of every case; with pendingOnly, only cases still waiting for a screening
    // decision (status received, screening or needs_info). Ordered by case id.
    static Result<QList<QueueEntry>> queue(const QSqlDatabase &db, bool pendingOnly);

    // Screens every case again as of asOf and stores what changed (results for an older as-of date are
    // replaced, the old ones kept as history). Written in batches of 500 cases, one transaction each.
    // progress(done, total) is called after each batch and before the first; returning false stops after
    // the batch that is being written, which stays stored.
    static Result<RescreenSummary> rescreenAll(const QSqlDatabase &db, QDate asOf,
                                               const std::function<bool(int done, int total)> &progress = {});

private:
    static Status insertCurrent(const QSqlDatabase &db, const ScreeningResult &result, const QString &json);
};

} // namespace ch
