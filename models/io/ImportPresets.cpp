#include "ImportPresets.h"

#include "ColumnMapping.h"
#include "storage/SqlHelpers.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

ImportPresets::ImportPresets(QSqlDatabase db) : m_db(std::move(db)) {}

Status ImportPresets::save(const QString &name, const QHash<QString, QString> &mapping)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Give the preset a name."));
    if (Status s = ColumnMapping::checkMapping(mapping); !s)
        return s;
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(it.key(), it.value());
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto q = Sql::run(m_db,
                      u"INSERT INTO import_mapping_presets(name, mapping_json, updated_at) VALUES (:n, :m, :at)"
                      " ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json,"
                      " updated_at = excluded.updated_at"_s,
                      {{":n", name.trimmed()},
                       {":m", QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))},
                       {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    return tx.commit();
}

Result<QHash<QString, QString>> ImportPresets::load(const QString &name) const
{
    auto v = Sql::scalar(m_db, u"SELECT mapping_json FROM import_mapping_presets WHERE name = :n"_s,
                         {{":n", name.trimmed()}});
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error::make(Error::Kind::NotFound, tr("There is no column-mapping preset called “%1”.").arg(name));
    QHash<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(v->toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

Result<QStringList> ImportPresets::names() const
{
    auto q = Sql::run(m_db, u"SELECT name FROM import_mapping_presets ORDER BY name"_s);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status ImportPresets::remove(const QString &name)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (auto q = Sql::run(m_db, u"DELETE FROM import_mapping_presets WHERE name = :n"_s, {{":n", name.trimmed()}}); !q)
        return q.error();
    return tx.commit();
}

} // namespace ch
