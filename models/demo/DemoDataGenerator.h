#pragma once

// DemoDataGenerator: realistic synthetic cases and volunteers for trying the program, for screenshots
// and for benchmarks. Deterministic for a given seed; every record goes through the real repositories,
// so demo data obeys the same validation as typed-in data. No real person is described.

#include "core/Result.h"
#include "domain/CaseRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace ch {

class Database;
struct Volunteer;

class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(ch::DemoDataGenerator)
public:
    struct Options
    {
        int cases = 200;
        int volunteers = 40;
        quint32 seed = 20261129;
        QDate today = QDate::currentDate();
        int batchSize = 1000; // cases per write transaction when bulk generating
        // Called after each batch of cases is committed, with the number of cases committed so far:
        // from then on they survive a crash (the crash-safety harness relies on it).
        std::function<void(int casesCommitted)> committed;
    };
    using Progress = std::function<bool(int done, int total)>; // return false to stop

    explicit DemoDataGenerator(const Options &options);

    CaseRecord makeCase(int index);
    Volunteer makeVolunteer(int index);

    // Writes options.cases cases and options.volunteers volunteers into db.
    Status generate(const Database &db, const Progress &progress = {});

private:
    QString pick(const QStringList &list);
    QDate randomDate(QDate from, QDate to);

    Options m_options;
    QRandomGenerator m_rng;
};

} // namespace ch
