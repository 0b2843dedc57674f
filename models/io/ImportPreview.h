#pragma once

// ImportPreview: the columns and first rows of an import file, read before anything is imported so that
// staff can check that it is the right file and map columns whose names differ from the template. Reads at
// most maxRows rows (and, for CSV, streams: a huge file costs no more than those rows).

#include "core/Result.h"
#include "io/ImportService.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ch {

class ImportPreview final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ImportPreview)
public:
    QString fileName;
    ImportService::Format format = ImportService::Format::Csv;
    QStringList columns;
    QList<QStringList> rows; // values in the order of columns
    bool more = false;       // the file has rows beyond those read

    static Result<ImportPreview> read(const QString &path, int maxRows = 20);
};

} // namespace ch
