#include "RosterCommands.h"
#include "CommandLine.h"

#include "io/VolunteerImporter.h"
#include "matching/MatchSession.h"
#include "storage/Database.h"
#include "storage/MatchCaseRepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };
}

int RosterCommands::importVolunteers(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Import the volunteer roster from a CSV file with the columns %1. Lists are "
                                   "separated by “;”. Prints a JSON summary; rejected rows are listed with the "
                                   "reason and nothing is written for them.")
                                    .arg(VolunteerImporter::columns().join(u", "_s)));
    p.addHelpOption();
    p.addPositionalArgument(u"FILE"_s, tr("The roster as CSV."));
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    if (p.positionalArguments().size() != 1) {
        m_err << tr("clearinghouse-cli import-volunteers: give exactly one CSV file.") << Qt::endl;
        return UsageError;
    }
    auto db = m_open();
    if (!db)
        return Failed;
    auto summary = VolunteerImporter(db->connection()).importFile(p.positionalArguments().first());
    if (!summary) {
        m_err << tr("clearinghouse-cli import-volunteers: %1").arg(summary.error().message) << Qt::endl;
        if (!summary.error().detail.isEmpty())
            m_err << u"  ("_s << summary.error().detail << u")"_s << Qt::endl;
        return Failed;
    }
    m_out << QString::fromUtf8(QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    for (const ImportWarning &w : summary->warnings)
        m_err << tr("clearinghouse-cli import-volunteers: warning: %1").arg(w.reason) << Qt::endl;
    if (summary->rejected > 0)
        m_err << tr("clearinghouse-cli import-volunteers: %n row(s) rejected; correct them and import the file again.",
                    nullptr, static_cast<int>(summary->rejected))
              << Qt::endl;
    return Ok;
}

int RosterCommands::match(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Match cases to volunteers (domain primer §5). With CASE_ID: the ranked "
                                   "candidates for one case and the volunteers excluded, with the reason. With "
                                   "--batch: a plan for every screened-in case without a volunteer."));
    p.addHelpOption();
    p.addPositionalArgument(u"CASE_ID"_s, tr("The case to match."), u"[CASE_ID]"_s);
    p.addOption({u"batch"_s, tr("Plan every screened-in, unassigned case at once.")});
    p.addOption({u"apply"_s, tr("With --batch: save the planned assignments.")});
    p.addOption({u"json"_s, tr("Print JSON (the default is one line per volunteer or assignment).")});
    p.addOption({u"as-of"_s, tr("Judge leave and training as of this date (YYYY-MM-DD; default today)."), u"DATE"_s});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    const bool batch = p.isSet(u"batch"_s);
    const QStringList pos = p.positionalArguments();
    if (batch == !pos.isEmpty() || pos.size() > 1) {
        m_err << tr("clearinghouse-cli match: give one CASE_ID, or --batch.") << Qt::endl;
        return UsageError;
    }
    if (p.isSet(u"apply"_s) && !batch) {
        m_err << tr("clearinghouse-cli match: --apply goes with --batch; assign one case in the program.") << Qt::endl;
        return UsageError;
    }
    QDate asOf = QDate::currentDate();
    if (p.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(p.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid()) {
            m_err << tr("clearinghouse-cli match: --as-of takes a date written YYYY-MM-DD, not “%1”.").arg(p.value(u"as-of"_s))
                  << Qt::endl;
            return UsageError;
        }
    }
    qint64 caseId = 0;
    if (!batch) {
        bool ok = false;
        caseId = pos.first().toLongLong(&ok);
        if (!ok || caseId <= 0) {
            m_err << tr("clearinghouse-cli match: “%1” is not a case number.").arg(pos.first()) << Qt::endl;
            return UsageError;
        }
    }
    auto db = m_open();
    if (!db)
        return Failed;
    auto fail = [this](const Error &e) {
        m_err << tr("clearinghouse-cli match: %1").arg(e.message) << Qt::endl;
        return Failed;
    };
    auto planner = MatchSession::planner(db->connection(), asOf);
    if (!planner)
        return fail(planner.error());
    const bool json = p.isSet(u"json"_s);
    MatchCaseRepository cases(db->connection());
    if (!batch) {
        auto c = cases.load(caseId);
        if (!c)
            return fail(c.error());
        const CaseMatch m = (*planner)->rank(*c);
        if (json) {
            m_out << QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented));
            return Ok;
        }
        for (const MatchCandidate &cand : m.candidates)
            m_out << u"%1\t%2\t%3"_s.arg(cand.volunteerId).arg(cand.score, 0, 'f', 2).arg(cand.name) << Qt::endl;
        for (const MatchExclusion &e : m.excluded)
            m_out << u"%1\t%2\t%3\t%4"_s.arg(QString::number(e.volunteerId), tr("excluded"), e.name, e.reason)
                  << Qt::endl;
        return Ok;
    }
    auto queue = cases.queue();
    if (!queue)
        return fail(queue.error());
    const BatchPlan plan = (*planner)->planBatch(*queue);
    if (p.isSet(u"apply"_s)) {
        if (Status s = MatchSession::apply(db->connection(), plan.assignments); !s)
            return fail(s.error());
    }
    if (json) {
        QJsonObject o = plan.toJson();
        if (p.isSet(u"apply"_s))
            o.insert(u"applied"_s, true);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const ProposedAssignment &a : plan.assignments)
        m_out << u"%1\t%2\t%3"_s.arg(a.caseId).arg(a.volunteerId).arg(a.score, 0, 'f', 2) << Qt::endl;
    for (qint64 id : plan.unassigned)
        m_out << u"%1\t%2"_s.arg(QString::number(id), tr("unassigned")) << Qt::endl;
    return Ok;
}

} // namespace ch
