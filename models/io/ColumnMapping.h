#pragma once

// ColumnMapping: which template field (FieldCatalog key) each column of an import file fills. A column
// whose name is a template key (ignoring case and surrounding spaces) fills that field; a user mapping
// (source column -> field key, e.g. from a saved preset) covers files whose headers differ. Any other
// column is kept on the case as an extra answer.

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ch {

class ColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ColumnMapping)
public:
    ColumnMapping() = default;
    explicit ColumnMapping(const QHash<QString, QString> &userMapping);

    // Every target must be a template field key.
    static Status checkMapping(const QHash<QString, QString> &userMapping);
    // The field key for a source column, or an empty string for an extra answer.
    QString fieldFor(const QString &column) const;
    // Refuses a header that names a column twice or fills one field from two columns.
    Status checkColumns(const QStringList &columns) const;
    // True when some column gives the person's name or register number (else the file cannot hold cases).
    bool identifiesPerson(const QStringList &columns) const;
    const QHash<QString, QString> &userMapping() const { return m_original; }

    // A first guess for the columns that are not template names: the column's words compared with each
    // field's key, its label and the headers other form services use ("BOP Number", "Birth Date", ...).
    // Only confident guesses are made, each field at most once; staff confirm or change them.
    static QHash<QString, QString> suggest(const QStringList &columns);

private:
    QHash<QString, QString> m_user;     // folded source column -> field key
    QHash<QString, QString> m_original; // as given
};

} // namespace ch
