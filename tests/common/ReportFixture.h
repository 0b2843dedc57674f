#pragma once

// ReportFixture: a demo database made richer for the report tests: the demo generator's cases and
// volunteers, then what staff would have added over time: reason assessments, assignments (some finished,
// some reassigned), and status changes spread over weeks instead of all at the moment of generation.
// Deterministic for a seed. The spreading of dates is the only SQL written here: the repositories stamp
// "now", and reports about time need time to have passed.

#include "demo/DemoDataGenerator.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/ReasonRepository.h"
#include "storage/VolunteerRepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ch::test {

// Returns an error text, empty on success.
inline QString buildReportDemo(Database &db, int cases = 600, int volunteers = 40, quint32 seed = 4242)
{
    using namespace Qt::StringLiterals;
    DemoDataGenerator::Options options;
    options.cases = cases;
    options.volunteers = volunteers;
    options.seed = seed;
    if (Status s = DemoDataGenerator(options).generate(db); !s)
        return s.error().fullText();
    QRandomGenerator rng(seed);
    CaseRepository repo(db);
    ReasonRepository reasons(db);
    AssignmentRepository assignments(db);
    auto vols = VolunteerRepository(db).all();
    auto ids = repo.allIds();
    if (!vols || !ids || vols->isEmpty())
        return u"no volunteers or cases"_s;
    const QStringList grades = {u"likely"_s, u"possible"_s, u"unlikely"_s, u"not_assessed"_s};
    QSqlDatabase c = db.connection();
    for (qint64 id : *ids) {
        auto record = repo.load(id);
        if (!record)
            return record.error().fullText();
        // Assessments for most claimed reasons, and now and then for one that was not claimed.
        const QStringList claimed = record->value(u"reasons"_s).split(u';', Qt::SkipEmptyParts);
        for (const QString &code : claimed) {
            if (rng.bounded(4) != 0) {
                if (Status s = reasons.setAssessment(id, code.trimmed(), grades.at(int(rng.bounded(4))), {}); !s)
                    return s.error().fullText();
            }
        }
        if (rng.bounded(15) == 0) {
            if (Status s = reasons.setAssessment(id, u"outbreak"_s, u"possible"_s, {}); !s)
                return s.error().fullText();
        }
        // Matched cases get a volunteer; some finished with one and got another; a few screened-in cases
        // are assigned without their status having moved.
        const QString status = record->status;
        const bool matched = status == u"matched"_s || status == u"motion_filed"_s || status == u"granted"_s
                             || status == u"denied"_s;
        if (matched || (status == u"screened_in"_s && rng.bounded(6) == 0)) {
            const qint64 v = vols->at(int(rng.bounded(quint32(vols->size())))).id;
            if (auto a = assignments.assign(id, v); !a)
                return a.error().fullText();
            if (rng.bounded(3) == 0) {
                if (Status s = assignments.complete(id); !s)
                    return s.error().fullText();
                if (rng.bounded(2) == 0) {
                    if (auto a = assignments.assign(id, vols->at(int(rng.bounded(quint32(vols->size())))).id); !a)
                        return a.error().fullText();
                }
            }
        }
        // Spread the status history: the request is logged 0-5 days after submission, then each move
        // 1-60 days (and some hours) after the previous one.
        QSqlQuery h(c);
        h.prepare(u"SELECT id FROM status_history WHERE case_id = :c ORDER BY id"_s);
        h.bindValue(u":c"_s, id);
        if (!h.exec())
            return h.lastError().text();
        QList<qint64> rows;
        while (h.next())
            rows << h.value(0).toLongLong();
        QDateTime at(QDate::fromString(record->value(u"submitted_at"_s).left(10), Qt::ISODate), QTime(9, 0), Qt::UTC);
        at = at.addDays(rng.bounded(6)).addSecs(rng.bounded(36000));
        for (int i = 0; i < rows.size(); ++i) {
            if (i > 0)
                at = at.addDays(1 + rng.bounded(60)).addSecs(rng.bounded(36000));
            QSqlQuery u(c);
            u.prepare(u"UPDATE status_history SET changed_at = :at WHERE id = :id"_s);
            u.bindValue(u":at"_s, at.toString(Qt::ISODateWithMs));
            u.bindValue(u":id"_s, rows.at(i));
            if (!u.exec())
                return u.lastError().text();
        }
        // Assignments dated within two years, so that placements fall in and out of periods.
        QSqlQuery a(c);
        a.prepare(u"UPDATE assignments SET assigned_at = :at WHERE case_id = :c"_s);
        a.bindValue(u":at"_s, QDateTime(QDate::currentDate().addDays(-int(rng.bounded(730))), QTime(14, 30), Qt::UTC)
                                   .toString(Qt::ISODateWithMs));
        a.bindValue(u":c"_s, id);
        if (!a.exec())
            return a.lastError().text();
    }
    return {};
}

} // namespace ch::test
