#pragma once

// JsonRowReader: reads the questionnaire's JSON export, an array of objects keyed like the CSV template.
// A JSON document has to be parsed whole, so files over a size cap are refused before they are read.
// Each object is a row numbered by its 1-based position in the array. Numbers become text ("240"),
// true/false become "yes"/"no", null an empty answer. A list of plain values for a list question (reasons,
// aliases, co_defendants) becomes the ';'-separated list; any other nested object or array in a field is a
// problem for that field, and an item that is not an object is a problem for its row.
// An item written by our own JsonExporter (it has case_id, additional_submitters and extra_answers) imports
// back whole: its additional submitters, extra answers and status are read, its ids and timestamps are left
// for the database to assign.

#include "ImportRow.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

class QIODevice;

namespace ch {

class JsonRowReader final
{
    Q_DECLARE_TR_FUNCTIONS(ch::JsonRowReader)
public:
    static constexpr qint64 kDefaultMaxBytes = 64 * 1024 * 1024;

    // Parses the whole array. Errors: too big, not JSON, not UTF-8, not an array.
    static Result<QJsonArray> load(QIODevice *device, qint64 maxBytes = kDefaultMaxBytes);
    // Every key that appears in some object, in the order first seen.
    static QStringList columns(const QJsonArray &items);
    // Item index (0-based) as a row numbered index + 1.
    static ImportRow row(const QJsonArray &items, qsizetype index);
    // Reads our exporter's "additional_submitters" list; false when it is not a list of such objects.
    static bool readSubmitters(const QJsonValue &value, QList<Submitter> &out);
};

} // namespace ch
