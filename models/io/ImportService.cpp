#include "ImportService.h"

#include "ColumnMapping.h"
#include "JsonRowReader.h"
#include "domain/CaseStatus.h"
#include "domain/CaseValidator.h"
#include "domain/FieldCatalog.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonArray rejectsToJson(const QList<ImportReject> &rejects)
{
    QJsonArray a;
    for (const ImportReject &r : rejects)
        a.append(QJsonObject{{"row"_L1, r.row}, {"field"_L1, r.field}, {"reason"_L1, r.reason}});
    return a;
}

QList<ImportReject> rejectsFromJson(const QJsonArray &a)
{
    QList<ImportReject> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out << ImportReject{o.value("row"_L1).toInteger(), o.value("field"_L1).toString(),
                            o.value("reason"_L1).toString()};
    }
    return out;
}

// The stored form of a rejected row: enough to show it, correct it and import it again.
QJsonObject rawRowJson(const ImportRow &row, const ColumnMapping &mapping)
{
    QJsonObject values;
    for (const auto &[column, value] : row.cells)
        values.insert(column, value);
    QJsonObject map;
    for (auto it = mapping.userMapping().cbegin(); it != mapping.userMapping().cend(); ++it)
        map.insert(it.key(), it.value());
    QStringList rowProblems; // problems with the row's shape (not with one value)
    for (const auto &[column, reason] : row.problems) {
        if (column.isEmpty())
            rowProblems << reason;
    }
    QJsonObject o{{"values"_L1, values},
                  {"invalid_utf8"_L1, QJsonArray::fromStringList(row.invalidUtf8Columns)},
                  {"row_problems"_L1, QJsonArray::fromStringList(rowProblems)},
                  {"mapping"_L1, map}};
    // What only our own JSON export carries, so that a corrected row imports back whole.
    if (!row.moreSubmitters.isEmpty()) {
        CaseRecord holder;
        holder.moreSubmitters = row.moreSubmitters;
        o.insert("additional_submitters"_L1, holder.toJson().value("additional_submitters"_L1));
    }
    if (!row.extraAnswers.isEmpty())
        o.insert("extra_answers"_L1, row.extraAnswers);
    if (!row.status.isEmpty())
        o.insert("status"_L1, row.status);
    return o;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ImportService::ImportService(QSqlDatabase db) : m_db(std::move(db)) {}

ImportService::Format ImportService::detectFormat(const QString &path, QIODevice *device)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "csv"_L1)
        return Format::Csv;
    if (suffix == "json"_L1)
        return Format::Json;
    if (device && !device->isSequential()) {
        const QByteArray head = device->peek(4096).trimmed();
        const QByteArray noBom = head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head;
        if (noBom.startsWith('['))
            return Format::Json;
    }
    return Format::Csv;
}

Result<ImportSummary> ImportService::importFile(const QString &path, const Options &options)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Kind::NotFound, tr("The file %1 does not exist.").arg(native));
    if (info.isDir())
        return Error::make(Error::Kind::InvalidInput, tr("%1 is a folder, not a file.").arg(native));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io,
                           tr("The file %1 cannot be read: %2.").arg(native, file.errorString()));
    }
    if (file.size() == 0)
        return Error::make(Error::Kind::InvalidInput, tr("The file %1 is empty: there is nothing to import.").arg(native));
    const Format format = options.format == Format::Auto ? detectFormat(path, &file) : options.format;
    auto result = importDevice(&file, info.fileName(), format, options);
    if (!result) {
        Error e = result.error();
        e.message = tr("%1: %2").arg(info.fileName(), e.message);
        return e;
    }
    return result;
}

Result<ImportSummary> ImportService::importDevice(QIODevice *device, const QString &fileName, Format format,
                                                  const Options &options)
{
    if (Status s = ColumnMapping::checkMapping(options.mapping); !s)
        return s.error();
    if (format == Format::Auto)
        format = detectFormat(fileName, device);
    if (!options.allOrNothing)
        return importRows(device, fileName, format, options);
    WriteTransaction whole(m_db);
    if (Status s = whole.begin(); !s)
        return s.error();
    auto result = importRows(device, fileName, format, options);
    if (!result) {
        Error e = result.error();
        e.message += u' ' + tr("Nothing from this file was imported.");
        return e; // whole rolls back
    }
    if (result->cancelled) {
        ImportSummary nothing;
        nothing.cancelled = true;
        nothing.rowNumbering = result->rowNumbering;
        return nothing; // whole rolls back
    }
    if (Status s = whole.commit(); !s)
        return s.error();
    return result;
}

Result<ImportSummary> ImportService::importRows(QIODevice *device, const QString &fileName, Format format,
                                                const Options &options)
{
    return format == Format::Json ? importJson(device, fileName, options) : importCsv(device, fileName, options);
}

Result<ImportSummary> ImportService::importCsv(QIODevice *device, const QString &fileName, const Options &options)
{
    CsvReader reader(device, options.csvLimits);
    CsvReader::Row header;
    if (!reader.next(header)) {
        if (!reader.fatalError().isEmpty())
            return Error::make(Error::Kind::InvalidInput, reader.fatalError());
        return Error::make(Error::Kind::InvalidInput, tr("The file is empty: there is nothing to import."));
    }
    if (!header.invalidUtf8.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The file is not UTF-8 text (its header row is not). Save it again as UTF-8 CSV and "
                              "import it again."));
    }
    if (!header.error.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("The header row cannot be read: %1").arg(header.error));
    QStringList columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        columns << (name.isEmpty() ? u"column_%1"_s.arg(i + 1) : name);
    }
    const ColumnMapping mapping(options.mapping);
    if (Status s = mapping.checkColumns(columns); !s)
        return s.error();
    if (!mapping.identifiesPerson(columns)) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The file has no person_name or register_number column, so it is not a "
                              "questionnaire export in CSV (or its columns need a mapping). Nothing was imported."));
    }

    auto next = [&](ImportRow &out) -> bool {
        CsvReader::Row r;
        if (!reader.next(r))
            return false;
        out = ImportRow{};
        out.number = r.number;
        const qsizetype n = std::min(r.fields.size(), columns.size());
        for (qsizetype i = 0; i < r.fields.size(); ++i) {
            const QString column = i < n ? columns.at(i) : u"column_%1"_s.arg(i + 1);
            out.cells.append({column, r.fields.at(i)});
            if (r.invalidUtf8.contains(static_cast<int>(i)))
                out.invalidUtf8Columns << column;
            if (r.tooLong.contains(static_cast<int>(i)))
                out.problems.append({column, tr("The value is longer than %1 bytes; it was cut when read.")
                                                 .arg(options.csvLimits.maxFieldBytes)});
        }
        if (!r.error.isEmpty())
            out.problems.append({QString(), r.error});
        else if (r.fields.size() != columns.size())
            out.problems.append({QString(), tr("The row has %1 values but the header has %2 columns.")
                                                 .arg(r.fields.size())
                                                 .arg(columns.size())});
        return true;
    };
    const qint64 total = device->isSequential() ? -1 : device->size();
    auto result = runRows(next, [&] { return reader.bytesConsumed(); }, total, fileName, mapping, options);
    if (result && !reader.fatalError().isEmpty()) {
        return Error::make(Error::Kind::Io, tr("%1 The rows before it were imported (%2 new cases).")
                                                .arg(reader.fatalError())
                                                .arg(result->imported));
    }
    if (result)
        result->rowNumbering = tr("row of the file, the header being row 1");
    return result;
}

Result<ImportSummary> ImportService::importJson(QIODevice *device, const QString &fileName, const Options &options)
{
    auto items = JsonRowReader::load(device, options.maxJsonBytes);
    if (!items)
        return items.error();
    const QStringList columns = JsonRowReader::columns(*items);
    const ColumnMapping mapping(options.mapping);
    if (!items->isEmpty() && columns.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The JSON array holds no objects, so it holds no submissions. Nothing was imported."));
    }
    if (!items->isEmpty() && !mapping.identifiesPerson(columns)) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("No object in the file has a person_name or register_number key, so it is not a "
                              "questionnaire export (or its keys need a mapping). Nothing was imported."));
    }
    if (Status s = mapping.checkColumns(columns); !s)
        return s.error();
    qsizetype index = 0;
    auto next = [&](ImportRow &out) -> bool {
        if (index >= items->size())
            return false;
        out = JsonRowReader::row(*items, index++);
        return true;
    };
    auto result = runRows(next, [&] { return static_cast<qint64>(index); }, items->size(), fileName, mapping, options);
    if (result)
        result->rowNumbering = tr("position in the JSON array, the first object being row 1");
    return result;
}

Result<ImportSummary> ImportService::runRows(const NextRow &next, const std::function<qint64()> &done, qint64 total,
                                             const QString &fileName, const ColumnMapping &mapping,
                                             const Options &options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const int batchSize = std::max(1, options.batchSize);
    ImportSummary summary;
    ImportSummary batch;
    std::unique_ptr<WriteTransaction> tx;
    int inBatch = 0;
    ImportRow row;
    // The same dozen statements run for every row: compile them once for the whole import. The search index
    // entries of the batch's people are rebuilt once per batch, just before it commits.
    Sql::StatementCache statements(m_db);
    QSet<qint64> pendingSearch;
    m_pendingSearch = &pendingSearch;
    const auto clearPending = qScopeGuard([this] { m_pendingSearch = nullptr; });
    auto commitBatch = [&]() -> Status {
        if (Status s = CaseRepository(m_db).refreshSearch(pendingSearch); !s)
            return s;
        pendingSearch.clear();
        statements.finishAll();
        return tx->commit();
    };
    while (next(row)) {
        if (!tx) {
            tx = std::make_unique<WriteTransaction>(m_db);
            if (Status s = tx->begin(); !s)
                return s.error();
        }
        auto r = handleRow(row, mapping, today);
        if (r && r->outcome == Outcome::Rejected) {
            if (Status s = quarantine(row, fileName, mapping, r->rejects); !s)
                r = s.error();
        }
        if (!r) {
            Error e = r.error();
            e.message = options.allOrNothing
                ? tr("The import stopped at row %1 because the database failed: %2").arg(row.number).arg(e.message)
                : tr("The import stopped at row %1 because the database failed: %2 The rows before the batch "
                     "that held it are saved (%3 new cases); run the import again to finish it.")
                      .arg(row.number)
                      .arg(e.message)
                      .arg(summary.imported);
            return e; // tx rolls the batch back
        }
        switch (r->outcome) {
        case Outcome::Imported:
            ++batch.imported;
            batch.createdCaseIds << r->caseId;
            if (r->returning) {
                ++batch.returningPersons;
                batch.returning << ReturningFlag{row.number, r->caseId, r->personName};
            }
            break;
        case Outcome::Duplicate:
            ++batch.duplicates;
            break;
        case Outcome::Rejected:
            ++batch.rejected;
            batch.rejects << r->rejects;
            break;
        }
        ++inBatch;
        if (options.progress && !options.progress(done(), total)) {
            tx.reset(); // rolls back the batch in progress
            summary.cancelled = true;
            return summary;
        }
        if (inBatch >= batchSize) {
            if (Status s = commitBatch(); !s)
                return s.error();
            tx.reset();
            summary.add(batch);
            batch = ImportSummary{};
            inBatch = 0;
        }
    }
    if (tx) {
        // The whole file has been read. Per-row reports may be thinned out by the caller (ImportJob sends one
        // every 40 ms) and a row's end is not always the file's end, so say so once more: the progress reaches
        // its end, and a cancel gets its last chance before the final batch commits.
        if (options.progress && !options.progress(total >= 0 ? total : done(), total)) {
            tx.reset();
            summary.cancelled = true;
            return summary;
        }
        if (Status s = commitBatch(); !s)
            return s.error();
        summary.add(batch);
    }
    return summary;
}

Result<ImportService::RowResult> ImportService::handleRow(const ImportRow &row, const ColumnMapping &mapping,
                                                          QDate today)
{
    RowResult result;
    auto reject = [&](const QString &field, const QString &reason) {
        result.rejects << ImportReject{row.number, field, reason};
    };
    QSet<QString> badColumns;
    bool badRow = false;
    for (const auto &[column, reason] : row.problems) {
        reject(column, reason);
        if (column.isEmpty())
            badRow = true;
        badColumns.insert(column);
    }
    if (badRow) {
        // The row's shape is wrong, so its values may sit under the wrong columns: judging them adds only noise.
        result.outcome = Outcome::Rejected;
        return result;
    }

    CaseRecord record;
    QHash<QString, QString> sourceOf; // field key -> column in the file
    for (const auto &[column, value] : row.cells) {
        if (row.invalidUtf8Columns.contains(column)) {
            reject(column, tr("The value is not valid UTF-8 text. It was not imported; correct it in the quarantine "
                              "list."));
            continue;
        }
        if (badColumns.contains(column))
            continue;
        const QString key = mapping.fieldFor(column);
        if (key.isEmpty()) {
            if (value.size() > kMaxExtraAnswerLength) {
                reject(column, tr("The value is too long (%1 characters; at most %2).")
                                   .arg(value.size())
                                   .arg(kMaxExtraAnswerLength));
            } else if (!value.isEmpty()) {
                record.extraAnswers.insert(column.trimmed(), value);
            }
            continue;
        }
        sourceOf.insert(key, column);
        record.setValue(key, value);
    }
    for (auto it = row.extraAnswers.begin(); it != row.extraAnswers.end(); ++it) {
        const QString value = it.value().toString();
        if (value.size() > kMaxExtraAnswerLength) {
            reject(u"extra_answers"_s, tr("The answer “%1” is too long (%2 characters; at most %3).")
                                           .arg(it.key())
                                           .arg(value.size())
                                           .arg(kMaxExtraAnswerLength));
        } else if (!record.extraAnswers.contains(it.key())) {
            record.extraAnswers.insert(it.key(), value);
        }
    }
    for (const Submitter &sub : row.moreSubmitters) {
        const std::pair<QString, QString> parts[] = {{u"submitter_name"_s, sub.name},
                                                     {u"submitter_relationship"_s, sub.relationship},
                                                     {u"submitter_phone"_s, sub.phone},
                                                     {u"submitter_email"_s, sub.email},
                                                     {u"submitter_address"_s, sub.address},
                                                     {u"submitter_language"_s, sub.language}};
        for (const auto &[key, value] : parts) {
            const FieldInfo *f = FieldCatalog::find(key);
            if (f && value.size() > f->maxLength) {
                reject(u"additional_submitters"_s, tr("%1 of an additional submitter is too long (%2 characters; "
                                                      "at most %3).")
                                                       .arg(FieldCatalog::label(key))
                                                       .arg(value.size())
                                                       .arg(f->maxLength));
            }
        }
    }
    record.moreSubmitters = row.moreSubmitters;
    if (!row.status.isEmpty()) {
        if (CaseStatus::isValid(row.status))
            record.status = row.status;
        else
            reject(u"status"_s, tr("“%1” is not a case status.").arg(row.status));
    }
    CaseValidator::normalize(record);
    const bool anonymous =
        record.value(u"person_name").isEmpty() && record.value(u"register_number").isEmpty();
    for (const FieldIssue &issue : CaseValidator::validate(record, today)) {
        if (issue.severity != FieldIssue::Severity::Error)
            continue;
        if (anonymous && issue.field == "person_name"_L1) {
            reject(sourceOf.value(issue.field, issue.field),
                   tr("The row has neither the person's name nor a register number, so it cannot become a case."));
        } else {
            reject(sourceOf.value(issue.field, issue.field), issue.message);
        }
    }
    if (!result.rejects.isEmpty()) {
        result.outcome = Outcome::Rejected;
        return result;
    }

    auto existing = findExisting(record);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        result.outcome = Outcome::Duplicate;
        result.caseId = **existing;
        return result;
    }
    CaseRepository repo(m_db);
    repo.deferSearchRefresh(m_pendingSearch);
    auto created = repo.create(record);
    if (!created) {
        if (created.error().kind == Error::Kind::InvalidInput) {
            // Refused by the repository (a rule it checks on its own): a bad row, not a failed database.
            reject(QString(), created.error().message);
            result.outcome = Outcome::Rejected;
            return result;
        }
        return created.error();
    }
    result.outcome = Outcome::Imported;
    result.caseId = *created;
    result.returning = record.returningPerson;
    result.personName = record.value(u"person_name");
    return result;
}

Result<std::optional<qint64>> ImportService::findExisting(const CaseRecord &record) const
{
    const QString submissionId = record.value(u"submission_id");
    if (!submissionId.isEmpty())
        return CaseRepository(m_db).findBySubmissionId(submissionId);
    const QString reg = record.value(u"register_number");
    const QString submittedAt = record.value(u"submitted_at");
    if (reg.isEmpty() || submittedAt.isEmpty())
        return std::optional<qint64>();
    auto v = Sql::scalar(m_db,
                         u"SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id"
                         " WHERE p.register_number = :r AND c.submitted_at = :s ORDER BY c.id LIMIT 1"_s,
                         {{":r", reg}, {":s", submittedAt}});
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Status ImportService::quarantine(const ImportRow &row, const QString &fileName, const ColumnMapping &mapping,
                                 const QList<ImportReject> &reasons)
{
    const QString raw = compact(rawRowJson(row, mapping));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha256).toHex());
    // Importing the same file again must not quarantine the same row twice.
    auto existing = Sql::scalar(m_db,
                                u"SELECT id FROM import_quarantine WHERE raw_hash = :h AND raw_json = :raw"
                                " AND resolved = 0 LIMIT 1"_s,
                                {{":h", hash}, {":raw", raw}});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Status();
    auto ins = Sql::run(m_db,
                        u"INSERT INTO import_quarantine(file_name, row_number, raw_json, raw_hash, reasons_json,"
                        " created_at) VALUES (:f, :row, :raw, :h, :reasons, :at)"_s,
                        {{":f", Sql::text(fileName)},
                         {":row", row.number},
                         {":raw", raw},
                         {":h", hash},
                         {":reasons", QString::fromUtf8(QJsonDocument(rejectsToJson(reasons)).toJson(QJsonDocument::Compact))},
                         {":at", nowUtc()}});
    if (!ins)
        return ins.error();
    return Status();
}

Result<QList<QuarantineEntry>> ImportService::quarantined(bool includeResolved) const
{
    auto q = Sql::run(m_db,
                      u"SELECT id FROM import_quarantine WHERE resolved = 0 OR :all = 1 ORDER BY id"_s,
                      {{":all", includeResolved ? 1 : 0}});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QList<QuarantineEntry> out;
    for (qint64 id : ids) {
        auto e = loadEntry(id);
        if (!e)
            return e.error();
        out << *e;
    }
    return out;
}

Result<QuarantineEntry> ImportService::loadEntry(qint64 id) const
{
    auto q = Sql::run(m_db,
                      u"SELECT id, file_name, row_number, raw_json, reasons_json, created_at, resolved,"
                      " coalesce(resolution, ''), coalesce(case_id, 0) FROM import_quarantine WHERE id = :id"_s,
                      {{":id", id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("There is no quarantined row %1.").arg(id));
    QuarantineEntry e;
    e.id = q->value(0).toLongLong();
    e.fileName = q->value(1).toString();
    e.row = q->value(2).toLongLong();
    const QJsonObject raw = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
    e.values = raw.value("values"_L1).toObject();
    for (const QJsonValue &v : raw.value("invalid_utf8"_L1).toArray())
        e.invalidUtf8Columns << v.toString();
    for (const QJsonValue &v : raw.value("row_problems"_L1).toArray())
        e.rowProblems << v.toString();
    const QJsonObject map = raw.value("mapping"_L1).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        e.mapping.insert(it.key(), it.value().toString());
    (void)JsonRowReader::readSubmitters(raw.value("additional_submitters"_L1), e.moreSubmitters);
    e.extraAnswers = raw.value("extra_answers"_L1).toObject();
    e.status = raw.value("status"_L1).toString();
    e.reasons = rejectsFromJson(QJsonDocument::fromJson(q->value(4).toString().toUtf8()).array());
    e.createdAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODate);
    e.resolved = q->value(6).toInt() != 0;
    e.resolution = q->value(7).toString();
    e.caseId = q->value(8).toLongLong();
    return e;
}

Result<ImportSummary> ImportService::retryQuarantined(qint64 id, const QHash<QString, QString> &correctedValues,
                                                      const QDate &today)
{
    auto entry = loadEntry(id);
    if (!entry)
        return entry.error();
    if (entry->resolved) {
        return Error::make(Error::Kind::Conflict,
                           tr("Quarantined row %1 was already dealt with (%2).").arg(id).arg(entry->resolution));
    }
    const ColumnMapping mapping(entry->mapping);
    ImportRow row;
    row.number = entry->row;
    QStringList invalid = entry->invalidUtf8Columns;
    QHash<QString, QString> values;
    QStringList order;
    for (auto it = entry->values.begin(); it != entry->values.end(); ++it) {
        values.insert(it.key(), it.value().toString());
        order << it.key();
    }
    for (auto it = correctedValues.cbegin(); it != correctedValues.cend(); ++it) {
        // A correction names the file's column, or the template field that a column fills.
        QString column;
        for (const QString &c : order) {
            if (c.trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0
                || mapping.fieldFor(c) == it.key().trimmed())
                column = c;
        }
        if (column.isEmpty()) {
            column = it.key().trimmed();
            order << column;
        }
        values.insert(column, it.value());
        invalid.removeAll(column);
    }
    for (const QString &c : order)
        row.cells.append({c, values.value(c)});
    row.invalidUtf8Columns = invalid;
    row.moreSubmitters = entry->moreSubmitters;
    row.extraAnswers = entry->extraAnswers;
    row.status = entry->status;
    // A row whose shape was wrong (unterminated quote, wrong number of values) may hold values under the wrong
    // columns: it is retried only once staff have corrected at least one value, i.e. looked at it.
    if (correctedValues.isEmpty()) {
        for (const QString &p : entry->rowProblems)
            row.problems.append({QString(), p});
    }

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto r = handleRow(row, mapping, today.isValid() ? today : QDate::currentDate());
    if (!r)
        return r.error();
    ImportSummary summary;
    QJsonObject corrections;
    for (auto it = correctedValues.cbegin(); it != correctedValues.cend(); ++it)
        corrections.insert(it.key(), it.value());
    if (r->outcome == Outcome::Rejected) {
        ++summary.rejected;
        summary.rejects = r->rejects;
        const QString raw = compact(rawRowJson(row, mapping));
        auto upd = Sql::run(m_db,
                            u"UPDATE import_quarantine SET raw_json = :raw, raw_hash = :h, reasons_json = :reasons"
                            " WHERE id = :id"_s,
                            {{":raw", raw},
                             {":h", QString::fromLatin1(
                                        QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha256).toHex())},
                             {":reasons", QString::fromUtf8(QJsonDocument(rejectsToJson(r->rejects))
                                                                .toJson(QJsonDocument::Compact))},
                             {":id", id}});
        if (!upd)
            return upd.error();
        if (Status s = AuditLog::record(m_db, u"import_quarantine"_s, id, u"retry"_s, entry->values,
                                        QJsonObject{{u"corrections"_s, corrections},
                                                    {u"result"_s, u"rejected"_s},
                                                    {u"reasons"_s, rejectsToJson(r->rejects)}});
            !s)
            return s.error();
    } else {
        if (r->outcome == Outcome::Imported) {
            ++summary.imported;
            summary.createdCaseIds << r->caseId;
            if (r->returning) {
                ++summary.returningPersons;
                summary.returning << ReturningFlag{entry->row, r->caseId, r->personName};
            }
        } else {
            ++summary.duplicates;
        }
        auto upd = Sql::run(m_db,
                            u"UPDATE import_quarantine SET resolved = 1, resolution = :res, resolved_at = :at,"
                            " case_id = :case WHERE id = :id"_s,
                            {{":res", r->outcome == Outcome::Imported ? u"imported"_s : u"duplicate"_s},
                             {":at", nowUtc()},
                             {":case", r->caseId},
                             {":id", id}});
        if (!upd)
            return upd.error();
        const QString result = r->outcome == Outcome::Imported ? u"imported"_s : u"duplicate"_s;
        if (Status s = AuditLog::record(m_db, u"import_quarantine"_s, id, u"retry"_s, entry->values,
                                        QJsonObject{{u"corrections"_s, corrections},
                                                    {u"result"_s, result},
                                                    {u"case_id"_s, r->caseId}});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Status ImportService::discardQuarantined(qint64 id)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto entry = loadEntry(id);
    if (!entry)
        return entry.error();
    auto upd = Sql::run(m_db,
                        u"UPDATE import_quarantine SET resolved = 1, resolution = 'discarded', resolved_at = :at"
                        " WHERE id = :id AND resolved = 0"_s,
                        {{":at", nowUtc()}, {":id", id}});
    if (!upd)
        return upd.error();
    if (upd->numRowsAffected() != 1)
        return Error::make(Error::Kind::NotFound, tr("There is no open quarantined row %1.").arg(id));
    // The row's values leave the working list, so the log keeps what was thrown away and why.
    if (Status s = AuditLog::record(m_db, u"import_quarantine"_s, id, u"discard"_s,
                                    QJsonObject{{u"file"_s, entry->fileName},
                                                {u"row"_s, entry->row},
                                                {u"values"_s, entry->values},
                                                {u"reasons"_s, rejectsToJson(entry->reasons)}},
                                    QJsonObject{{u"resolution"_s, u"discarded"_s}});
        !s)
        return s;
    return tx.commit();
}

} // namespace ch
