#include "ColumnMapping.h"

#include "domain/FieldCatalog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString fold(const QString &column)
{
    return column.trimmed().toCaseFolded();
}

} // namespace

ColumnMapping::ColumnMapping(const QHash<QString, QString> &userMapping) : m_original(userMapping)
{
    for (auto it = userMapping.cbegin(); it != userMapping.cend(); ++it)
        m_user.insert(fold(it.key()), it.value().trimmed());
}

Status ColumnMapping::checkMapping(const QHash<QString, QString> &userMapping)
{
    for (auto it = userMapping.cbegin(); it != userMapping.cend(); ++it) {
        if (!FieldCatalog::find(it.value().trimmed())) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("The column mapping sends “%1” to “%2”, which is not a questionnaire field.")
                                   .arg(it.key(), it.value()));
        }
    }
    return Status();
}

QString ColumnMapping::fieldFor(const QString &column) const
{
    const QString folded = fold(column);
    if (auto it = m_user.constFind(folded); it != m_user.cend())
        return it.value();
    if (const FieldInfo *f = FieldCatalog::find(folded))
        return f->key;
    return {};
}

Status ColumnMapping::checkColumns(const QStringList &columns) const
{
    QSet<QString> seen;
    QHash<QString, QString> fieldSource;
    for (const QString &c : columns) {
        const QString folded = fold(c);
        if (seen.contains(folded)) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("The column “%1” appears twice in the file. Rename one of them and import again.")
                                   .arg(c.trimmed()));
        }
        seen.insert(folded);
        const QString key = fieldFor(c);
        if (key.isEmpty())
            continue;
        if (fieldSource.contains(key)) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("The columns “%1” and “%2” would both fill the field “%3”. Change the column "
                                  "mapping so that each field comes from one column.")
                                   .arg(fieldSource.value(key), c.trimmed(), key));
        }
        fieldSource.insert(key, c.trimmed());
    }
    return Status();
}

bool ColumnMapping::identifiesPerson(const QStringList &columns) const
{
    for (const QString &c : columns) {
        const QString key = fieldFor(c);
        if (key == "person_name"_L1 || key == "register_number"_L1)
            return true;
    }
    return false;
}

} // namespace ch
