#pragma once

// VolunteerImporter: brings a roster spreadsheet (CSV, issue 5) into the database. Columns
// name, email, phone, organization, kind, supervisor, bar_states, districts, training_completed, capacity,
// languages, expertise, conflicts, on_leave_until, active (lists `;`-separated; header names are matched
// ignoring case and spaces; any other column is not read and is reported as a warning naming it). Each row is
// validated like the add/edit dialog; a row that cannot be a volunteer is rejected with its row, column and
// reason (ImportSummary, as the case import reports them). A row whose email (else name and organization) is
// already on the roster is a duplicate. A student's supervisor is named by volunteer id, email or name, and
// may appear later in the same file.
// All rows are written in one transaction: a failure of the database leaves the roster as it was.

#include "ImportSummary.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QIODevice;

namespace ch {

class VolunteerImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ch::VolunteerImporter)
public:
    explicit VolunteerImporter(QSqlDatabase connection) : m_db(std::move(connection)) {}

    Result<ImportSummary> importFile(const QString &path);
    Result<ImportSummary> importCsv(QIODevice *device, const QString &fileName);

    static QStringList columns();

private:
    QSqlDatabase m_db;
};

} // namespace ch
