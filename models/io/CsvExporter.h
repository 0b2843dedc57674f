#pragma once

// CsvExporter: every case as RFC 4180 CSV with the questionnaire template's columns (domain primer §3), in
// the template's order, followed by one column per extra answer that some case holds, so that the file
// imports back. Safe to open in a spreadsheet: a cell that begins with =, +, -, @, a tab or a carriage
// return gets a leading apostrophe, so it is shown as text and never run as a formula. UTF-8 with a
// byte-order mark (so spreadsheets detect the encoding), CRLF line ends; written atomically (QSaveFile)
// and owner-only, since the file holds medical and family details.

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace ch {

class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ch::CsvExporter)
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels; the file is then not written

    static const QStringList &templateColumns();
    // The cell as written: neutralised against formula injection, then quoted when it must be.
    static QString cell(const QString &value);
    static QString neutralise(const QString &value);

    // Returns the number of cases written.
    static Result<int> exportCases(const QSqlDatabase &db, const QString &filePath,
                                   const Progress &progress = {});
};

} // namespace ch
