#pragma once

// ImportPresets: saved column mappings (source column -> template field) for forms whose export headers
// differ from the template. Kept in the database (table import_mapping_presets), not in QSettings, so every
// member of staff who opens the same database sees the same presets.

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace ch {

class ImportPresets final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ImportPresets)
public:
    explicit ImportPresets(QSqlDatabase db);

    Status save(const QString &name, const QHash<QString, QString> &mapping); // replaces a preset of that name
    Result<QHash<QString, QString>> load(const QString &name) const;          // Kind::NotFound when unknown
    Result<QStringList> names() const;
    Status remove(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace ch
