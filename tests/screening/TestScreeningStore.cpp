// Screening results are stored with each saved case, re-run when the case changes, and kept as history.
#include "screening/ScreeningEngine.h"
#include "screening/ScreeningStore.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace ch;

class TestScreeningStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::FreshLocations m_locations;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    static CaseRecord federalCase()
    {
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Walter King"_s);
        c.setValue(u"register_number"_s, u"12345-067"_s);
        c.setValue(u"court_type"_s, u"federal"_s);
        c.setValue(u"relief_sought"_s, u"compassionate_release"_s);
        c.setValue(u"sentence_status"_s, u"sentenced"_s);
        c.setValue(u"date_of_birth"_s, u"1950-03-02"_s);
        c.setValue(u"custody_start_date"_s, u"2010-01-15"_s);
        c.setValue(u"sentence_months"_s, u"240"_s);
        c.setValue(u"warden_request_date"_s, u"2026-01-10"_s);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(m_locations.next(u"store-%1.db"_s.arg(++m_n)));
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void savingACaseStoresItsScreening()
    {
        CaseRecord c = federalCase();
        auto id = CaseRepository(*m_db).create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        auto current = ScreeningStore::current(m_db->connection(), *id);
        QVERIFY(current.ok());
        QVERIFY(current->has_value());
        QCOMPARE((*current)->outcome, u"screened_in"_s);
        QCOMPARE((*current)->asOf, QDate::currentDate());
        QVERIFY(!(*current)->ruleSetVersion.isEmpty());
        QCOMPARE((*current)->result.value(u"dates"_s).toObject().value(u"exhaustion_ripe"_s).toString(),
                 u"2026-02-09"_s);
    }

    void changingTheCaseRescreensAndKeepsHistory()
    {
        CaseRepository repo(*m_db);
        CaseRecord c = federalCase();
        auto id = repo.create(c);
        QVERIFY(id.ok());
        c.setValue(u"court_type"_s, u"state"_s);
        QVERIFY2(repo.update(c).ok(), "update failed");
        auto history = ScreeningStore::history(m_db->connection(), *id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).outcome, u"screened_out"_s);
        QCOMPARE(history->at(0).reasons, QStringList{u"not_federal"_s});
        QVERIFY(history->at(0).isCurrent);
        QCOMPARE(history->at(1).outcome, u"screened_in"_s);
        QVERIFY(!history->at(1).isCurrent);
    }

    void anUnchangedResultIsNotStoredTwice()
    {
        CaseRepository repo(*m_db);
        CaseRecord c = federalCase();
        auto id = repo.create(c);
        QVERIFY(id.ok());
        c.setValue(u"release_plan"_s, u"Lives with his sister."_s); // not a screening answer
        QVERIFY(repo.update(c).ok());
        auto history = ScreeningStore::history(m_db->connection(), *id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
    }

    void sentencesInAnotherLanguage_areTheSameResult()
    {
        // Explanations and warnings are written in the program's language of the moment; the same decision
        // written in Spanish after a language switch is not a new result in the history. A changed decision is.
        CaseRepository repo(*m_db);
        CaseRecord c = federalCase();
        auto id = repo.create(c);
        QVERIFY(id.ok());
        auto loaded = repo.load(*id);
        QVERIFY(loaded.ok());
        auto result = ScreeningEngine::screenWithBuiltInRules(*loaded, QDate::currentDate());
        QVERIFY(result.ok());
        result->caseId = *id;
        result->warnings = QStringList{u"Una advertencia escrita en español."_s};
        QVERIFY(ScreeningStore::store(m_db->connection(), *result).ok());
        auto history = ScreeningStore::history(m_db->connection(), *id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);

        result->missing << u"date_of_birth"_s;
        QVERIFY(ScreeningStore::store(m_db->connection(), *result).ok());
        history = ScreeningStore::history(m_db->connection(), *id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
    }

    void missingGateAnswersGiveNeedsInfo()
    {
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Rosa Flores"_s);
        c.setValue(u"court_type"_s, u"federal"_s);
        auto id = CaseRepository(*m_db).create(c);
        QVERIFY(id.ok());
        auto current = ScreeningStore::current(m_db->connection(), *id);
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->outcome, u"needs_info"_s);
        QCOMPARE((*current)->missing, (QStringList{u"relief_sought"_s, u"sentence_status"_s}));
    }

    void rescreenAllReplacesOlderResultsAndKeepsThem()
    {
        CaseRepository repo(*m_db);
        CaseRecord a = federalCase();
        const qint64 first = repo.create(a).value();
        CaseRecord b = federalCase();
        b.setValue(u"register_number"_s, u"22222-067"_s);
        b.setValue(u"court_type"_s, u"state"_s);
        const qint64 second = repo.create(b).value();
        // Pretend the first case was last screened long ago.
        auto old = ScreeningEngine::screenWithBuiltInRules(repo.load(first).value(), QDate(2024, 1, 1));
        QVERIFY(old.ok());
        old->caseId = first;
        QVERIFY(ScreeningStore::store(m_db->connection(), *old).ok());
        QCOMPARE((*ScreeningStore::current(m_db->connection(), first))->asOf, QDate(2024, 1, 1));

        QList<std::pair<int, int>> calls;
        auto done = ScreeningStore::rescreenAll(m_db->connection(), QDate::currentDate(), [&calls](int n, int total) {
            calls.append({n, total});
            return true;
        });
        QVERIFY2(done.ok(), qPrintable(done.error().fullText()));
        QCOMPARE(done->screened, 2);
        QCOMPARE(done->total, 2);
        QVERIFY(!done->cancelled);
        QCOMPARE(calls, (QList<std::pair<int, int>>{{0, 2}, {2, 2}}));
        QCOMPARE((*ScreeningStore::current(m_db->connection(), first))->asOf, QDate::currentDate());
        QCOMPARE(ScreeningStore::history(m_db->connection(), first)->size(), 3); // today, 2024, today again
        QCOMPARE(ScreeningStore::history(m_db->connection(), second)->size(), 1); // unchanged: not stored twice
    }

    void rescreenAllStopsWhenAsked()
    {
        CaseRepository repo(*m_db);
        CaseRecord c = federalCase();
        QVERIFY(repo.create(c).ok());
        auto done = ScreeningStore::rescreenAll(m_db->connection(), QDate::currentDate(),
                                                [](int, int) { return false; });
        QVERIFY(done.ok());
        QVERIFY(done->cancelled);
        QCOMPARE(done->screened, 0);
    }

    void queueListsCasesWaitingForADecision()
    {
        CaseRepository repo(*m_db);
        CaseRecord in = federalCase();
        const qint64 inId = repo.create(in).value();
        CaseRecord decided = federalCase();
        decided.setValue(u"register_number"_s, u"33333-067"_s);
        const qint64 decidedId = repo.create(decided).value();
        QVERIFY(repo.changeStatus(decidedId, u"screened_in"_s, u"ok"_s).ok());

        auto pending = ScreeningStore::queue(m_db->connection(), true);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().caseId, inId);
        QCOMPARE(pending->first().personName, u"Walter King"_s);
        QCOMPARE(pending->first().outcome, u"screened_in"_s);
        QCOMPARE(pending->first().exhaustionRipe, QDate(2026, 2, 9));
        auto all = ScreeningStore::queue(m_db->connection(), false);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
    }

    void nextKeyDateIsTheEarliestOnOrAfterToday()
    {
        QueueEntry e;
        e.ageProng = QDate(2027, 3, 2);
        e.tenYearsServed = QDate(2020, 1, 15);
        e.exhaustionRipe = QDate(2026, 12, 1);
        QCOMPARE(e.nextKeyDate(QDate(2026, 11, 30)), (std::pair<QString, QDate>{u"exhaustion_ripe"_s, QDate(2026, 12, 1)}));
        QCOMPARE(e.nextKeyDate(QDate(2026, 12, 1)).first, u"exhaustion_ripe"_s); // the day itself counts
        QCOMPARE(e.nextKeyDate(QDate(2026, 12, 2)).first, u"age_prong"_s);
        QVERIFY(!e.nextKeyDate(QDate(2030, 1, 1)).second.isValid());
    }
};

QTEST_GUILESS_MAIN(TestScreeningStore)
#include "TestScreeningStore.moc"
