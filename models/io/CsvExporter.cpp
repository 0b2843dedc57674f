#include "CsvExporter.h"

#include "core/FilePermissions.h"
#include "storage/CaseRepository.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

const QStringList &CsvExporter::templateColumns()
{
    // In the order of the template (domain primer §3), which is not FieldCatalog's order.
    // clang-format off
    static const QStringList columns =
        u"submission_id,submitted_at,submitter_name,submitter_relationship,submitter_phone,submitter_email,"
        "submitter_address,submitter_language,consent_to_contact,person_name,aliases,register_number,"
        "date_of_birth,facility,court_type,sentencing_district,case_number,co_defendants,offense,"
        "relief_sought,sentence_status,sentence_months,custody_start_date,projected_release_date,"
        "sentenced_under_3559c,warden_request_date,warden_response,warden_response_date,reasons,"
        "medical_summary,family_summary,abuse_summary,other_summary,release_plan,person_language"_s.split(u',');
    // clang-format on
    return columns;
}

QString CsvExporter::neutralise(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + value;
    return value;
}

QString CsvExporter::cell(const QString &value)
{
    const QString v = neutralise(value);
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
                       (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    QString escaped = v;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

Result<int> CsvExporter::exportCases(const QSqlDatabase &db, const QString &filePath,
                                     const Progress &progress)
{
    CaseRepository repo(db);
    auto ids = repo.allIds();
    if (!ids)
        return ids.error();
    // Extra answers become columns after the template's; the cases are read twice rather than held in memory.
    QSet<QString> extraSet;
    for (qint64 id : *ids) {
        auto c = repo.load(id);
        if (!c)
            return c.error();
        for (auto it = c->extraAnswers.begin(); it != c->extraAnswers.end(); ++it) {
            if (!templateColumns().contains(it.key()))
                extraSet.insert(it.key());
        }
    }
    QStringList extras(extraSet.cbegin(), extraSet.cend());
    std::sort(extras.begin(), extras.end());

    const QString native = QDir::toNativeSeparators(filePath);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Could not write %1: %2.").arg(native, file.errorString()));
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto writeLine = [&file](const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &c : cells)
            out << cell(c);
        file.write((out.join(u',') + u"\r\n"_s).toUtf8());
    };
    file.write("\xEF\xBB\xBF");
    writeLine(templateColumns() + extras);
    int done = 0;
    for (qint64 id : *ids) {
        auto c = repo.load(id);
        if (!c) {
            file.cancelWriting();
            return c.error();
        }
        QStringList cells;
        for (const QString &key : templateColumns())
            cells << c->value(key);
        for (const QString &key : extras)
            cells << c->extraAnswers.value(key).toString();
        writeLine(cells);
        ++done;
        if (progress && !progress(done, static_cast<int>(ids->size()))) {
            file.cancelWriting();
            return Error::make(Error::Kind::General, tr("The export was cancelled; no file was written."));
        }
    }
    if (!file.commit()) {
        return Error::make(
            Error::Kind::Io,
            tr("Could not write %1: %2. No file was written.").arg(native, file.errorString()));
    }
    if (Status s = FilePermissions::restrictToOwner(filePath); !s)
        return s.error();
    return done;
}

} // namespace ch
