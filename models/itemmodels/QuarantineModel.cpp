#include "QuarantineModel.h"

#include "core/LanguageWatcher.h"
#include "core/PlainToolTip.h"

using namespace Qt::StringLiterals;

#include <QLocale>

namespace ch {

QuarantineModel::QuarantineModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    LanguageWatcher::watch(this);
}

int QuarantineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QuarantineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuarantineModel::valuesText(const QuarantineEntry &entry)
{
    constexpr int kMaxValue = 40;
    QStringList parts;
    for (auto it = entry.values.begin(); it != entry.values.end(); ++it) {
        QString v = it.value().toString().simplified();
        if (v.isEmpty())
            continue;
        if (v.size() > kMaxValue)
            v = v.left(kMaxValue - 1) + u'…';
        parts << u"%1: %2"_s.arg(it.key(), v);
    }
    return parts.join(u"; "_s);
}

QString QuarantineModel::reasonsText(const QuarantineEntry &entry, const QString &separator)
{
    QStringList reasons;
    for (const ImportReject &r : entry.reasons)
        reasons << r.reason;
    return reasons.join(separator);
}

QVariant QuarantineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantineEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::ToolTipRole) {
        // The file's own values and names: shown literally, never rendered as HTML.
        if (index.column() == RowColumn)
            return {};
        return PlainToolTip::from(index.column() == ReasonColumn ? reasonsText(e, u"\n"_s)
                                                                 : data(index, Qt::DisplayRole).toString());
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return e.fileName;
    case RowColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(e.row)) : QVariant(e.row);
    case FieldColumn: {
        QStringList fields;
        for (const ImportReject &r : e.reasons) {
            const QString f = r.field.isEmpty() ? tr("(whole row)") : r.field;
            if (!fields.contains(f))
                fields << f;
        }
        return fields.join(u", "_s);
    }
    case ReasonColumn:
        return reasonsText(e, u" "_s);
    case ValuesColumn:
        return valuesText(e);
    default:
        return {};
    }
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case RowColumn:
        return tr("Row");
    case FieldColumn:
        return tr("Field");
    case ReasonColumn:
        return tr("Reason");
    case ValuesColumn:
        return tr("Values as read");
    default:
        return {};
    }
}

Status QuarantineModel::reload()
{
    auto entries = ImportService(m_db).quarantined();
    beginResetModel();
    m_entries = entries ? *entries : QList<QuarantineEntry>();
    endResetModel();
    if (!entries)
        return entries.error();
    return Status();
}

const QuarantineEntry *QuarantineModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int QuarantineModel::rowOfEntry(qint64 entryId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == entryId)
            return i;
    }
    return -1;
}

} // namespace ch
