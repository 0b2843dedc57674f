#pragma once

// ImportService: brings questionnaire submissions (CSV or JSON, domain primer §3) into the database without
// losing or corrupting anything.
// - Columns map to template fields by name (case and surrounding spaces ignored) or by a user mapping;
//   other columns are kept as extra answers on the case.
// - Each row is normalised and validated; a row that cannot be a case is rejected with its row, column and
//   reason and kept in the quarantine table, where staff correct it (retryQuarantined) or drop it.
// - Idempotent: a row whose submission_id (else register number + submitted_at) is already stored is a
//   duplicate and creates nothing. A new request for a known register number is linked to that person and
//   flagged (CaseRecord::returningPerson).
// - Transactions: rows are written in batches of Options::batchSize, one outer write transaction per batch
//   (each case a savepoint inside it). A cancel (the progress callback returns false) or a failure rolls back
//   the batch in progress, quarantine entries included; the batches committed before it are kept. Since the
//   import is idempotent, importing the same file again later completes it. With Options::allOrNothing the
//   whole file is one transaction (the batches are savepoints inside it): a cancel or a failure then leaves the
//   database exactly as it was before the import (the GUI does this).
// - Quarantine corrections and discards are written to the audit log.

#include "ImportRow.h"
#include "ImportSummary.h"
#include "core/Result.h"
#include "domain/CaseRecord.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QIODevice;

namespace ch {

class ColumnMapping;

struct QuarantineEntry
{
    qint64 id = 0;
    QString fileName;
    qint64 row = 0;
    QJsonObject values;            // source column -> value as read
    QStringList invalidUtf8Columns; // their values above are lossy copies and must be corrected
    QStringList rowProblems;        // the row's shape was wrong; a retry needs at least one correction
    QHash<QString, QString> mapping;
    QList<Submitter> moreSubmitters; // from our own JSON export
    QJsonObject extraAnswers;        // from our own JSON export
    QString status;                  // from our own JSON export
    QList<ImportReject> reasons;
    QDateTime createdAt;
    bool resolved = false;
    QString resolution;            // "imported", "duplicate", "discarded"
    qint64 caseId = 0;
};

class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ImportService)
public:
    enum class Format { Auto, Csv, Json };
    // done and total count bytes for CSV (read as a stream) and items for JSON. Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Options
    {
        Format format = Format::Auto;
        QHash<QString, QString> mapping; // source column -> field key, for headers that differ
        int batchSize = 500;
        Progress progress;
        CsvReader::Limits csvLimits;
        qint64 maxJsonBytes = 64 * 1024 * 1024;
        QDate today; // for validation; invalid: the current date
        bool allOrNothing = false; // one transaction for the whole file: a cancel or failure keeps nothing
    };

    static constexpr int kMaxExtraAnswerLength = 20000;

    explicit ImportService(QSqlDatabase db);

    // An Error means the file could not be read at all (missing, not CSV/JSON, not UTF-8, too big, no
    // usable header) or the database failed; batches committed before a database failure are kept.
    Result<ImportSummary> importFile(const QString &path, const Options &options);
    Result<ImportSummary> importDevice(QIODevice *device, const QString &fileName, Format format,
                                       const Options &options);
    // Auto: from the extension, else from the first character ('[' JSON, anything else CSV).
    static Format detectFormat(const QString &path, QIODevice *device);

    // Quarantine: rows rejected by earlier imports.
    Result<QList<QuarantineEntry>> quarantined(bool includeResolved = false) const;
    // Re-imports entry id with corrected values (keyed by the file's column name or by the field key).
    // The summary says whether it was imported, a duplicate, or is still rejected (the entry then keeps the
    // corrections and the new reasons).
    Result<ImportSummary> retryQuarantined(qint64 id, const QHash<QString, QString> &correctedValues,
                                           const QDate &today = {});
    Status discardQuarantined(qint64 id);

private:
    enum class Outcome { Imported, Duplicate, Rejected };
    struct RowResult
    {
        Outcome outcome = Outcome::Rejected;
        QList<ImportReject> rejects;
        qint64 caseId = 0;
        bool returning = false;
        QString personName;
    };
    using NextRow = std::function<bool(ImportRow &row)>;

    Result<ImportSummary> importCsv(QIODevice *device, const QString &fileName, const Options &options);
    Result<ImportSummary> importJson(QIODevice *device, const QString &fileName, const Options &options);
    Result<ImportSummary> importRows(QIODevice *device, const QString &fileName, Format format,
                                     const Options &options);
    Result<ImportSummary> runRows(const NextRow &next, const std::function<qint64()> &done, qint64 total,
                                  const QString &fileName, const ColumnMapping &mapping, const Options &options);
    // Writes one row (inside the caller's transaction). An Error is a database failure, not a bad row.
    Result<RowResult> handleRow(const ImportRow &row, const ColumnMapping &mapping, QDate today);
    Result<std::optional<qint64>> findExisting(const CaseRecord &record) const;
    Status quarantine(const ImportRow &row, const QString &fileName, const ColumnMapping &mapping,
                      const QList<ImportReject> &reasons);
    Result<QuarantineEntry> loadEntry(qint64 id) const;

    QSqlDatabase m_db;
    QSet<qint64> *m_pendingSearch = nullptr; // during runRows: people whose search entries await the commit
};

} // namespace ch
