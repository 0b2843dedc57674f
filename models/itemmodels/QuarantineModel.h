#pragma once

// QuarantineModel: the rows earlier imports rejected and kept for staff to correct (ImportService's
// quarantine), one row per rejected submission: the file, its row number, the columns at fault, the reasons
// and the values as they were read. Display text and raw values are kept apart (EntryIdRole, RawValueRole).

#include "core/Result.h"
#include "io/ImportService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace ch {

class QuarantineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn,
        RowColumn,
        FieldColumn,
        ReasonColumn,
        ValuesColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        RawValueRole
    };

    explicit QuarantineModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the open entries again (after an import, a retry, a discard). On error the model is empty.
    Status reload();
    const QuarantineEntry *entryAt(int row) const;
    int rowOfEntry(qint64 entryId) const;

    // "name: value; name: value" for the values column: columns by name, long values cut.
    static QString valuesText(const QuarantineEntry &entry);
    static QString reasonsText(const QuarantineEntry &entry, const QString &separator);

private:
    QSqlDatabase m_db;
    QList<QuarantineEntry> m_entries;
};

} // namespace ch
