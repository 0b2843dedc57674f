#pragma once

// ReportService: the coordinators' reports (issue 11), each computed by SQL on the stored data for a
// period and returned as a small ReportTable. Requests belong to a period by their submission date (a
// cohort: "of the requests received in the period, how many were screened in, matched, ..."); placements
// by the date of the assignment; the open load of volunteers is as of now. Stages are read from the
// status history, so a case that moved on (or back) still counts for every stage it reached.

#include "ReportPeriod.h"
#include "ReportTable.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ch {

class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReportService)
public:
    enum class Report {
        ReceivedPerMonth,
        ScreeningOutcomes,
        ReferralReasons,
        Reasons,
        Funnel,
        StageTimes,
        VolunteersByOrganisation,
        VolunteersByKind,
        OutcomesByDistrict,
    };

    static QList<Report> reports();
    static QString id(Report report);
    static std::optional<Report> fromId(QStringView id);
    static QString title(Report report);
    static QString explanation(Report report);
    // The stages whose time the StageTimes report measures, in pipeline order.
    static QStringList timedStages();
    // The funnel's stages: received, screened in, matched, filed, granted.
    static QStringList funnelStages();

    explicit ReportService(QSqlDatabase connection) : m_db(std::move(connection)) {}

    Result<ReportTable> run(Report report, const ReportPeriod &period) const;
    // The earliest submission date stored (invalid when there is no case): where "all time" starts.
    Result<QDate> firstSubmission() const;

private:
    Status receivedPerMonth(ReportTable &t) const;
    Status screeningOutcomes(ReportTable &t) const;
    Status referralReasons(ReportTable &t) const;
    Status reasons(ReportTable &t) const;
    Status funnel(ReportTable &t) const;
    Status stageTimes(ReportTable &t) const;
    Status volunteers(ReportTable &t, bool byKind) const;
    Status outcomesByDistrict(ReportTable &t) const;

    QSqlDatabase m_db;
};

} // namespace ch
