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

class ScreeningStore final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ScreeningStore)
public:
    // Screens record (already saved, record.id set) on asOf under the built-in rules and stores the result,
    // unless it is the same as the current one. Runs in the caller's transaction when there is one.
    static Result<ScreeningResult> screenAndStore(const QSqlDatabase &db, const CaseRecord &record, QDate asOf);
    static Status store(const QSqlDatabase &db, const ScreeningResult &result);
    static Result<std::optional<StoredScreening>> current(const QSqlDatabase &db, qint64 caseId);
    static Result<QList<StoredScreening>> history(const QSqlDatabase &db, qint64 caseId); // newest first
};

} // namespace ch
