#pragma once

// JsonExporter: every case with every field as UTF-8 JSON: an array of objects whose keys are the
// questionnaire's canonical names (domain primer §3) plus the program's own (case_id, status, ...), so an
// export can be read back by the importer. Written atomically (QSaveFile) and owner-only.

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ch {

class JsonExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ch::JsonExporter)
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels; the file is then not written

    // Returns the number of cases written.
    static Result<int> exportCases(const QSqlDatabase &db, const QString &filePath, const Progress &progress = {});
};

} // namespace ch
