// Batches: packets for every case assigned since a date, into one PDF or one per case; cancel leaves no
// half-written file.
#include "PacketFixture.h"
#include "packets/PacketBatch.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestPacketBatch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
    QList<qint64> m_ids;

    int printedCount()
    {
        int n = 0;
        for (qint64 id : std::as_const(m_ids)) {
            auto audit = AuditLog::entries(m_t->connection(), u"case"_s, id);
            if (!audit)
                return -1;
            for (const AuditEntry &e : *audit)
                n += e.action == u"packet_printed"_s ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        const qint64 vol = test::addVolunteer(m_t->db(), u"Dana Whitfield"_s);
        m_ids.clear();
        for (int i = 0; i < 3; ++i) {
            CaseRecord c = test::validCase(u"Person %1"_s.arg(i), u"1234%1-054"_s.arg(i));
            c.setValue(u"submission_id"_s, u"FORM-BATCH-%1"_s.arg(i));
            m_ids << test::fullyDocumentedCase(m_t->db(), vol, c);
            QVERIFY(m_ids.constLast() > 0);
        }
        CaseRecord unassigned = test::minimalCase(u"Not Assigned"_s);
        QVERIFY(CaseRepository(m_t->db()).create(unassigned));
    }
    void cleanup() { m_t.reset(); }

    void casesAssignedSince_listsOnlyOpenAssignmentsInRange()
    {
        auto ids =
            PacketBatch::casesAssignedSince(m_t->connection(), QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(ids);
        QCOMPARE(*ids, m_ids);
        ids = PacketBatch::casesAssignedSince(m_t->connection(), QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(ids && ids->isEmpty());
    }

    void oneFile_holdsEveryPacketNumberedOnItsOwn()
    {
        const QString path = m_t->dirPath() + u"/all.pdf"_s;
        PacketBatch batch(m_t->connection(), m_ids, RedactionProfile::volunteer(), PacketBatch::Mode::OneFile,
                          path);
        QSignalSpy progress(&batch, &PacketBatch::progress);
        QVERIFY(batch.runToEnd());
        QCOMPARE(progress.count(), 3);
        QCOMPARE(printedCount(), 3); // each case's history records its packet once the file exists
        QVERIFY(test::isOwnerOnly(path));
        const QString text = test::pdfText(path);
        for (qint64 id : m_ids)
            QVERIFY(text.contains(u"Clearinghouse case %1"_s.arg(id)));
        QVERIFY(text.contains(u"Person 0"_s) && text.contains(u"Person 2"_s));
        QCOMPARE(text.count(u"Page 1 of"_s), 3);
    }

    void filePerCase_writesOneNamedFileEach_asynchronously()
    {
        const QString dir = m_t->dirPath() + u"/packets"_s;
        PacketBatch batch(m_t->connection(), m_ids, RedactionProfile::external(),
                          PacketBatch::Mode::FilePerCase, dir);
        QSignalSpy finished(&batch, &PacketBatch::finished);
        batch.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(batch.writtenFiles().size(), 3);
        for (qint64 id : m_ids)
            QVERIFY(QFile::exists(QDir(dir).filePath(PacketBatch::fileNameFor(id))));
    }

    void cancel_leavesNoFile()
    {
        const QString path = m_t->dirPath() + u"/cancelled.pdf"_s;
        PacketBatch batch(m_t->connection(), m_ids, RedactionProfile::volunteer(), PacketBatch::Mode::OneFile,
                          path);
        QSignalSpy finished(&batch, &PacketBatch::finished);
        connect(&batch, &PacketBatch::progress, &batch, [&batch](int done) {
            if (done == 1)
                batch.cancel();
        });
        batch.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(u"Cancelled"_s));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_t->dirPath()).entryList({u"cancelled*"_s}), QStringList());
        // The first packet was drawn before the cancel, but no file holds it: no history claims it.
        QCOMPARE(batch.done(), 1);
        QCOMPARE(printedCount(), 0);
    }

    void failedCommit_recordsNothing()
    {
        // The target's folder vanishes while the batch runs: the file cannot be committed.
        const QString dir = m_t->dirPath() + u"/gone"_s;
        QVERIFY(QDir().mkpath(dir));
        PacketBatch batch(m_t->connection(), m_ids, RedactionProfile::volunteer(), PacketBatch::Mode::OneFile,
                          dir + u"/all.pdf"_s);
        connect(&batch, &PacketBatch::progress, &batch, [dir](int done) {
            if (done == 3)
                QDir(dir).removeRecursively();
        });
        QVERIFY(!batch.runToEnd());
        QCOMPARE(printedCount(), 0);
    }

    void noCases_isASentence()
    {
        PacketBatch batch(m_t->connection(), {}, RedactionProfile::volunteer(), PacketBatch::Mode::OneFile,
                          m_t->dirPath() + u"/x.pdf"_s);
        const Status s = batch.runToEnd();
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(u"no case was assigned"_s));
    }
};

QTEST_MAIN(TestPacketBatch)
#include "tst_packetbatch.moc"
