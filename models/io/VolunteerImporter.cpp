#include "VolunteerImporter.h"

#include "CsvReader.h"
#include "domain/VolunteerValidator.h"
#include "matching/MatchCase.h"
#include "storage/VolunteerRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

struct PendingRow
{
    qint64 row = 0;
    Volunteer volunteer;
    QString supervisor; // as written
};

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &p : s.split(u';', Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

} // namespace

QStringList VolunteerImporter::columns()
{
    return {u"name"_s, u"email"_s, u"phone"_s, u"organization"_s, u"kind"_s, u"supervisor"_s, u"bar_states"_s,
            u"districts"_s, u"training_completed"_s, u"capacity"_s, u"languages"_s, u"expertise"_s,
            u"conflicts"_s, u"on_leave_until"_s, u"active"_s};
}

Result<ImportSummary> VolunteerImporter::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("The file %1 cannot be read: %2. Check the name and try again.")
                                                .arg(QDir::toNativeSeparators(path), f.errorString()));
    return importCsv(&f, QFileInfo(path).fileName());
}

Result<ImportSummary> VolunteerImporter::importCsv(QIODevice *device, const QString &fileName)
{
    CsvReader reader(device);
    CsvReader::Row header;
    if (!reader.next(header)) {
        return Error::make(Error::Kind::InvalidInput,
                           reader.fatalError().isEmpty()
                               ? tr("%1 is empty. A roster file starts with a header row naming the columns.").arg(fileName)
                               : tr("%1 cannot be read as CSV: %2").arg(fileName, reader.fatalError()));
    }
    ImportSummary summary;
    QHash<QString, int> col;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const QString key = name.toLower().replace(u' ', u'_');
        if (columns().contains(key) && !col.contains(key)) {
            col.insert(key, i);
            continue;
        }
        // A column that is not read is said out loud: a misspelt "capacty" would otherwise lose its values
        // without a word.
        QString reason;
        if (col.contains(key))
            reason = tr("Column %1 repeats “%2”; only the first one was read.").arg(QString::number(i + 1), name);
        else if (name.isEmpty())
            reason = tr("Column %1 has no name in the header row and was not read.").arg(i + 1);
        else
            reason = tr("Column %1, “%2”, is not a roster column and was not read. The columns are: %3.")
                         .arg(QString::number(i + 1), name, columns().join(u", "_s));
        summary.warnings << ImportWarning{i + 1, name, reason};
    }
    for (const QString &required : {u"name"_s, u"kind"_s}) {
        if (!col.contains(required))
            return Error::make(Error::Kind::InvalidInput,
                               tr("%1 has no “%2” column. The columns are: %3.")
                                   .arg(fileName, required, columns().join(u", "_s)));
    }

    summary.rowNumbering = tr("Row 1 is the header, as a spreadsheet shows it.");
    VolunteerRepository repo(m_db);
    auto existing = repo.all();
    if (!existing)
        return existing.error();
    // Who is on the roster, by id, email and name key, to find duplicates and supervisors.
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byName;
    QSet<QString> nameOrg;
    for (const Volunteer &v : *existing) {
        if (!v.email.isEmpty())
            byEmail.insert(v.email.toCaseFolded(), v.id);
        byName.insert(MatchCase::nameKey(v.name), v.id);
        nameOrg.insert(MatchCase::nameKey(v.name) + u'|' + MatchCase::nameKey(v.organization));
    }
    QSet<qint64> ids;
    for (const Volunteer &v : *existing)
        ids.insert(v.id);

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();

    auto reject = [&summary](qint64 row, const QString &field, const QString &reason) {
        summary.rejects << ImportReject{row, field, reason};
    };
    QList<PendingRow> pending;
    QSet<QString> seen; // rows earlier in this file
    CsvReader::Row r;
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            reject(r.number, {}, r.error);
            ++summary.rejected;
            continue;
        }
        auto value = [&](const QString &key) {
            const int i = col.value(key, -1);
            return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
        };
        const qsizetype before = summary.rejects.size();
        for (int i : r.invalidUtf8)
            reject(r.number, header.fields.value(i), tr("The value is not UTF-8 text. Save the file as UTF-8 and import it again."));
        PendingRow p;
        p.row = r.number;
        Volunteer &v = p.volunteer;
        v.name = value(u"name"_s);
        v.email = value(u"email"_s);
        v.phone = value(u"phone"_s);
        v.organization = value(u"organization"_s);
        v.kind = value(u"kind"_s).toLower();
        p.supervisor = value(u"supervisor"_s);
        v.barStates = splitList(value(u"bar_states"_s));
        v.districts = splitList(value(u"districts"_s));
        for (const QString &d : splitList(value(u"training_completed"_s))) {
            const QDate date = QDate::fromString(d, Qt::ISODate);
            if (!date.isValid())
                reject(r.number, u"training_completed"_s, tr("“%1” is not a date written YYYY-MM-DD.").arg(d));
            else
                v.trainings << Training{date, tr("Volunteer training")};
        }
        const QString capacity = value(u"capacity"_s);
        if (!capacity.isEmpty()) {
            bool ok = false;
            v.capacity = capacity.toInt(&ok);
            if (!ok)
                reject(r.number, u"capacity"_s, tr("“%1” is not a whole number of cases.").arg(capacity));
        }
        v.languages = splitList(value(u"languages"_s));
        v.expertise = splitList(value(u"expertise"_s));
        v.conflicts = splitList(value(u"conflicts"_s));
        const QString leave = value(u"on_leave_until"_s);
        if (!leave.isEmpty()) {
            v.onLeaveUntil = QDate::fromString(leave, Qt::ISODate);
            if (!v.onLeaveUntil.isValid())
                reject(r.number, u"on_leave_until"_s, tr("“%1” is not a date written YYYY-MM-DD.").arg(leave));
        }
        const QString active = value(u"active"_s).toLower();
        if (active.isEmpty() || active == u"yes" || active == u"true" || active == u"1") {
            v.active = true;
        } else if (active == u"no" || active == u"false" || active == u"0") {
            v.active = false;
        } else {
            reject(r.number, u"active"_s, tr("“%1” is not yes or no.").arg(active));
        }
        VolunteerValidator::normalize(v);
        // The supervisor is checked once every row is known; the rest now.
        for (const VolunteerProblem &problem : VolunteerValidator::validate(v, [](qint64) { return nullptr; })) {
            if (problem.field != u"supervisor_id")
                reject(r.number, problem.field, problem.message);
        }
        if (summary.rejects.size() > before) {
            ++summary.rejected;
            continue;
        }
        const QString key = v.email.isEmpty() ? MatchCase::nameKey(v.name) + u'|' + MatchCase::nameKey(v.organization)
                                              : v.email.toCaseFolded();
        const bool duplicate = v.email.isEmpty() ? nameOrg.contains(key) : byEmail.contains(key);
        if (duplicate || seen.contains(key)) {
            ++summary.duplicates;
            continue;
        }
        seen.insert(key);
        pending << p;
    }
    if (!reader.fatalError().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("%1 cannot be read to the end: %2").arg(fileName, reader.fatalError()));

    auto resolveSupervisor = [&](const QString &text) -> qint64 {
        if (text.isEmpty())
            return 0;
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (isNumber)
            return ids.contains(id) ? id : -1;
        if (text.contains(u'@'))
            return byEmail.value(text.toCaseFolded(), -1);
        return byName.value(MatchCase::nameKey(text), -1);
    };
    // Attorneys first, then students in rounds, so that a supervisor later in the file is found.
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            PendingRow &p = pending[i];
            const qint64 sup = resolveSupervisor(p.supervisor);
            if (p.volunteer.isStudent() && sup <= 0) {
                ++i;
                continue;
            }
            p.volunteer.supervisorId = std::max<qint64>(sup, 0);
            if (!p.supervisor.isEmpty() && sup < 0) {
                reject(p.row, u"supervisor"_s, tr("The supervisor “%1” is not on the roster.").arg(p.supervisor));
                ++summary.rejected;
                pending.removeAt(i);
                continue;
            }
            Volunteer v = p.volunteer;
            auto id = repo.create(v);
            if (!id) {
                if (id.error().kind != Error::Kind::InvalidInput)
                    return id.error();
                reject(p.row, u"supervisor"_s, id.error().message);
                ++summary.rejected;
            } else {
                ++summary.imported;
                ids.insert(v.id);
                if (!v.email.isEmpty())
                    byEmail.insert(v.email.toCaseFolded(), v.id);
                byName.insert(MatchCase::nameKey(v.name), v.id);
                progress = true;
            }
            pending.removeAt(i);
        }
    }
    for (const PendingRow &p : pending) {
        reject(p.row, u"supervisor"_s,
               p.supervisor.isEmpty()
                   ? tr("A law-clinic student needs a supervising attorney from the roster.")
                   : tr("The supervisor “%1” is not on the roster.").arg(p.supervisor));
        ++summary.rejected;
    }
    std::stable_sort(summary.rejects.begin(), summary.rejects.end(),
                     [](const ImportReject &a, const ImportReject &b) { return a.row < b.row; });
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ch
