// bench_scale (issue 10): the program at 100,000 cases and 2,000 volunteers, every figure beside a bare
// baseline measured in the same run, all written to one JSON file so runs can be compared.
//
//   bench_scale [--cases N] [--volunteers N] [--reuse DB] [--out FILE] [--import-rows N] [--quick]
//
// --reuse DB: use DB if it exists, otherwise generate it there (generation of 100,000 cases takes
// minutes, so keep the file between runs). The data come from DemoDataGenerator with a fixed seed and
// a fixed "today", so every run measures the same cases. Import, screening, matching and packets are
// measured by the sibling programs bench_import, bench_screening, bench_matching and bench_packets
// (run from this program's folder, their lines kept in the JSON); --quick leaves them out.
// Run from a Release build: cmake --preset release && cmake --build build/release -j2 --target
// bench_scale clearinghouse bench_import bench_screening bench_matching bench_packets
#include "backup/BackupService.h"
#include "demo/DemoDataGenerator.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/WorkQueueModel.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

const QString kBareSelect = u"SELECT c.id, p.person_name, p.register_number, c.sentencing_district, c.status,"
                            " c.submitted_at, c.reasons, c.facility, c.updated_at FROM cases c"
                            " JOIN persons p ON p.id = c.person_id"_s;

qint64 count(const QSqlDatabase &conn, const QString &sql)
{
    auto v = Sql::scalar(conn, sql);
    return v ? v->toLongLong() : -1;
}

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

// CPU time of the calling (UI) thread, in ms: on the shared 2-core machine wall times include waiting for
// a core; this is the work itself.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5)));
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << ms(t);
    }
    return percentile(times, 0.5);
}

long long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

void touchFirstScreen(const QAbstractItemModel &model)
{
    // What a view does for its first screen: about 40 rows, every column.
    for (int r = 0; r < std::min(40, model.rowCount()); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c));
}

void bareQuery(const QSqlDatabase &conn, const QString &sql)
{
    QSqlQuery q(conn);
    if (!q.exec(sql))
        qFatal("bare query failed: %s", qPrintable(sql));
    while (q.next()) {
    }
}

// Child mode: the baseline for first paint, a bare QTableView over SELECT ... LIMIT 256.
int bareStartup(const QString &dbPath, const QElapsedTimer &sinceStart)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(dbPath);
    if (!db.open())
        return 1;
    QSqlQueryModel model;
    model.setQuery(kBareSelect + u" ORDER BY c.id DESC LIMIT 256"_s, db);
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    struct Probe : QObject
    {
        QElapsedTimer since;
        bool done = false;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && !done) {
                done = true;
                QTimer::singleShot(0, this, [this] {
                    std::printf("first-paint-ms %.1f peak-rss-kb %lld\n", ms(since), peakRssKb());
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
            return QObject::eventFilter(o, e);
        }
    } probe;
    probe.since = sinceStart;
    view.installEventFilter(&probe);
    view.show();
    return QApplication::exec();
}

// Starts PROGRAM ARGS offscreen and reads "first-paint-ms N peak-rss-kb M"; also the wall time from
// the start of the process (as this program sees it) to that line.
QJsonObject startupOnce(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    double wall = -1;
    QByteArray out;
    while (p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        if (out.contains("first-paint-ms")) {
            wall = ms(t);
            break;
        }
    }
    p.waitForFinished(30000);
    out += p.readAllStandardOutput();
    const auto m = QRegularExpression(u"first-paint-ms ([0-9.]+) peak-rss-kb ([0-9]+)"_s).match(QString::fromUtf8(out));
    if (!m.hasMatch())
        log(u"startup of %1 failed: %2"_s.arg(program, QString::fromUtf8(p.readAllStandardError())));
    return {{u"wall_ms_from_spawn"_s, wall},
            {u"ms_from_main"_s, m.captured(1).toDouble()},
            {u"peak_rss_mb"_s, m.captured(2).toDouble() / 1024.0}};
}

QJsonObject startupMedian(const QString &program, const QStringList &args, int runs)
{
    QList<QJsonObject> all;
    for (int i = 0; i < runs; ++i)
        all << startupOnce(program, args);
    std::sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"wall_ms_from_spawn"_s).toDouble() < b.value(u"wall_ms_from_spawn"_s).toDouble();
    });
    return all.at(all.size() / 2);
}

QJsonObject runSibling(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationDirPath() + u"/"_s + name, args);
    QElapsedTimer t;
    t.start();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0)
        log(u"%1 failed: %2"_s.arg(name, QString::fromUtf8(p.readAllStandardError())));
    QJsonArray lines;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
        lines << line;
    return {{u"args"_s, QJsonArray::fromStringList(args)}, {u"output"_s, lines}, {u"wall_ms"_s, ms(t)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // measured without a display, like the GUI run
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"cases"_s, u"Cases to generate."_s, u"N"_s, u"100000"_s},
                       {u"volunteers"_s, u"Volunteers to generate."_s, u"N"_s, u"2000"_s},
                       {u"reuse"_s, u"Database file to reuse (generated there when missing)."_s, u"DB"_s},
                       {u"out"_s, u"JSON file to write."_s, u"FILE"_s, u"bench_scale.json"_s},
                       {u"import-rows"_s, u"Rows for the import benchmark."_s, u"N"_s, u"20000"_s},
                       {u"app"_s, u"The clearinghouse GUI program."_s, u"PATH"_s},
                       {u"quick"_s, u"Leave out import, screening, matching and packets."_s},
                       {u"bare-startup"_s, u"(internal) baseline first paint over DB."_s, u"DB"_s}});
    parser.process(app);
    if (parser.isSet(u"bare-startup"_s))
        return bareStartup(parser.value(u"bare-startup"_s), sinceStart);

    QTemporaryDir tmp;
    const QString dbPath = parser.isSet(u"reuse"_s) ? parser.value(u"reuse"_s) : tmp.filePath(u"scale.db"_s);
    const int cases = parser.value(u"cases"_s).toInt();
    const int volunteers = parser.value(u"volunteers"_s).toInt();
    QJsonObject result{{u"cases_requested"_s, cases}, {u"volunteers_requested"_s, volunteers},
                       {u"database"_s, dbPath}};
    {
        const bool exists = QFile::exists(dbPath);
        auto db = Database::open(dbPath);
        if (!db)
            qFatal("%s", qPrintable(db.error().fullText()));
        if (!exists) {
            DemoDataGenerator::Options o;
            o.cases = cases;
            o.volunteers = volunteers;
            o.today = QDate(2026, 11, 29); // fixed: the same data on every run
            QElapsedTimer t;
            t.start();
            if (Status s = DemoDataGenerator(o).generate(**db, [](int done, int total) {
                    if (done % 10000 == 0)
                        log(u"generated %1 / %2"_s.arg(done).arg(total));
                    return true;
                });
                !s)
                qFatal("%s", qPrintable(s.error().fullText()));
            result[u"generate_ms"_s] = ms(t);
        }
        const QSqlDatabase conn = (*db)->connection();
        result[u"cases"_s] = count(conn, u"SELECT count(*) FROM cases"_s);
        result[u"volunteers"_s] = count(conn, u"SELECT count(*) FROM volunteers"_s);
    }
    log(u"database ready: %1"_s.arg(dbPath));

    // First paint: the real program against a bare QTableView, each a fresh process, median of 5.
    const QString appPath = parser.isSet(u"app"_s)
                                ? parser.value(u"app"_s)
                                : QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/gui/clearinghouse"_s);
    const QJsonObject appStart = startupMedian(appPath, {u"--db"_s, dbPath, u"--benchmark-startup"_s}, 5);
    const QJsonObject bareStart = startupMedian(QCoreApplication::applicationFilePath(), {u"--bare-startup"_s, dbPath}, 5);
    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    result[u"first_paint"_s] = QJsonObject{{u"main_window"_s, appStart}, {u"bare_qtableview_limit_256"_s, bareStart},
                                           {u"ratio_to_bare"_s, ratio(appStart.value(u"wall_ms_from_spawn"_s).toDouble(),
                                                                      bareStart.value(u"wall_ms_from_spawn"_s).toDouble())},
                                           {u"target_ms"_s, 400}};
    result[u"case_list_peak_rss_mb"_s] = QJsonObject{{u"main_window_process"_s, appStart.value(u"peak_rss_mb"_s)},
                                                     {u"bare_qtableview_process"_s, bareStart.value(u"peak_rss_mb"_s)},
                                                     {u"target_mb"_s, 100}};
    log(u"first paint done"_s);

    auto db = Database::open(dbPath);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    const QSqlDatabase conn = (*db)->connection();
    CaseListModel model(conn);
    (void)model.reload();

    // Sorting by every column, then clearing the search, beside the bare ORDER BY ... LIMIT 256.
    const QStringList orders = {u"c.id"_s, u"p.person_name COLLATE NOCASE"_s, u"p.register_number"_s,
                                u"c.sentencing_district"_s, u"c.status"_s, u"c.submitted_at"_s, u"c.reasons"_s,
                                u"c.facility COLLATE NOCASE"_s, u"c.updated_at"_s};
    QJsonArray sorts;
    for (int col = 0; col < CaseListModel::ColumnCount; ++col) {
        const double bare = medianMs(3, [&] { bareQuery(conn, kBareSelect + u" ORDER BY "_s + orders.value(col, u"c.id"_s) + u" LIMIT 256"_s); });
        QList<double> cpu;
        const double asc = medianMs(3, [&] {
            const double c0 = threadCpuMs();
            model.sort(col, Qt::DescendingOrder);
            model.sort(col, Qt::AscendingOrder);
            touchFirstScreen(model);
            cpu << threadCpuMs() - c0;
        });
        sorts << QJsonObject{{u"column"_s, model.headerData(col, Qt::Horizontal).toString()},
                             {u"model_ms"_s, asc / 2},
                             {u"model_ui_thread_cpu_ms"_s, percentile(cpu, 0.5) / 2},
                             {u"bare_order_by_limit_256_ms"_s, bare},
                             {u"ratio_to_bare"_s, ratio(asc / 2, bare)}};
    }
    model.sort(CaseListModel::IdColumn, Qt::DescendingOrder);
    log(u"sort done"_s);

    // Search as you type: every keystroke of five queries, beside the bare FTS5 query for the whole text.
    QJsonArray searches;
    for (const QString &query : {u"garcia"_s, u"rosa m"_s, u"12345"_s, u"fci butner"_s, u"terminal"_s}) {
        QList<double> strokes, strokesCpu;
        for (int n = 1; n <= query.size(); ++n) {
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuMs();
            model.setSearchText(query.left(n));
            touchFirstScreen(model);
            strokes << ms(t);
            strokesCpu << threadCpuMs() - c0;
        }
        // The model shows the first page at once and counts every match on a worker thread: wait for
        // that count here, outside the timed keystrokes.
        QElapsedTimer wait;
        wait.start();
        while (model.totalCount() < 0 && wait.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 rows = model.totalCount();
        const double countMs = ms(wait);
        model.setSearchText(QString());
        const double bare = medianMs(3, [&] {
            QSqlQuery q(conn);
            q.prepare(u"SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT 256"_s);
            q.bindValue(u":m"_s, CaseListModel::ftsQuery(query));
            q.exec();
            while (q.next()) {
            }
        });
        searches << QJsonObject{{u"query"_s, query},
                                {u"rows"_s, rows},
                                {u"background_count_wait_ms"_s, countMs},
                                {u"per_keystroke_ms"_s, QJsonArray::fromVariantList(QVariantList(strokes.begin(), strokes.end()))},
                                {u"max_keystroke_ms"_s, percentile(strokes, 1.0)},
                                {u"per_keystroke_ui_thread_cpu_ms"_s, QJsonArray::fromVariantList(QVariantList(strokesCpu.begin(), strokesCpu.end()))},
                                {u"max_keystroke_ui_thread_cpu_ms"_s, percentile(strokesCpu, 1.0)},
                                {u"bare_fts5_limit_256_ms"_s, bare},
                                {u"ratio_to_bare"_s, ratio(percentile(strokes, 1.0), bare)}};
    }
    QList<double> clears, clearsCpu;
    for (int i = 0; i < 5; ++i) {
        model.setSearchText(u"garcia"_s);
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        model.setSearchText(QString());
        touchFirstScreen(model);
        clears << ms(t);
        clearsCpu << threadCpuMs() - c0;
    }
    result[u"sort"_s] = sorts;
    result[u"search"_s] = searches;
    result[u"clear_filter_ms"_s] = percentile(clears, 0.5);
    result[u"clear_filter_ui_thread_cpu_ms"_s] = percentile(clearsCpu, 0.5);
    result[u"keystroke_sort_filter_target_ms"_s] = 50;
    log(u"search done"_s);

    // Work moved off the UI thread by issue 10, timed here on this thread so that its cost stays known:
    // the home screen's work queues (WorkQueueModel, now on a worker thread) and the full integrity check
    // (now on a worker thread a second after the first paint).
    {
        WorkQueueModel queues(conn);
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        (void)queues.reload();
        result[u"work_queues_off_ui_thread"_s] = QJsonObject{{u"ms"_s, ms(t)}, {u"cpu_ms"_s, threadCpuMs() - c0},
                                                            {u"items"_s, [&] {
                                                                 int n = 0;
                                                                 for (WorkItem::Queue q : WorkQueues::queues())
                                                                     n += queues.count(q);
                                                                 return n;
                                                             }()}};
        t.restart();
        const double c1 = threadCpuMs();
        const Status check = Database::checkIntegrity(conn, dbPath);
        result[u"integrity_check_off_ui_thread"_s] = QJsonObject{{u"ms"_s, ms(t)}, {u"cpu_ms"_s, threadCpuMs() - c1},
                                                                {u"ok"_s, bool(check)}};
    }
    log(u"work queues and integrity check done"_s);

    // One-case save: load, change one answer, update (validation, audit, search index), beside a bare
    // single-row UPDATE in its own transaction.
    {
        CaseRepository repo(**db);
        const qint64 maxId = count(conn, u"SELECT max(id) FROM cases"_s);
        QList<double> save, bare;
        for (int i = 0; i < 200; ++i) {
            const qint64 id = 1 + (qint64(i) * 7919) % maxId;
            auto rec = repo.load(id);
            if (!rec)
                continue;
            rec->setValue(u"medical_summary"_s, u"Follow-up note %1."_s.arg(i));
            QElapsedTimer t;
            t.start();
            if (Status s = repo.update(*rec); !s)
                log(u"save failed: %1"_s.arg(s.error().fullText()));
            save << ms(t);
            t.restart();
            QSqlQuery q(conn);
            q.exec(u"BEGIN IMMEDIATE"_s);
            q.prepare(u"UPDATE cases SET updated_at = :u WHERE id = :id"_s);
            q.bindValue(u":u"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            q.bindValue(u":id"_s, id);
            q.exec();
            q.exec(u"COMMIT"_s);
            bare << ms(t);
        }
        result[u"save_one_case"_s] = QJsonObject{{u"p50_ms"_s, percentile(save, 0.5)}, {u"p95_ms"_s, percentile(save, 0.95)},
                                                 {u"bare_update_commit_p50_ms"_s, percentile(bare, 0.5)},
                                                 {u"bare_update_commit_p95_ms"_s, percentile(bare, 0.95)},
                                                 {u"p95_ratio_to_bare"_s, ratio(percentile(save, 0.95), percentile(bare, 0.95))},
                                                 {u"saves"_s, save.size()}, {u"target_p95_ms"_s, 10}};
    }
    log(u"save done"_s);

    // Backup through BackupService (integrity check, copy, verify, rotation) beside a bare VACUUM INTO.
    {
        const QString dir = tmp.filePath(u"backups"_s);
        QElapsedTimer t;
        t.start();
        BackupService::Options o;
        o.directory = dir;
        auto b = BackupService::backup(**db, o);
        const double service = ms(t);
        if (!b)
            log(u"backup failed: %1"_s.arg(b.error().fullText()));
        t.restart();
        QSqlQuery q(conn);
        q.prepare(u"VACUUM INTO :f"_s);
        q.bindValue(u":f"_s, tmp.filePath(u"bare-vacuum.db"_s));
        if (!q.exec())
            log(u"VACUUM INTO failed"_s);
        const double vacuum = ms(t);
        result[u"backup"_s] = QJsonObject{{u"backup_service_ms"_s, service}, {u"bare_vacuum_into_ms"_s, vacuum},
                                          {u"ratio_to_bare"_s, vacuum > 0 ? service / vacuum : 0.0},
                                          {u"size_mb"_s, b ? b->size / 1048576.0 : 0}};
    }
    log(u"backup done"_s);

    if (!parser.isSet(u"quick"_s)) {
        result[u"import"_s] = runSibling(u"bench_import"_s, {parser.value(u"import-rows"_s), tmp.filePath(u"import"_s)});
        log(u"import done"_s);
        result[u"screening"_s] = runSibling(u"bench_screening"_s, {QString::number(cases)});
        result[u"matching"_s] = runSibling(u"bench_matching"_s, {});
        result[u"packets"_s] = runSibling(u"bench_packets"_s, {});
    }

    QFile out(parser.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(out.fileName()));
    out.write(QJsonDocument(result).toJson());
    std::printf("%s", QJsonDocument(result).toJson().constData());
    return 0;
}
