#include "JsonExporter.h"

#include "core/FilePermissions.h"
#include "storage/CaseRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ch {

Result<int> JsonExporter::exportCases(const QSqlDatabase &db, const QString &filePath, const Progress &progress)
{
    CaseRepository repo(db);
    auto ids = repo.allIds();
    if (!ids)
        return ids.error();

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::Io,
                           tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    }
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write("[\n");
    int done = 0;
    for (qint64 id : *ids) {
        auto c = repo.load(id);
        if (!c) {
            file.cancelWriting();
            return c.error();
        }
        if (done > 0)
            file.write(",\n");
        file.write(QJsonDocument(c->toJson()).toJson(QJsonDocument::Compact));
        ++done;
        if (progress && !progress(done, static_cast<int>(ids->size()))) {
            file.cancelWriting();
            return Error::make(Error::Kind::General, tr("The export was cancelled; no file was written."));
        }
    }
    file.write("\n]\n");
    if (!file.commit()) {
        return Error::make(Error::Kind::Io,
                           tr("Could not write %1: %2. No file was written.")
                               .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    }
    if (Status s = FilePermissions::restrictToOwner(filePath); !s)
        return s.error();
    return done;
}

} // namespace ch
