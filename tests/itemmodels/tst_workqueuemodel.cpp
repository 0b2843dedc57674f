// The home screen's work queues over a real database: each queue holds exactly the records its rule
// names, in its order, and the model passes QAbstractItemModelTester.
#include "itemmodels/WorkQueueModel.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/VolunteerRepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace ch;

class TestWorkQueueModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::FreshLocations m_locations;
    std::unique_ptr<Database> m_db;
    qint64 m_received = 0, m_urgent = 0, m_plain = 0, m_assigned = 0, m_ripe = 0, m_soonVolunteer = 0;

    qint64 addCase(const QString &name, const QString &reasons, const QStringList &path, const QDate &wardenRequest = {})
    {
        CaseRecord c;
        c.setValue(u"person_name"_s, name);
        c.setValue(u"court_type"_s, u"federal"_s);
        c.setValue(u"relief_sought"_s, u"compassionate_release"_s);
        c.setValue(u"reasons"_s, reasons);
        if (wardenRequest.isValid())
            c.setValue(u"warden_request_date"_s, wardenRequest.toString(Qt::ISODate));
        auto id = CaseRepository(*m_db).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        for (const QString &to : path) {
            if (!CaseRepository(*m_db).changeStatus(*id, to))
                qFatal("status change to %s failed", qPrintable(to));
        }
        return *id;
    }

    qint64 addVolunteer(const QString &name, const QDate &trained)
    {
        Volunteer v;
        v.name = name;
        v.kind = u"solo"_s;
        v.capacity = 3;
        v.trainings = {Training{trained, u"Fundamentals"_s}};
        auto id = VolunteerRepository(*m_db).create(v);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    static QList<qint64> ids(WorkQueueModel &m, int role)
    {
        QList<qint64> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(role).toLongLong();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_locations.next(u"queues.db"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        const QDate today = QDate::currentDate();
        m_received = addCase(u"Rita Received"_s, u"age"_s, {});
        m_plain = addCase(u"Paul Plain"_s, u"age"_s, {u"screening"_s, u"screened_in"_s});
        m_urgent = addCase(u"Uma Urgent"_s, u"terminal_illness"_s, {u"screening"_s, u"screened_in"_s});
        m_assigned = addCase(u"Alan Assigned"_s, u"age"_s, {u"screening"_s, u"screened_in"_s});
        m_ripe = addCase(u"Rosa Ripe"_s, u"age"_s, {u"screening"_s, u"screened_in"_s}, today.addDays(-40));
        addCase(u"Far Future"_s, u"age"_s, {u"screening"_s, u"screened_in"_s}, today.addDays(-5)); // ripe in 25 days
        addCase(u"Closed Case"_s, u"terminal_illness"_s, {u"withdrawn"_s});
        const qint64 lawyer = addVolunteer(u"Lee Lawyer"_s, today.addMonths(-6));
        m_soonVolunteer = addVolunteer(u"Sue Soon"_s, today.addMonths(-24).addDays(30));
        addVolunteer(u"Old Expired"_s, today.addMonths(-30));
        QVERIFY(AssignmentRepository(*m_db).assign(m_assigned, lawyer).ok());
    }

    void passesTheModelTester()
    {
        WorkQueueModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        for (WorkItem::Queue q : WorkQueues::queues())
            model.setQueue(q);
    }

    void waitingForAVolunteer_urgentFirst_assignedAndClosedLeftOut()
    {
        WorkQueueModel model(m_db->connection());
        QVERIFY(model.reload());
        model.setQueue(WorkItem::Queue::WaitingVolunteer);
        const QList<qint64> got = ids(model, WorkQueueModel::CaseIdRole);
        QCOMPARE(got.first(), m_urgent);
        QVERIFY(model.index(0, 0).data(WorkQueueModel::UrgentRole).toBool());
        // Lists beside names never tell the medical reason; the case view keeps it behind its toggle.
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                const QString text = model.index(0, column).data(role).toString();
                QVERIFY2(!text.contains(u"terminal"_s, Qt::CaseInsensitive), qPrintable(text));
            }
        }
        QVERIFY(model.index(0, WorkQueueModel::DetailColumn).data().toString().startsWith(u"Urgent"_s));
        QVERIFY(got.contains(m_plain));
        QVERIFY(got.contains(m_ripe));
        QVERIFY(!got.contains(m_assigned));
        QVERIFY(!got.contains(m_received));
        QCOMPARE(model.count(WorkItem::Queue::WaitingVolunteer), 4); // plain, urgent, ripe, far future
    }

    void toScreen_holdsOnlyReceivedCases()
    {
        WorkQueueModel model(m_db->connection());
        QVERIFY(model.reload());
        model.setQueue(WorkItem::Queue::ToScreen);
        QCOMPARE(ids(model, WorkQueueModel::CaseIdRole), QList<qint64>{m_received});
    }

    void readyToFile_passedOrWithin14Days()
    {
        WorkQueueModel model(m_db->connection());
        QVERIFY(model.reload());
        model.setQueue(WorkItem::Queue::ReadyToFile);
        QCOMPARE(ids(model, WorkQueueModel::CaseIdRole), QList<qint64>{m_ripe});
        QVERIFY(model.index(0, WorkQueueModel::DetailColumn).data().toString().contains(u"may be filed"_s));
        // Twelve days later the other case (ripe in 25 days) is within 14 days too.
        QVERIFY(model.reload(QDate::currentDate().addDays(12)));
        QCOMPARE(model.rowCount(), 2);
    }

    void expiringTraining_within60DaysOnly()
    {
        WorkQueueModel model(m_db->connection());
        QVERIFY(model.reload());
        model.setQueue(WorkItem::Queue::ExpiringTraining);
        QCOMPARE(ids(model, WorkQueueModel::VolunteerIdRole), QList<qint64>{m_soonVolunteer});
        QCOMPARE(model.index(0, WorkQueueModel::DaysColumn).data().toString(), u"30"_s);
    }

    void staleAssignments_afterThirtyQuietDays()
    {
        WorkQueueModel model(m_db->connection());
        QVERIFY(model.reload());
        QCOMPARE(model.count(WorkItem::Queue::StaleAssignments), 0);
        QVERIFY(model.reload(QDate::currentDate().addDays(31)));
        model.setQueue(WorkItem::Queue::StaleAssignments);
        QCOMPARE(ids(model, WorkQueueModel::CaseIdRole), QList<qint64>{m_assigned});
    }
};

QTEST_GUILESS_MAIN(TestWorkQueueModel)
#include "tst_workqueuemodel.moc"
