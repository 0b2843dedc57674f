// bench_screening: screening throughput (spec target: >= 100,000 cases/s) on 100,000 generated cases,
// beside a baseline that walks the same records and reads the same answers, so the figure can be judged
// on any machine. Deterministic: the cases come from a fixed seed.
//
// Usage: bench_screening [cases] [rounds]

#include "domain/CaseRecord.h"
#include "screening/RuleSetRegistry.h"
#include "screening/ScreeningEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The answers screening reads: the baseline reads exactly these.
const std::array<QString, 14> kReadKeys = {
    u"submission_id"_s,          u"court_type"_s,      u"relief_sought"_s,
    u"sentence_status"_s,        u"date_of_birth"_s,   u"custody_start_date"_s,
    u"projected_release_date"_s, u"sentence_months"_s, u"warden_request_date"_s,
    u"sentenced_under_3559c"_s,  u"reasons"_s,         u"sentencing_district"_s,
    u"warden_response"_s,        u"facility"_s,
};

template<typename T, std::size_t N> const T &pick(QRandomGenerator &rng, const std::array<T, N> &options)
{
    return options[rng.bounded(static_cast<quint32>(N))];
}

QString randomDate(QRandomGenerator &rng, QDate from, int spanDays)
{
    return from.addDays(rng.bounded(spanDays)).toString(Qt::ISODate);
}

QList<ch::CaseRecord> generate(int count)
{
    QRandomGenerator rng(20231101); // fixed seed: the same cases on every run
    // Weighted so most cases pass the gates, as at a real clearinghouse, but every branch is exercised.
    const QString federal = u"federal"_s;
    const QString cr = u"compassionate_release"_s;
    const QString sentenced = u"sentenced"_s;
    const std::array<QString, 16> courts = {
        federal, federal, federal, federal, federal,    federal,          federal,       federal,
        federal, federal, federal, federal, u"state"_s, u"dc_superior"_s, u"military"_s, u"unknown"_s};
    const std::array<QString, 16> reliefs = {
        cr,          cr,       cr, cr, cr, cr, cr, cr, cr, cr, cr, cr, u"clemency"_s, u"commutation"_s,
        u"pardon"_s, QString()};
    const std::array<QString, 16> statuses = {
        sentenced,     sentenced,   sentenced, sentenced, sentenced, sentenced, sentenced,
        sentenced,     sentenced,   sentenced, sentenced, sentenced, sentenced, u"awaiting_sentencing"_s,
        u"released"_s, u"unknown"_s};
    const std::array<QString, 4> yesNo = {u"yes"_s, u"no"_s, u"no"_s, u"unknown"_s};
    const std::array<QString, 8> reasonLists = {u"age"_s,
                                                u"terminal_illness"_s,
                                                u"age;self_care"_s,
                                                u"unusually_long_sentence"_s,
                                                u"family_parent;rehabilitation"_s,
                                                u"unusually_long_sentence;age;other"_s,
                                                u"not_a_reason"_s,
                                                QString()};
    const std::array<QString, 8> districts = {u"nysd"_s, u"paed"_s, u"txnd"_s, u"cacd"_s,
                                              u"ilnd"_s, u"dcd"_s,  u"njd"_s,  QString()};

    QList<ch::CaseRecord> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        ch::CaseRecord c;
        c.id = i + 1;
        c.setValue(u"submission_id"_s, u"SUB-%1"_s.arg(i + 1, 6, 10, QChar(u'0')));
        c.setValue(u"court_type"_s, pick(rng, courts));
        c.setValue(u"relief_sought"_s, pick(rng, reliefs));
        c.setValue(u"sentence_status"_s, pick(rng, statuses));
        c.setValue(u"sentencing_district"_s, pick(rng, districts));
        if (rng.bounded(20) != 0)
            c.setValue(u"date_of_birth"_s, randomDate(rng, QDate(1940, 1, 1), 365 * 50));
        if (rng.bounded(20) != 0)
            c.setValue(u"custody_start_date"_s, randomDate(rng, QDate(1990, 1, 1), 365 * 34));
        const quint32 term = rng.bounded(30);
        c.setValue(u"sentence_months"_s, term == 0   ? u"life"_s
                                         : term == 1 ? QString()
                                                     : QString::number(rng.bounded(12, 600)));
        if (rng.bounded(3) != 0)
            c.setValue(u"projected_release_date"_s, randomDate(rng, QDate(2024, 1, 1), 365 * 30));
        c.setValue(u"sentenced_under_3559c"_s, pick(rng, yesNo));
        if (rng.bounded(2) != 0)
            c.setValue(u"warden_request_date"_s, randomDate(rng, QDate(2022, 1, 1), 365 * 3));
        c.setValue(u"reasons"_s, pick(rng, reasonLists));
        c.setValue(u"facility"_s, u"FCI Example"_s);
        cases << c;
    }
    return cases;
}

// Walks every record and reads every answer screening reads, without screening.
qint64 baseline(const QList<ch::CaseRecord> &cases)
{
    qint64 checksum = 0;
    for (const ch::CaseRecord &c : cases) {
        const QMap<QString, QString> &answers = c.values();
        for (const QString &key : kReadKeys) {
            const auto it = answers.constFind(key);
            if (it != answers.cend())
                checksum += it->size() + it->front().unicode();
        }
    }
    return checksum;
}

qint64 screenAll(const QList<ch::CaseRecord> &cases, QDate asOf, const ch::RuleSet &rules,
                 const ch::ScreeningOptions &options)
{
    qint64 checksum = 0;
    for (const ch::CaseRecord &c : cases) {
        const ch::ScreeningResult r = ch::ScreeningEngine::screen(c, asOf, rules, options);
        checksum += static_cast<int>(r.outcome) + r.reasons.size() + r.missing.size() +
                    r.ageProng.date.day() + r.exhaustionRipe.date.day() + r.contested.size();
    }
    return checksum;
}

template<typename F> double bestSeconds(int rounds, qint64 &checksum, F &&run)
{
    double best = 1e300;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        checksum += run();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    if (count <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_screening [cases > 0] [rounds > 0]\n");
        return 2;
    }

    const ch::Result<ch::RuleSetRegistry> &registry = ch::RuleSetRegistry::builtIn();
    if (!registry) {
        std::fprintf(stderr, "%s\n", qPrintable(registry.error().fullText()));
        return 1;
    }
    const QDate asOf(2025, 6, 1);
    const ch::RuleSet &rules = *registry->inEffectOn(asOf);

    QElapsedTimer generation;
    generation.start();
    const QList<ch::CaseRecord> cases = generate(count);
    std::printf("generated %d cases in %.2f s (seed 20231101), rules %s, as of %s, best of %d rounds\n",
                count, static_cast<double>(generation.nsecsElapsed()) / 1e9, qPrintable(rules.version()),
                qPrintable(asOf.toString(Qt::ISODate)), rounds);

    qint64 checksum = 0;
    const double base = bestSeconds(rounds, checksum, [&] { return baseline(cases); });
    ch::ScreeningOptions withBop;
    const double full = bestSeconds(rounds, checksum, [&] { return screenAll(cases, asOf, rules, withBop); });
    ch::ScreeningOptions noBop;
    noBop.bopView = false;
    const double lean = bestSeconds(rounds, checksum, [&] { return screenAll(cases, asOf, rules, noBop); });

    int outcomes[3] = {0, 0, 0};
    for (const ch::CaseRecord &c : cases)
        ++outcomes[static_cast<int>(ch::ScreeningEngine::screen(c, asOf, rules).outcome)];

    auto line = [count](const char *what, double seconds) {
        std::printf("%-34s %9.1f ms  %12.0f cases/s  %7.3f us/case\n", what, seconds * 1e3, count / seconds,
                    seconds * 1e6 / count);
    };
    line("baseline (read the same answers)", base);
    line("screen (with BOP 5050.50 view)", full);
    line("screen (without BOP view)", lean);
    std::printf("ratio screen/baseline: %.1fx (with BOP), %.1fx (without)\n", full / base, lean / base);
    std::printf("target >= 100000 cases/s: %s\n", count / full >= 100000.0 ? "met" : "NOT met");
    std::printf("outcomes: screened_in %d, screened_out %d, needs_info %d (checksum %lld)\n", outcomes[0],
                outcomes[1], outcomes[2], static_cast<long long>(checksum));
    return 0;
}
