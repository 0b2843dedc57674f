// bench_reports: every report on a large database beside a bare `SELECT count(*) FROM cases` measured in
// the same process, as JSON. Built, not run as a test.
//   cp /tmp/big.db /tmp/reports-big.db && bench_reports --db /tmp/reports-big.db [--runs 3] [--all-time]
// (Opening the copy migrates it to the latest schema; never point it at a database you need unchanged.)
// Each report is timed cold (its first run) and as the median of --runs further runs.
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

double ms(const std::function<bool()> &work, bool &ok)
{
    QElapsedTimer t;
    t.start();
    ok = work() && ok;
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"db"_s, u"The database (a copy: it is migrated)."_s, u"PATH"_s});
    p.addOption({u"runs"_s, u"Timed runs after the first (default 3)."_s, u"N"_s, u"3"_s});
    p.addOption({u"all-time"_s, u"Every request instead of the last twelve months."_s});
    p.process(app);
    QTextStream err(stderr);
    if (!p.isSet(u"db"_s)) {
        err << "bench_reports: give --db PATH\n";
        return 2;
    }
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(p.value(u"db"_s));
    if (!db) {
        err << db.error().fullText() << '\n';
        return 1;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    const ReportPeriod period = p.isSet(u"all-time"_s) ? ReportPeriod::allTime()
                                                       : ReportPeriod::lastTwelveMonths(QDate::currentDate());
    const QSqlDatabase c = (*db)->connection();
    bool ok = true;
    qint64 cases = 0;
    auto baseline = [&] {
        auto v = Sql::scalar(c, u"SELECT count(*) FROM cases"_s);
        cases = v ? v->toLongLong() : -1;
        return bool(v);
    };
    const double baselineCold = ms(baseline, ok);
    QList<double> baselineRuns;
    for (int i = 0; i < runs; ++i)
        baselineRuns << ms(baseline, ok);
    const double baselineMs = median(baselineRuns);

    QJsonArray reports;
    ReportService service(c);
    double total = 0;
    for (ReportService::Report r : ReportService::reports()) {
        int rows = 0;
        auto work = [&] {
            auto t = service.run(r, period);
            if (!t)
                err << t.error().fullText() << '\n';
            rows = t ? t->rowCount() : -1;
            return bool(t);
        };
        const double cold = ms(work, ok);
        QList<double> times;
        for (int i = 0; i < runs; ++i)
            times << ms(work, ok);
        const double warm = median(times);
        total += warm;
        reports.append(QJsonObject{{u"report"_s, ReportService::id(r)},
                                   {u"first_ms"_s, qRound(cold * 10) / 10.0},
                                   {u"median_ms"_s, qRound(warm * 10) / 10.0},
                                   {u"rows"_s, rows},
                                   {u"x_baseline"_s, baselineMs > 0 ? qRound(warm / baselineMs * 10) / 10.0 : 0.0}});
    }
    const QJsonObject out{{u"database"_s, p.value(u"db"_s)},
                          {u"cases"_s, cases},
                          {u"period"_s, period.describe()},
                          {u"open_and_migrate_ms"_s, qRound(openMs)},
                          {u"baseline_count_cases_first_ms"_s, qRound(baselineCold * 10) / 10.0},
                          {u"baseline_count_cases_ms"_s, qRound(baselineMs * 10) / 10.0},
                          {u"reports"_s, reports},
                          {u"all_reports_ms"_s, qRound(total)},
                          {u"ok"_s, ok}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return ok ? 0 : 1;
}
