// ReportService against counts computed independently: every case, volunteer, assignment, screening
// result and reason is loaded through the repositories and counted in plain loops (no SQL of our own),
// then compared with each report for several periods, including periods whose edges fall exactly on
// submission dates.
#include "ReportFixture.h"
#include "TestDatabase.h"

#include "domain/CaseStatus.h"
#include "domain/ReasonCatalog.h"
#include "domain/Volunteer.h"
#include "reports/ReportService.h"
#include "screening/ScreeningResult.h"
#include "screening/ScreeningStore.h"

#include <QMap>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

struct CaseFacts
{
    qint64 id = 0;
    QDate submitted;
    QString status;
    QString district;
    QList<StatusChange> history;
    QString outcome; // current screening outcome, empty when none
    QStringList gateReasons;
    QList<ReasonAssessment> reasons;
    QList<Assignment> assignments;
};

bool inPeriod(QDate d, const ReportPeriod &p)
{
    return (!p.from.isValid() || d >= p.from) && (!p.to.isValid() || d <= p.to);
}

bool reached(const CaseFacts &c, const QString &status)
{
    return std::any_of(c.history.begin(), c.history.end(), [&](const StatusChange &h) { return h.to == status; });
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

double percentile90(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(v.size())));
    return v.at(std::max<qsizetype>(rank, 1) - 1);
}

// Report rows keyed by their first column.
QMap<QString, QVariantList> byLabel(const ReportTable &t)
{
    QMap<QString, QVariantList> m;
    for (const QVariantList &row : t.rows)
        m.insert(row.value(0).toString(), row);
    return m;
}

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    QList<CaseFacts> m_cases;
    QList<Volunteer> m_volunteers;

    ReportTable run(ReportService::Report r, const ReportPeriod &p)
    {
        auto t = ReportService(m_db->connection()).run(r, p);
        if (!t)
            qWarning() << t.error().fullText();
        return t ? *t : ReportTable{};
    }

    QList<CaseFacts> cohort(const ReportPeriod &p) const
    {
        QList<CaseFacts> out;
        for (const CaseFacts &c : m_cases) {
            if (inPeriod(c.submitted, p))
                out << c;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString error = test::buildReportDemo(m_db->db());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        CaseRepository cases(m_db->db());
        ReasonRepository reasons(m_db->db());
        AssignmentRepository assignments(m_db->db());
        auto ids = cases.allIds();
        QVERIFY(ids);
        for (qint64 id : *ids) {
            CaseFacts f;
            f.id = id;
            auto r = cases.load(id);
            QVERIFY(r);
            f.submitted = QDate::fromString(r->value(u"submitted_at"_s).left(10), Qt::ISODate);
            QVERIFY(f.submitted.isValid());
            f.status = r->status;
            f.district = r->value(u"sentencing_district"_s);
            auto h = cases.statusHistory(id);
            QVERIFY(h);
            f.history = *h;
            auto s = ScreeningStore::current(m_db->connection(), id);
            QVERIFY(s);
            if (s->has_value()) {
                f.outcome = (*s)->outcome;
                f.gateReasons = (*s)->reasons;
            }
            auto ra = reasons.forCase(id);
            QVERIFY(ra);
            f.reasons = *ra;
            auto a = assignments.history(id);
            QVERIFY(a);
            f.assignments = *a;
            m_cases << f;
        }
        auto v = VolunteerRepository(m_db->db()).all();
        QVERIFY(v);
        m_volunteers = *v;
    }

    void everyReport_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const ReportPeriod year = ReportPeriod::lastTwelveMonths(QDate::currentDate());
        QTest::newRow("last 12 months") << year.from << year.to;
        QTest::newRow("all time") << QDate() << QDate();
        QTest::newRow("this year") << QDate(QDate::currentDate().year(), 1, 1) << QDate::currentDate();
        // Edges on submission dates: the 100th and 300th case's days, both included.
        QList<QDate> days;
        for (const CaseFacts &c : m_cases)
            days << c.submitted;
        std::sort(days.begin(), days.end());
        QTest::newRow("edges on data") << days.at(100) << days.at(300);
        QTest::newRow("one day") << days.at(200) << days.at(200);
        QTest::newRow("day after") << days.at(200).addDays(1) << days.at(400);
        QTest::newRow("open start") << QDate() << days.at(250);
        QTest::newRow("empty") << QDate(1990, 1, 1) << QDate(1990, 12, 31);
    }

    void everyReport()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const ReportPeriod p{from, to};
        const QList<CaseFacts> in = cohort(p);

        // Requests per month: every month of the period, zero months included.
        {
            const ReportTable t = run(ReportService::Report::ReceivedPerMonth, p);
            QMap<QString, qint64> expected;
            for (const CaseFacts &c : in)
                expected[c.submitted.toString(u"yyyy-MM"_s)]++;
            qint64 total = 0;
            for (const QVariantList &row : t.rows) {
                QCOMPARE(row.value(1).toLongLong(), expected.value(row.value(0).toString()));
                total += row.value(1).toLongLong();
            }
            QCOMPARE(total, qint64(in.size()));
            if (from.isValid() && to.isValid()) {
                const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
                QCOMPARE(t.rowCount(), months);
            }
        }
        // Screening outcomes.
        {
            const auto rows = byLabel(run(ReportService::Report::ScreeningOutcomes, p));
            QMap<QString, qint64> expected;
            qint64 unscreened = 0;
            for (const CaseFacts &c : in) {
                if (c.outcome.isEmpty())
                    ++unscreened;
                else
                    expected[ScreeningResult::outcomeLabel(c.outcome)]++;
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QCOMPARE(rows.value(it.key()).value(1).toLongLong(), it.value());
            QCOMPARE(rows.value(u"Not screened"_s).value(1).toLongLong(), unscreened);
        }
        // Referral reasons of screened-out requests.
        {
            const ReportTable t = run(ReportService::Report::ReferralReasons, p);
            QMap<QString, qint64> expected;
            for (const CaseFacts &c : in) {
                if (c.outcome == u"screened_out"_s) {
                    QStringList codes;
                    for (const QString &r : c.gateReasons)
                        codes << r.trimmed();
                    codes.removeDuplicates();
                    for (const QString &r : codes)
                        expected[ScreeningResult::gateLabel(r)]++;
                }
            }
            QCOMPARE(t.rowCount(), expected.size());
            const auto rows = byLabel(t);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QCOMPARE(rows.value(it.key()).value(1).toLongLong(), it.value());
        }
        // Reasons claimed and assessed, per §1B1.13 code.
        {
            const ReportTable t = run(ReportService::Report::Reasons, p);
            QCOMPARE(t.rowCount(), ReasonCatalog::reasons().size());
            const auto rows = byLabel(t);
            for (const ReasonInfo &r : ReasonCatalog::reasons()) {
                qint64 claimed = 0, likely = 0, possible = 0, unlikely = 0;
                for (const CaseFacts &c : in) {
                    for (const ReasonAssessment &a : c.reasons) {
                        if (a.code != r.code)
                            continue;
                        claimed += a.claimed;
                        likely += a.assessment == u"likely"_s;
                        possible += a.assessment == u"possible"_s;
                        unlikely += a.assessment == u"unlikely"_s;
                    }
                }
                const QVariantList row = rows.value(ReasonCatalog::label(r.code));
                QCOMPARE(row.value(1).toString(), r.section);
                QCOMPARE(row.value(2).toLongLong(), claimed);
                QCOMPARE(row.value(3).toLongLong(), likely);
                QCOMPARE(row.value(4).toLongLong(), possible);
                QCOMPARE(row.value(5).toLongLong(), unlikely);
            }
        }
        // The funnel.
        {
            const ReportTable t = run(ReportService::Report::Funnel, p);
            QCOMPARE(t.rowCount(), 5);
            qint64 screenedIn = 0, matched = 0, filed = 0, granted = 0;
            for (const CaseFacts &c : in) {
                screenedIn += reached(c, u"screened_in"_s);
                matched += reached(c, u"matched"_s) || !c.assignments.isEmpty();
                filed += reached(c, u"motion_filed"_s);
                granted += reached(c, u"granted"_s);
            }
            const QList<qint64> expected = {qint64(in.size()), screenedIn, matched, filed, granted};
            for (int i = 0; i < 5; ++i)
                QCOMPARE(t.rows.at(i).value(1).toLongLong(), expected.at(i));
            if (!in.isEmpty())
                QCOMPARE(t.rows.at(1).value(2).toDouble(), 100.0 * double(screenedIn) / double(in.size()));
        }
        // Time in each stage: completed stays, median and 90th percentile in days.
        {
            const auto rows = byLabel(run(ReportService::Report::StageTimes, p));
            QHash<QString, QList<double>> stays;
            QHash<QString, qint64> now;
            for (const CaseFacts &c : in) {
                now[c.status]++;
                for (int i = 0; i + 1 < c.history.size(); ++i) {
                    const StatusChange &h = c.history.at(i);
                    const QDateTime entered = (i == 0 && h.from.isEmpty())
                                                  ? QDateTime(c.submitted, QTime(0, 0), Qt::UTC)
                                                  : h.changedAt;
                    const double days = double(entered.msecsTo(c.history.at(i + 1).changedAt)) / 86400000.0;
                    stays[h.to] << std::max(0.0, days);
                }
            }
            for (const QString &stage : ReportService::timedStages()) {
                const QVariantList row = rows.value(CaseStatus::label(stage));
                const QList<double> v = stays.value(stage);
                QCOMPARE(row.value(1).toLongLong(), qint64(v.size()));
                QCOMPARE(row.value(4).toLongLong(), now.value(stage));
                if (v.isEmpty()) {
                    QVERIFY(row.value(2).isNull() || !row.value(2).isValid());
                    continue;
                }
                QVERIFY2(qAbs(row.value(2).toDouble() - median(v)) < 0.001,
                         qPrintable(u"%1: median %2, expected %3"_s.arg(stage).arg(row.value(2).toDouble()).arg(median(v))));
                QVERIFY2(qAbs(row.value(3).toDouble() - percentile90(v)) < 0.001,
                         qPrintable(u"%1: p90 %2, expected %3"_s.arg(stage).arg(row.value(3).toDouble()).arg(percentile90(v))));
            }
        }
        // Volunteer load and placements, by organisation and by kind.
        for (bool byKind : {false, true}) {
            const ReportTable t = run(byKind ? ReportService::Report::VolunteersByKind
                                             : ReportService::Report::VolunteersByOrganisation, p);
            QHash<qint64, qint64> open, placed;
            for (const CaseFacts &c : m_cases) {
                for (const Assignment &a : c.assignments) {
                    open[a.volunteerId] += a.isOpen();
                    placed[a.volunteerId] += inPeriod(a.assignedAt.toUTC().date(), p);
                }
            }
            struct Sum { qint64 active = 0, capacity = 0, open = 0, placed = 0; };
            QMap<QString, Sum> expected;
            for (const Volunteer &v : m_volunteers) {
                QString key = byKind ? Volunteer::kindLabel(v.kind) : v.organization.trimmed();
                if (!byKind && key.isEmpty())
                    key = u"(no organisation)"_s;
                Sum &s = expected[key];
                s.active += v.active;
                s.capacity += v.active ? v.capacity : 0;
                s.open += open.value(v.id);
                s.placed += placed.value(v.id);
            }
            const auto rows = byLabel(t);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                const QVariantList row = rows.value(it.key());
                QVERIFY2(!row.isEmpty(), qPrintable(it.key()));
                QCOMPARE(row.value(1).toLongLong(), it->active);
                QCOMPARE(row.value(2).toLongLong(), it->capacity);
                QCOMPARE(row.value(3).toLongLong(), it->open);
                QCOMPARE(row.value(4).toLongLong(), std::max<qint64>(0, it->capacity - it->open));
                QCOMPARE(row.value(5).toLongLong(), it->placed);
            }
            if (byKind)
                QCOMPARE(t.rowCount(), Volunteer::kinds().size());
        }
        // Outcomes by district.
        {
            const ReportTable t = run(ReportService::Report::OutcomesByDistrict, p);
            QMap<QString, QList<qint64>> expected;
            for (const CaseFacts &c : in) {
                QList<qint64> &e = expected[c.district];
                e.resize(6);
                e[0]++;
                int i = 1;
                for (const char *s : {"screened_out", "screened_in", "motion_filed", "granted", "denied"})
                    e[i++] += reached(c, QString::fromLatin1(s));
            }
            QCOMPARE(t.rowCount(), expected.size());
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QVariantList &row : t.rows) {
                const QList<qint64> e = expected.value(row.value(0).toString());
                QCOMPARE(e.size(), 6);
                for (int i = 0; i < 6; ++i)
                    QCOMPARE(row.value(2 + i).toLongLong(), e.at(i));
                QVERIFY(row.value(2).toLongLong() <= previous); // largest first
                previous = row.value(2).toLongLong();
            }
        }
    }

    // The demo data must exercise every report, or the comparisons above prove little.
    void demoDataIsRichEnough()
    {
        const ReportPeriod all;
        const ReportTable funnel = run(ReportService::Report::Funnel, all);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(funnel.rows.at(i).value(1).toLongLong() > 0, qPrintable(funnel.rows.at(i).value(0).toString()));
        const ReportTable times = run(ReportService::Report::StageTimes, all);
        QVERIFY(times.rows.at(0).value(2).toDouble() > 1.0);
        QVERIFY(times.rows.at(3).value(3).toDouble() > times.rows.at(3).value(2).toDouble());
        const ReportTable kinds = run(ReportService::Report::VolunteersByKind, all);
        qint64 placed = 0;
        for (const QVariantList &row : kinds.rows)
            placed += row.value(5).toLongLong();
        QVERIFY(placed > 20);
        const ReportTable reasons = run(ReportService::Report::Reasons, all);
        QVERIFY(reasons.rows.at(0).value(3).toLongLong() > 0);
        QVERIFY(run(ReportService::Report::ReferralReasons, all).rowCount() >= 2);
    }

    void idsRoundTrip()
    {
        for (ReportService::Report r : ReportService::reports()) {
            QCOMPARE(ReportService::fromId(ReportService::id(r)), r);
            QVERIFY(!ReportService::title(r).isEmpty());
            QVERIFY(!ReportService::explanation(r).isEmpty());
        }
        QVERIFY(!ReportService::fromId(u"funnel; DROP TABLE cases"_s));
    }

    void periodBounds()
    {
        const ReportPeriod p{QDate(2026, 3, 1), QDate(2026, 3, 31)};
        QCOMPARE(p.lowerBound(), u"2026-03-01"_s);
        QCOMPARE(p.upperBound(), u"2026-04-01"_s);
        QVERIFY(u"2026-03-31T23:59:59.999Z"_s < p.upperBound());
        QCOMPARE(ReportPeriod::lastTwelveMonths(QDate(2026, 11, 29)).from, QDate(2025, 11, 1));
        QCOMPARE(ReportPeriod::thisYear(QDate(2026, 11, 29)).from, QDate(2026, 1, 1));
        QCOMPARE(ReportPeriod::allTime().describe(), u"all time"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
