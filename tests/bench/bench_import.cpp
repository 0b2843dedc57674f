// bench_import: imports N questionnaire rows (default 100,000) from a CSV file into a fresh database and,
// in the same run, a plain SQLite bulk insert of the same rows (the same CSV reader, one prepared INSERT per
// row into one table, one transaction) as the baseline. Prints both times and the ratio; the goal is within
// 2×. The import does much more per row than the baseline (validation, duplicate check, person link, search
// index, screening, audit entry), so the ratio says what that costs.
//   bench_import [ROWS] [WORK_DIR]
#include "io/CsvReader.h"
#include "io/ImportService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

const char *kHeader = "submission_id,submitted_at,person_name,register_number,date_of_birth,court_type,"
                      "relief_sought,sentence_status,sentence_months,custody_start_date,reasons,facility,"
                      "medical_summary\r\n";

void writeRows(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(kHeader);
    for (int i = 0; i < rows; ++i) {
        f.write(
            u"B-%1,2026-05-01,Person Número %1,%2-054,19%3-01-01,federal,compassionate_release,sentenced,"
            "%4,2010-06-01,age;terminal_illness,FMC Butner,\"Needs help dressing, uses a wheelchair.\"\r\n"_s
                .arg(i)
                .arg(10000 + i % 89999)
                .arg(40 + i % 20)
                .arg(60 + i % 300)
                .toUtf8());
    }
}

// Processor time of this process, in ms: on a shared machine the wall clock also counts waiting for a core.
double cpuMs()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double baselineCpuMs = 0;

double baselineMs(const QString &csv, const QString &dbPath)
{
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuMs();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"baseline"_s);
        db.setDatabaseName(dbPath);
        if (!db.open())
            qFatal("baseline database");
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"CREATE TABLE rows(c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12)"_s);
        q.exec(u"BEGIN IMMEDIATE"_s);
        QSqlQuery ins(db);
        ins.prepare(u"INSERT INTO rows VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        QFile f(csv);
        f.open(QIODevice::ReadOnly);
        CsvReader reader(&f);
        CsvReader::Row row;
        reader.next(row); // header
        while (reader.next(row)) {
            for (int i = 0; i < 13; ++i)
                ins.bindValue(i, row.fields.value(i));
            if (!ins.exec())
                qFatal("baseline insert");
        }
        q.exec(u"COMMIT"_s);
    }
    QSqlDatabase::removeDatabase(u"baseline"_s);
    baselineCpuMs = cpuMs() - cpuStart;
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    QDir().mkpath(dir);
    const QString csv = dir + u"/bench-import.csv"_s;
    writeRows(csv, rows);
    QFile::remove(dir + u"/baseline.db"_s);
    QFile::remove(dir + u"/import.db"_s);

    const double base = baselineMs(csv, dir + u"/baseline.db"_s);
    auto db = Database::open(dir + u"/import.db"_s);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuMs();
    auto summary = ImportService((*db)->connection()).importFile(csv, {});
    const double import = t.nsecsElapsed() / 1e6;
    const double importCpu = cpuMs() - cpuStart;
    if (!summary)
        qFatal("%s", qPrintable(summary.error().fullText()));

    QTextStream out(stdout);
    out << "rows: " << rows << ", imported: " << summary->imported << ", rejected: " << summary->rejected
        << '\n';
    out << "plain SQLite bulk insert: " << qRound(base) << " ms wall, " << qRound(baselineCpuMs)
        << " ms CPU\n";
    out << "ImportService::importFile: " << qRound(import) << " ms wall, " << qRound(importCpu)
        << " ms CPU\n";
    out << "ratio: " << QString::number(import / base, 'f', 1) << "x wall, "
        << QString::number(importCpu / std::max(1.0, baselineCpuMs), 'f', 1) << "x CPU (goal: within 2x)\n";
    return 0;
}
