#pragma once

// ImportSummary: what one import (or one quarantine retry) did, as counts and the reasons for every
// rejected row, shown by the GUI and printed by the CLI as JSON:
// {"imported": N, "duplicates": N, "rejected": N, "rejects": [{"row": R, "field": "...", "reason": "..."}],
//  "warnings": [{"column": C, "field": "...", "reason": "..."}], ...}

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ch {

struct ImportReject
{
    qint64 row = 0;
    QString field;  // the column as named in the file (the template name when the column is missing); may be empty
    QString reason; // a sentence for staff
    friend bool operator==(const ImportReject &, const ImportReject &) = default;
};

// Something about the whole file that imported nothing wrong but that staff should know, such as a column
// the import does not read.
struct ImportWarning
{
    qint64 column = 0; // 1-based, as a spreadsheet counts; 0 when about no one column
    QString field;     // the column as named in the file
    QString reason;    // a sentence for staff
    friend bool operator==(const ImportWarning &, const ImportWarning &) = default;
};

// An imported request from a person the database already knew: staff should look at it next to the
// earlier one (domain: a later submission becomes a new request linked to the same person).
struct ReturningFlag
{
    qint64 row = 0;
    qint64 caseId = 0;
    QString personName;
    friend bool operator==(const ReturningFlag &, const ReturningFlag &) = default;
};

struct ImportSummary
{
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;          // rows, not reasons: one row can have several entries in rejects
    qint64 returningPersons = 0;  // imported requests linked to a person already known (flagged for staff)
    bool cancelled = false;       // the progress callback stopped the import; counts cover committed batches only
    QString rowNumbering;         // how "row" counts, in words
    QList<ImportReject> rejects;
    QList<ImportWarning> warnings; // about the file, not a row
    QList<qint64> createdCaseIds;
    QList<ReturningFlag> returning; // one per returning person counted above

    void add(const ImportSummary &batch);
    QJsonObject toJson() const;
};

} // namespace ch
