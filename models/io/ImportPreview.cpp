#include "ImportPreview.h"

#include "io/CsvReader.h"
#include "io/JsonRowReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ch {

Result<ImportPreview> ImportPreview::read(const QString &path, int maxRows)
{
    const QString native = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io,
                           tr("The file %1 cannot be read: %2. Check that it exists and that you "
                              "may read it.")
                               .arg(native, file.errorString()));
    }
    ImportPreview p;
    p.fileName = QFileInfo(path).fileName();
    p.format = ImportService::detectFormat(path, &file);
    if (p.format == ImportService::Format::Json) {
        auto items = JsonRowReader::load(&file);
        if (!items)
            return items.error();
        p.columns = JsonRowReader::columns(*items);
        for (qsizetype i = 0; i < items->size() && i < maxRows; ++i) {
            const ImportRow row = JsonRowReader::row(*items, i);
            QStringList values(p.columns.size());
            for (const auto &[column, value] : row.cells) {
                if (const qsizetype at = p.columns.indexOf(column); at >= 0)
                    values[at] = value;
            }
            p.rows << values;
        }
        p.more = items->size() > maxRows;
        return p;
    }
    CsvReader reader(&file);
    CsvReader::Row header;
    if (!reader.next(header)) {
        if (!reader.fatalError().isEmpty())
            return Error::make(Error::Kind::InvalidInput, reader.fatalError());
        return Error::make(Error::Kind::InvalidInput,
                           tr("The file %1 is empty: there is nothing to import.").arg(native));
    }
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        p.columns << (name.isEmpty() ? u"column_%1"_s.arg(i + 1) : name);
    }
    CsvReader::Row r;
    while (p.rows.size() < maxRows && reader.next(r)) {
        QStringList values = r.fields;
        values.resize(p.columns.size());
        p.rows << values;
    }
    p.more = p.rows.size() == maxRows && reader.next(r);
    return p;
}

} // namespace ch
