#pragma once

// ImportRow: one submission as read from a file, before it is mapped to template fields: the source
// column names with their text, and what the reader already found wrong with it. CSV and JSON readers
// both produce it, so the importer treats the two formats alike.

#include "domain/CaseRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ch {

struct ImportRow
{
    qint64 number = 0;                                 // CSV: row of the file (header = 1); JSON: array position
    QList<std::pair<QString, QString>> cells;          // source column, value
    QStringList invalidUtf8Columns;                    // columns whose bytes were not UTF-8 (value is a lossy copy)
    QList<std::pair<QString, QString>> problems;       // source column (may be empty), reason
    // Only from JSON written by our own exporter, so that an export imports back without loss:
    QList<Submitter> moreSubmitters; // "additional_submitters"
    QJsonObject extraAnswers;        // "extra_answers": the answers the template does not know
    QString status;                  // "status"; empty: a new request is "received"
};

} // namespace ch
