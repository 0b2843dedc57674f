#include "ReportService.h"

#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"
#include "domain/Volunteer.h"
#include "screening/ScreeningResult.h"
#include "storage/Dialect.h"
#include "storage/ReasonRepository.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// The cohort: requests submitted inside the period. submitted_at is indexed, and the half-open text
// range keeps timestamps of the last day inside (see ReportPeriod::upperBound).
const QString kCohort = u"c.submitted_at >= :from AND c.submitted_at < :to"_s;

// Did the case ever reach a status? The status history keeps every move, so a case that went on (or
// back) still counts for the stages it passed through.
QString reached(const char *status)
{
    return u"EXISTS (SELECT 1 FROM status_history h WHERE h.case_id = c.id AND h.to_status = '%1')"_s.arg(
        QLatin1StringView(status));
}

// One row per (case, code) of a ";"-separated list of codes: listExpression is the list, fromWhere the
// " FROM cases c … WHERE …" that chooses the cases. The caller goes on with its own SELECT from split.
QString splitCodes(Backend backend, const QString &listExpression, const QString &fromWhere)
{
    const QString semicolon = Dialect::position(backend, u"rest"_s, u"';'"_s);
    // CAST: PostgreSQL types the recursive columns by the first SELECT, whose '' would be "unknown".
    return u"WITH RECURSIVE split(case_id, code, rest) AS (SELECT c.id, CAST('' AS TEXT), CAST("_s + listExpression
           + u" || ';' AS TEXT)"_s + fromWhere
           + u" UNION ALL SELECT case_id, trim(substr(rest, 1, %1 - 1)), substr(rest, %1 + 1) FROM split"
             " WHERE rest <> '')"_s.arg(semicolon);
}

// How many rows of the group meet a condition. Written out because PostgreSQL cannot sum booleans.
QString countIf(const QString &condition)
{
    return u"sum(CASE WHEN %1 THEN 1 ELSE 0 END)"_s.arg(condition);
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

} // namespace

QList<ReportService::Report> ReportService::reports()
{
    return {Report::ReceivedPerMonth,         Report::ScreeningOutcomes, Report::ReferralReasons,
            Report::Reasons,                  Report::Funnel,            Report::StageTimes,
            Report::VolunteersByOrganisation, Report::VolunteersByKind,  Report::OutcomesByDistrict};
}

QString ReportService::id(Report report)
{
    switch (report) {
    case Report::ReceivedPerMonth: return u"received-per-month"_s;
    case Report::ScreeningOutcomes: return u"screening-outcomes"_s;
    case Report::ReferralReasons: return u"referral-reasons"_s;
    case Report::Reasons: return u"reasons"_s;
    case Report::Funnel: return u"funnel"_s;
    case Report::StageTimes: return u"stage-times"_s;
    case Report::VolunteersByOrganisation: return u"volunteers-by-organisation"_s;
    case Report::VolunteersByKind: return u"volunteers-by-kind"_s;
    case Report::OutcomesByDistrict: return u"outcomes-by-district"_s;
    }
    return {};
}

std::optional<ReportService::Report> ReportService::fromId(QStringView text)
{
    for (Report r : reports()) {
        if (id(r) == text)
            return r;
    }
    return std::nullopt;
}

QString ReportService::title(Report report)
{
    switch (report) {
    case Report::ReceivedPerMonth: return tr("Requests received per month");
    case Report::ScreeningOutcomes: return tr("Screening outcomes");
    case Report::ReferralReasons: return tr("Referral reasons");
    case Report::Reasons: return tr("Reasons claimed and assessed");
    case Report::Funnel: return tr("Pipeline");
    case Report::StageTimes: return tr("Time in each stage");
    case Report::VolunteersByOrganisation: return tr("Volunteer load by organisation");
    case Report::VolunteersByKind: return tr("Volunteer load by kind");
    case Report::OutcomesByDistrict: return tr("Outcomes by district");
    }
    return {};
}

QString ReportService::explanation(Report report)
{
    switch (report) {
    case Report::ReceivedPerMonth:
        return tr("Requests by the month they were submitted.");
    case Report::ScreeningOutcomes:
        return tr("The current screening result of the requests submitted in the period.");
    case Report::ReferralReasons:
        return tr("Why screened-out requests were referred elsewhere; a request can have more than one reason.");
    case Report::Reasons:
        return tr("§1B1.13 reasons claimed by families, and the staff assessment of each, for the requests submitted in the period.");
    case Report::Funnel:
        return tr("Of the requests submitted in the period, how many reached each stage.");
    case Report::StageTimes:
        return tr("Days spent in a stage before the next status change (completed stays of requests submitted in the period).");
    case Report::VolunteersByOrganisation:
    case Report::VolunteersByKind:
        return tr("Open cases and free places now; placements are assignments made in the period.");
    case Report::OutcomesByDistrict:
        return tr("Requests submitted in the period by sentencing district, and the stages they reached.");
    }
    return {};
}

QStringList ReportService::timedStages()
{
    return {u"received"_s, u"screening"_s, u"needs_info"_s, u"screened_in"_s, u"matched"_s, u"motion_filed"_s};
}

QStringList ReportService::funnelStages()
{
    return {u"received"_s, u"screened_in"_s, u"matched"_s, u"motion_filed"_s, u"granted"_s};
}

Result<ReportTable> ReportService::run(Report report, const ReportPeriod &period) const
{
    ReportTable t;
    t.id = id(report);
    t.title = title(report);
    t.explanation = explanation(report);
    t.period = period;
    Status s;
    switch (report) {
    case Report::ReceivedPerMonth: s = receivedPerMonth(t); break;
    case Report::ScreeningOutcomes: s = screeningOutcomes(t); break;
    case Report::ReferralReasons: s = referralReasons(t); break;
    case Report::Reasons: s = reasons(t); break;
    case Report::Funnel: s = funnel(t); break;
    case Report::StageTimes: s = stageTimes(t); break;
    case Report::VolunteersByOrganisation: s = volunteers(t, false); break;
    case Report::VolunteersByKind: s = volunteers(t, true); break;
    case Report::OutcomesByDistrict: s = outcomesByDistrict(t); break;
    }
    if (!s) {
        Error e = s.error();
        e.message = tr("The report “%1” could not be computed: %2").arg(t.title, e.message);
        return e;
    }
    return t;
}

Result<QDate> ReportService::firstSubmission() const
{
    auto v = Sql::scalar(m_db, u"SELECT min(substr(submitted_at, 1, 10)) FROM cases"_s);
    if (!v)
        return v.error();
    return QDate::fromString(v->toString(), Qt::ISODate);
}

Status ReportService::receivedPerMonth(ReportTable &t) const
{
    t.columnKeys = {u"month"_s, u"requests"_s};
    t.columnTitles = {tr("Month"), tr("Requests")};
    t.chart = ReportTable::Chart::Line;
    t.chartColumns = {1};
    t.valueAxisTitle = tr("Requests");
    auto q = Sql::run(m_db,
                      u"SELECT substr(c.submitted_at, 1, 7) AS month, count(*) FROM cases c WHERE "_s + kCohort +
                          u" GROUP BY month ORDER BY month"_s,
                      {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}});
    if (!q)
        return q.error();
    QMap<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    // Every month of the period gets a row, empty ones too, so that a gap shows as a zero.
    QDate first = t.period.from;
    QDate last = t.period.to;
    if (!first.isValid() && !counts.isEmpty())
        first = QDate::fromString(counts.firstKey() + u"-01"_s, Qt::ISODate);
    if (!last.isValid() && !counts.isEmpty())
        last = QDate::fromString(counts.lastKey() + u"-01"_s, Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return Status();
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
        const QString key = m.toString(u"yyyy-MM"_s);
        t.rows.append({key, counts.value(key)});
    }
    return Status();
}

Status ReportService::screeningOutcomes(ReportTable &t) const
{
    t.columnKeys = {u"outcome"_s, u"requests"_s, u"share_percent"_s};
    t.columnTitles = {tr("Outcome"), tr("Requests"), tr("Share (%)")};
    t.chart = ReportTable::Chart::Bar;
    t.chartColumns = {1};
    t.valueAxisTitle = tr("Requests");
    const std::initializer_list<Sql::Binding> bounds = {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}};
    auto total = Sql::scalar(m_db, u"SELECT count(*) FROM cases c WHERE "_s + kCohort, bounds);
    if (!total)
        return total.error();
    auto q = Sql::run(m_db,
                      u"SELECT s.outcome, count(*) FROM cases c"
                      " JOIN screening_results s ON s.case_id = c.id AND s.is_current = 1"
                      " WHERE "_s + kCohort + u" GROUP BY s.outcome"_s,
                      bounds);
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    qint64 screened = 0;
    while (q->next()) {
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
        screened += q->value(1).toLongLong();
    }
    const qint64 all = total->toLongLong();
    QStringList order = {u"screened_in"_s, u"needs_info"_s, u"screened_out"_s};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    for (const QString &code : order)
        t.rows.append({ScreeningResult::outcomeLabel(code), counts.value(code), share(counts.value(code), all)});
    if (all > screened)
        t.rows.append({tr("Not screened"), all - screened, share(all - screened, all)});
    return Status();
}

Status ReportService::referralReasons(ReportTable &t) const
{
    t.columnKeys = {u"reason"_s, u"requests"_s, u"share_percent"_s};
    t.columnTitles = {tr("Reason"), tr("Requests"), tr("Share of screened out (%)")};
    t.chart = ReportTable::Chart::HorizontalBar;
    t.chartColumns = {1};
    t.valueAxisTitle = tr("Requests");
    const std::initializer_list<Sql::Binding> bounds = {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}};
    const QString screenedOut = u" FROM cases c JOIN screening_results s ON s.case_id = c.id AND s.is_current = 1"
                                " WHERE s.outcome = 'screened_out' AND "_s + kCohort;
    auto total = Sql::scalar(m_db, u"SELECT count(*)"_s + screenedOut, bounds);
    if (!total)
        return total.error();
    // The failing gate codes are stored ";"-separated: split them in SQL.
    auto q = Sql::run(m_db,
                      splitCodes(Dialect::of(m_db), u"s.reasons"_s, screenedOut)
                          + u" SELECT code, count(DISTINCT case_id) AS n FROM split WHERE code <> ''"
                            " GROUP BY code ORDER BY n DESC, code"_s,
                      bounds);
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 n = q->value(1).toLongLong();
        t.rows.append({ScreeningResult::gateLabel(q->value(0).toString()), n, share(n, total->toLongLong())});
    }
    return Status();
}

Status ReportService::reasons(ReportTable &t) const
{
    t.columnKeys = {u"reason"_s, u"section"_s, u"claimed"_s, u"likely"_s, u"possible"_s, u"unlikely"_s};
    t.columnTitles = {tr("Reason"), tr("Section"), tr("Claimed"), ReasonRepository::assessmentLabel(u"likely"),
                      ReasonRepository::assessmentLabel(u"possible"), ReasonRepository::assessmentLabel(u"unlikely")};
    t.labelColumns = 2;
    t.chart = ReportTable::Chart::HorizontalBar;
    t.chartColumns = {2, 3, 4, 5};
    t.valueAxisTitle = tr("Requests");
    const std::initializer_list<Sql::Binding> bounds = {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}};
    // Claims are the questionnaire's ";"-separated reasons on the case.
    auto claimed = Sql::run(m_db,
                            splitCodes(Dialect::of(m_db), u"coalesce(c.reasons, '')"_s, u" FROM cases c WHERE "_s + kCohort)
                                + u" SELECT code, count(DISTINCT case_id) FROM split WHERE code <> '' GROUP BY code"_s,
                            bounds);
    if (!claimed)
        return claimed.error();
    QHash<QString, qint64> claims;
    while (claimed->next())
        claims.insert(claimed->value(0).toString(), claimed->value(1).toLongLong());
    auto assessed = Sql::run(m_db,
                             u"SELECT ra.code, ra.assessment, count(*) FROM reason_assessments ra"
                             " JOIN cases c ON c.id = ra.case_id WHERE "_s + kCohort +
                                 u" GROUP BY ra.code, ra.assessment"_s,
                             bounds);
    if (!assessed)
        return assessed.error();
    QHash<QString, qint64> assessments; // "code/assessment"
    while (assessed->next())
        assessments.insert(assessed->value(0).toString() + u'/' + assessed->value(1).toString(), assessed->value(2).toLongLong());
    for (const ReasonInfo &r : ReasonCatalog::reasons()) {
        t.rows.append({ReasonCatalog::label(r.code), r.section, claims.value(r.code),
                       assessments.value(r.code + u"/likely"_s), assessments.value(r.code + u"/possible"_s),
                       assessments.value(r.code + u"/unlikely"_s)});
    }
    return Status();
}

Status ReportService::funnel(ReportTable &t) const
{
    t.columnKeys = {u"stage"_s, u"requests"_s, u"share_percent"_s};
    t.columnTitles = {tr("Stage"), tr("Requests"), tr("Share of received (%)")};
    t.chart = ReportTable::Chart::Bar;
    t.chartColumns = {1};
    t.valueAxisTitle = tr("Requests");
    // Matched: the status history says so, or a volunteer was assigned (even if the status never moved).
    auto q = Sql::run(m_db,
                      u"SELECT count(*), coalesce(%1, 0), coalesce(%2, 0), coalesce(%3, 0), coalesce(%4, 0)"
                      " FROM cases c WHERE "_s
                              .arg(countIf(reached("screened_in")),
                                   countIf(reached("matched")
                                           + u" OR EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id)"_s),
                                   countIf(reached("motion_filed")), countIf(reached("granted"))) +
                          kCohort,
                      {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}});
    if (!q)
        return q.error();
    if (!q->next())
        return Status();
    const qint64 received = q->value(0).toLongLong();
    const QStringList stages = funnelStages();
    for (int i = 0; i < stages.size(); ++i) {
        const qint64 n = q->value(i).toLongLong();
        t.rows.append({CaseStatus::label(stages.at(i)), n, share(n, received)});
    }
    return Status();
}

Status ReportService::stageTimes(ReportTable &t) const
{
    t.columnKeys = {u"stage"_s, u"completed_stays"_s, u"median_days"_s, u"p90_days"_s, u"in_stage_now"_s};
    t.columnTitles = {tr("Stage"), tr("Completed stays"), tr("Median (days)"), tr("90th percentile (days)"),
                      tr("In the stage now")};
    t.chart = ReportTable::Chart::Bar;
    t.chartColumns = {2, 3};
    t.valueAxisTitle = tr("Days");
    const std::initializer_list<Sql::Binding> bounds = {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}};
    // A stay runs from entering a status to the next change. The first stay ("received") starts on the
    // submission date, which may lie before the request was typed in. Median: the mean of the middle one or
    // two; 90th percentile: nearest rank, ceil(0.9 n), written (9n + 9) / 10 in integer arithmetic.
    auto q = Sql::run(m_db,
                      u"WITH stays AS ("
                      " SELECT h.to_status AS stage,"
                      "  CASE WHEN h.from_status IS NULL AND c.submitted_at IS NOT NULL THEN c.submitted_at"
                      "   ELSE h.changed_at END AS entered,"
                      "  lead(h.changed_at) OVER (PARTITION BY h.case_id ORDER BY h.id) AS left_at"
                      " FROM status_history h JOIN cases c ON c.id = h.case_id WHERE "_s + kCohort +
                          u"), durations AS ("
                          " SELECT stage, "_s
                          + Dialect::greatest(Dialect::of(m_db), u"0.0"_s,
                                              Dialect::daysBetween(Dialect::of(m_db), u"left_at"_s, u"entered"_s))
                          + u" AS days FROM stays"
                          " WHERE left_at IS NOT NULL),"
                          " ranked AS (SELECT stage, days, row_number() OVER (PARTITION BY stage ORDER BY days) AS rn,"
                          "  count(*) OVER (PARTITION BY stage) AS n FROM durations)"
                          " SELECT stage, max(n), avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN days END),"
                          "  max(CASE WHEN rn = (9 * n + 9) / 10 THEN days END) FROM ranked GROUP BY stage"_s,
                      bounds);
    if (!q)
        return q.error();
    struct Row
    {
        qint64 stays = 0;
        double median = 0;
        double p90 = 0;
    };
    QHash<QString, Row> rows;
    while (q->next())
        rows.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toDouble(), q->value(3).toDouble()});
    auto now = Sql::run(m_db, u"SELECT c.status, count(*) FROM cases c WHERE "_s + kCohort + u" GROUP BY c.status"_s, bounds);
    if (!now)
        return now.error();
    QHash<QString, qint64> current;
    while (now->next())
        current.insert(now->value(0).toString(), now->value(1).toLongLong());
    for (const QString &stage : timedStages()) {
        const Row r = rows.value(stage);
        // No completed stay: no figure, rather than a misleading zero.
        const QVariant none;
        t.rows.append({CaseStatus::label(stage), r.stays, r.stays ? QVariant(r.median) : none,
                       r.stays ? QVariant(r.p90) : none, current.value(stage)});
    }
    return Status();
}

Status ReportService::volunteers(ReportTable &t, bool byKind) const
{
    t.columnKeys = {byKind ? u"kind"_s : u"organisation"_s, u"active_volunteers"_s, u"capacity"_s,
                    u"open_cases"_s, u"free_places"_s, u"placements"_s};
    t.columnTitles = {byKind ? tr("Kind") : tr("Organisation"), tr("Active volunteers"), tr("Capacity"),
                      tr("Open cases now"), tr("Free places"), tr("Placements")};
    // Organisations have long names: they read better down the side.
    t.chart = byKind ? ReportTable::Chart::StackedBar : ReportTable::Chart::HorizontalStackedBar;
    t.chartColumns = {3, 4};
    t.ranked = !byKind;
    t.valueAxisTitle = tr("Cases");
    // The grouping column is one of two fixed expressions, never user text.
    const QString group = byKind ? u"v.kind"_s : u"trim(v.organization)"_s;
    auto q = Sql::run(m_db,
                      u"SELECT %1 AS grp, coalesce(sum(v.active), 0),"
                      " coalesce(sum(CASE WHEN v.active <> 0 THEN v.capacity ELSE 0 END), 0),"
                      " coalesce(sum(a.open), 0), coalesce(sum(a.placed), 0)"
                      " FROM volunteers v LEFT JOIN (SELECT volunteer_id, %2 AS open, %3 AS placed"
                      "  FROM assignments GROUP BY volunteer_id) a ON a.volunteer_id = v.id"
                      " GROUP BY grp ORDER BY sum(v.active) DESC, grp"_s.arg(group, countIf(u"ended_at IS NULL"_s),
                                                                             countIf(u"assigned_at >= :from AND assigned_at < :to"_s)),
                      {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}});
    if (!q)
        return q.error();
    QMap<QString, QVariantList> found;
    QStringList order;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const qint64 capacity = q->value(2).toLongLong();
        const qint64 open = q->value(3).toLongLong();
        QString label = key;
        if (byKind)
            label = Volunteer::kindLabel(key);
        else if (key.isEmpty())
            label = tr("(no organisation)");
        found.insert(key, {label, q->value(1).toLongLong(), capacity, open, std::max<qint64>(0, capacity - open),
                           q->value(4).toLongLong()});
        order << key;
    }
    if (byKind) {
        // Every kind, in the roster's order, so that the chart keeps its shape from period to period.
        QStringList kinds = Volunteer::kinds();
        for (const QString &k : order) {
            if (!kinds.contains(k))
                kinds << k;
        }
        order = kinds;
    }
    for (const QString &key : order)
        t.rows.append(found.value(key, {Volunteer::kindLabel(key), 0, 0, 0, 0, 0}));
    return Status();
}

Status ReportService::outcomesByDistrict(ReportTable &t) const
{
    t.columnKeys = {u"district"_s, u"district_name"_s, u"received"_s, u"screened_out"_s, u"screened_in"_s,
                    u"motion_filed"_s, u"granted"_s, u"denied"_s};
    t.columnTitles = {tr("District"), tr("Court"), CaseStatus::label(u"received"), tr("Screened out"),
                      CaseStatus::label(u"screened_in"), CaseStatus::label(u"motion_filed"),
                      CaseStatus::label(u"granted"), CaseStatus::label(u"denied")};
    t.labelColumns = 2;
    t.chart = ReportTable::Chart::Bar;
    t.chartColumns = {4, 5, 6, 7};
    t.ranked = true;
    t.valueAxisTitle = tr("Requests");
    auto q = Sql::run(m_db,
                      u"SELECT coalesce(c.sentencing_district, '') AS district, count(*) AS n,"
                      " %1, %2, %3, %4, %5 FROM cases c WHERE "_s
                              .arg(countIf(reached("screened_out")), countIf(reached("screened_in")),
                                   countIf(reached("motion_filed")), countIf(reached("granted")),
                                   countIf(reached("denied"))) +
                          kCohort + u" GROUP BY district ORDER BY n DESC, district"_s,
                      {{":from", t.period.lowerBound()}, {":to", t.period.upperBound()}});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString code = q->value(0).toString();
        const District *d = DistrictCatalog::byCode(code);
        QVariantList row = {code.isEmpty() ? tr("(not given)") : code, d ? d->name : QString()};
        for (int i = 1; i <= 6; ++i)
            row << q->value(i).toLongLong();
        t.rows.append(row);
    }
    return Status();
}

} // namespace ch
