// bench_caselist: how the case list behaves on a large database, beside bare SQL baselines measured in
// the same run. Usage: bench_caselist DATABASE  (make one with: clearinghouse-cli --db big.db demo
// --cases 100000 --volunteers 2000). Prints one line per measurement and the ratio to its baseline.
#include "itemmodels/CaseListModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void touchFirstScreen(const CaseListModel &model)
{
    // What a view does for its first screen: about 40 rows, every column.
    for (int r = 0; r < std::min(40, model.rowCount()); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_caselist DATABASE\n";
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        QTextStream(stderr) << db.error().fullText() << '\n';
        return 1;
    }
    const QSqlDatabase conn = (*db)->connection();
    CaseListModel model(conn);

    auto bare = [&](const QString &orderBy) {
        return medianMs(5, [&] {
            QSqlQuery q(conn);
            q.exec(u"SELECT c.id, p.person_name, p.register_number, c.sentencing_district, c.status, c.submitted_at,"
                   " c.reasons, c.facility, c.updated_at FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY "_s
                   + orderBy + u" LIMIT 256"_s);
            while (q.next()) {
            }
        });
    };
    const double baseline = bare(u"c.id DESC"_s);
    const double open = medianMs(5, [&] {
        (void)model.reload();
        touchFirstScreen(model);
    });
    out << "cases: " << model.rowCount() << "\n";
    out << u"baseline  bare SELECT ... ORDER BY id LIMIT 256: %1 ms\n"_s.arg(baseline, 0, 'f', 2);
    out << u"open      reload + first screen:               %1 ms (x%2)\n"_s.arg(open, 0, 'f', 2).arg(open / baseline, 0, 'f', 1);

    const QStringList orders = {u"c.id"_s, u"p.person_name COLLATE NOCASE"_s, u"p.register_number"_s,
                                u"c.sentencing_district"_s, u"c.status"_s, u"c.submitted_at"_s, u"c.reasons"_s,
                                u"c.facility COLLATE NOCASE"_s, u"c.updated_at"_s};
    for (int col = 0; col < CaseListModel::ColumnCount; ++col) {
        const double base = bare(orders.at(col));
        const double t = medianMs(3, [&] {
            model.sort(col, Qt::AscendingOrder);
            touchFirstScreen(model);
        });
        out << u"sort      %1: %2 ms (bare ORDER BY LIMIT 256: %3 ms, x%4)\n"_s
                   .arg(model.headerData(col, Qt::Horizontal).toString().leftJustified(16))
                   .arg(t, 0, 'f', 2)
                   .arg(base, 0, 'f', 2)
                   .arg(t / base, 0, 'f', 1);
    }
    model.sort(CaseListModel::IdColumn, Qt::DescendingOrder);
    for (const QString &query : {u"g"_s, u"ga"_s, u"gar"_s, u"garc"_s, u"garcia"_s, u"rosa"_s, u"12345"_s, u"fci"_s}) {
        const double bareFts = medianMs(5, [&] {
            QSqlQuery q(conn);
            q.prepare(u"SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT 256"_s);
            q.bindValue(u":m"_s, CaseListModel::ftsQuery(query));
            q.exec();
            while (q.next()) {
            }
        });
        const double t = medianMs(5, [&] {
            model.setSearchText(QString());
            model.setSearchText(query);
            touchFirstScreen(model);
        });
        out << u"search    \"%1\": %2 ms, %3 rows (bare FTS5 LIMIT 256: %4 ms)\n"_s.arg(query)
                   .arg(t, 0, 'f', 2)
                   .arg(model.rowCount())
                   .arg(bareFts, 0, 'f', 2);
    }
    const double clear = medianMs(5, [&] {
        model.setSearchText(u"garcia"_s);
        model.setSearchText(QString());
        touchFirstScreen(model);
    });
    out << u"filter    clear the search: %1 ms\n"_s.arg(clear, 0, 'f', 2);
    return 0;
}
