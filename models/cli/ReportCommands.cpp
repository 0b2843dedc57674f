#include "ReportCommands.h"
#include "CommandLine.h"

#include "reports/ReportExporter.h"
#include "reports/ReportService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/FilePermissions.h"

using namespace Qt::StringLiterals;

namespace ch {

namespace {
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };
}

int ReportCommands::report(const QStringList &args)
{
    QStringList names;
    for (ReportService::Report r : ReportService::reports())
        names << ReportService::id(r);
    QCommandLineParser p;
    p.setApplicationDescription(tr("Compute a report for a period (default: the last twelve months) and print it "
                                   "as JSON or CSV. Reports: %1.")
                                    .arg(names.join(u", "_s)));
    p.addHelpOption();
    p.addPositionalArgument(u"NAME"_s, tr("The report, e.g. funnel."), u"[NAME]"_s);
    p.addOption({u"from"_s, tr("First day of the period (YYYY-MM-DD)."), u"DATE"_s});
    p.addOption({u"to"_s, tr("Last day of the period (YYYY-MM-DD; default today)."), u"DATE"_s});
    p.addOption({u"all-time"_s, tr("Every request, whatever its date.")});
    p.addOption({u"format"_s, tr("json (the default) or csv."), u"FORMAT"_s, u"json"_s});
    p.addOption({u"out"_s, tr("Write to this file instead of standard output."), u"FILE"_s});
    p.addOption({u"list"_s, tr("List the reports and stop.")});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    if (p.isSet(u"list"_s)) {
        for (ReportService::Report r : ReportService::reports())
            m_out << u"%1  %2"_s.arg(ReportService::id(r).leftJustified(28), ReportService::title(r)) << Qt::endl;
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) {
        m_err << tr("clearinghouse-cli report: name one report: %1.").arg(names.join(u", "_s)) << Qt::endl;
        return UsageError;
    }
    const auto which = ReportService::fromId(pos.first());
    if (!which) {
        m_err << tr("clearinghouse-cli report: there is no report “%1”. The reports are: %2.")
                     .arg(pos.first(), names.join(u", "_s))
              << Qt::endl;
        return UsageError;
    }
    const QString format = p.value(u"format"_s);
    if (format != "json"_L1 && format != "csv"_L1) {
        m_err << tr("clearinghouse-cli report: --format is json or csv.") << Qt::endl;
        return UsageError;
    }
    ReportPeriod period = ReportPeriod::lastTwelveMonths(QDate::currentDate());
    if (p.isSet(u"all-time"_s)) {
        if (p.isSet(u"from"_s) || p.isSet(u"to"_s)) {
            m_err << tr("clearinghouse-cli report: give --all-time or --from/--to, not both.") << Qt::endl;
            return UsageError;
        }
        period = ReportPeriod::allTime();
    }
    for (const char *option : {"from", "to"}) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            continue;
        const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
        if (!d.isValid()) {
            m_err << tr("clearinghouse-cli report: --%1 needs a date written YYYY-MM-DD, not “%2”.").arg(name, p.value(name))
                  << Qt::endl;
            return UsageError;
        }
        (name == "from"_L1 ? period.from : period.to) = d;
    }
    if (p.isSet(u"from"_s) && !p.isSet(u"to"_s))
        period.to = QDate::currentDate();
    if (period.from.isValid() && period.to.isValid() && period.from > period.to) {
        m_err << tr("clearinghouse-cli report: the period starts after it ends.") << Qt::endl;
        return UsageError;
    }

    auto db = m_open();
    if (!db)
        return Failed;
    auto table = ReportService(db->connection()).run(*which, period);
    if (!table) {
        m_err << tr("clearinghouse-cli report: %1").arg(table.error().message) << Qt::endl;
        if (!table.error().detail.isEmpty())
            m_err << u"  ("_s << table.error().detail << u")"_s << Qt::endl;
        return Failed;
    }
    const QString out = p.value(u"out"_s);
    if (format == "csv"_L1 && !out.isEmpty()) {
        if (Status s = ReportExporter::writeCsv(*table, out); !s) {
            m_err << tr("clearinghouse-cli report: %1").arg(s.error().message) << Qt::endl;
            return Failed;
        }
        return Ok;
    }
    const QByteArray bytes = format == "csv"_L1
                                 ? ReportExporter::csv(*table).toUtf8()
                                 : QJsonDocument(table->toJson()).toJson(QJsonDocument::Indented);
    if (out.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Ok;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        m_err << tr("clearinghouse-cli report: could not write %1: %2.").arg(QDir::toNativeSeparators(out), file.errorString())
              << Qt::endl;
        return Failed;
    }
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit() || !FilePermissions::restrictToOwner(out)) {
        m_err << tr("clearinghouse-cli report: could not write %1: %2. Check the free space and try again.")
                     .arg(QDir::toNativeSeparators(out), file.errorString())
              << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace ch
