// Follow-ups: dated tasks on a case, closed when done and kept, audited, and shown in the due queue.
#include "queues/WorkQueues.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestFollowUpRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_t; // a file, or a database on the test server
    Database *m_db = nullptr;
    qint64 m_case = 0;
    int m_serial = 0;

    qint64 add(const QString &title, const QDate &due)
    {
        FollowUp f;
        f.caseId = m_case;
        f.title = title;
        f.dueOn = due;
        f.assignedTo = u"Maria"_s;
        auto id = FollowUpRepository(*m_db).add(f);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = nullptr;
        m_t = std::make_unique<test::TestDatabase>(); // the previous one goes (file or server database)
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_db = &m_t->db();
        CaseRecord c;
        c.setValue(u"person_name"_s, u"Rosa Díaz"_s);
        m_case = *CaseRepository(*m_db).create(c);
    }

    void addListsOpenFirstByDueDateAndAudits()
    {
        const QDate today = QDate::currentDate();
        const qint64 later = add(u"Check the warden's answer"_s, today.addDays(20));
        const qint64 sooner = add(u"Call the daughter"_s, today.addDays(2));
        QVERIFY(later && sooner);
        QVERIFY(FollowUpRepository(*m_db).complete(later).ok());
        auto all = FollowUpRepository(*m_db).forCase(m_case);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, sooner);
        QVERIFY(all->at(1).isDone());
        QVERIFY(!all->at(1).doneBy.isEmpty());
        auto audit = AuditLog::entries(m_db->connection(), u"case"_s, m_case);
        QVERIFY(audit.ok());
        int followUpEntries = 0;
        for (const AuditEntry &e : *audit)
            followUpEntries += e.action.startsWith(u"follow_up_"_s) ? 1 : 0;
        QCOMPARE(followUpEntries, 3);
    }

    void refusesEmptyTitleMissingDateUnknownCase()
    {
        QCOMPARE(add(u"   "_s, QDate::currentDate()), 0);
        QCOMPARE(add(u"x"_s, QDate()), 0);
        FollowUp f;
        f.caseId = m_case + 100;
        f.title = u"x"_s;
        f.dueOn = QDate::currentDate();
        QCOMPARE(FollowUpRepository(*m_db).add(f).error().kind, Error::Kind::NotFound);
        QCOMPARE(FollowUpRepository(*m_db).forCase(m_case)->size(), 0);
    }

    void dueQueueHoldsOverdueFirstAndSkipsDoneAndFarOnes()
    {
        const QDate today = QDate::currentDate();
        const qint64 overdue = add(u"Request BOP medical records"_s, today.addDays(-3));
        const qint64 soon = add(u"Call the family"_s, today.addDays(5));
        add(u"Far away"_s, today.addDays(30));
        const qint64 done = add(u"Already done"_s, today.addDays(-1));
        QVERIFY(FollowUpRepository(*m_db).complete(done).ok());
        auto items = WorkQueues(*m_db).items(WorkItem::Queue::FollowUps, today);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).caseId, m_case);
        QVERIFY(items->at(0).urgent);
        QVERIFY(items->at(0).detail.startsWith(u"Overdue"_s));
        QVERIFY(!items->at(1).urgent);
        Q_UNUSED(overdue);
        Q_UNUSED(soon);
    }
};

QTEST_GUILESS_MAIN(TestFollowUpRepository)
#include "tst_followuprepository.moc"
