// WriteTransaction: BEGIN IMMEDIATE ... COMMIT, rolled back unless committed; nested ones are savepoints.
#include "storage/WriteTransaction.h"

#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

bool insertDraft(const QSqlDatabase &db, const QString &payload)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO drafts(actor, saved_at, payload) VALUES ('t', '2024-01-01', :p)"_s);
    q.bindValue(u":p"_s, payload);
    return q.exec();
}

QStringList payloads(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT payload FROM drafts ORDER BY id"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestWriteTransaction : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
private Q_SLOTS:
    void init();
    void cleanup() { m_t.reset(); }
    void commit_keepsWrites();
    void destruction_withoutCommit_rollsBack();
    void rollback_isIdempotent();
    void commit_withoutBegin_isAnError();
    void nested_isSavepoint_innerRollbackKeepsOuter();
    void nested_outerRollbackUndoesCommittedInner();
    void secondWriter_getsBusyInsteadOfWriting();
    void reader_seesLastCommittedStateDuringWrite();
};

void TestWriteTransaction::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
}

void TestWriteTransaction::commit_keepsWrites()
{
    {
        WriteTransaction tx(m_t->connection());
        QVERIFY(tx.begin());
        QVERIFY(tx.isActive());
        QVERIFY(!tx.isNested());
        QVERIFY(insertDraft(m_t->connection(), u"kept"_s));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
    }
    QVERIFY2(m_t->reopen(), qPrintable(m_t->error()));
    QCOMPARE(payloads(m_t->connection()), QStringList{u"kept"_s});
}

void TestWriteTransaction::destruction_withoutCommit_rollsBack()
{
    {
        WriteTransaction tx(m_t->connection());
        QVERIFY(tx.begin());
        QVERIFY(insertDraft(m_t->connection(), u"lost"_s));
        QCOMPARE(payloads(m_t->connection()), QStringList{u"lost"_s});
    }
    QCOMPARE(payloads(m_t->connection()), QStringList());
    // The connection is usable again for a new top-level transaction.
    WriteTransaction next(m_t->connection());
    QVERIFY(next.begin());
    QVERIFY(!next.isNested());
    QVERIFY(insertDraft(m_t->connection(), u"after"_s));
    QVERIFY(next.commit());
    QCOMPARE(payloads(m_t->connection()), QStringList{u"after"_s});
}

void TestWriteTransaction::rollback_isIdempotent()
{
    WriteTransaction tx(m_t->connection());
    QVERIFY(tx.begin());
    QVERIFY(insertDraft(m_t->connection(), u"x"_s));
    tx.rollback();
    tx.rollback();
    QVERIFY(!tx.isActive());
    QCOMPARE(payloads(m_t->connection()), QStringList());
    QVERIFY(!tx.commit());
}

void TestWriteTransaction::commit_withoutBegin_isAnError()
{
    WriteTransaction tx(m_t->connection());
    Status s = tx.commit();
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
}

void TestWriteTransaction::nested_isSavepoint_innerRollbackKeepsOuter()
{
    WriteTransaction outer(m_t->connection());
    QVERIFY(outer.begin());
    QVERIFY(insertDraft(m_t->connection(), u"outer-1"_s));
    {
        WriteTransaction inner(m_t->connection());
        QVERIFY(inner.begin());
        QVERIFY(inner.isNested());
        QVERIFY(insertDraft(m_t->connection(), u"inner"_s));
    } // rolled back alone
    {
        WriteTransaction inner(m_t->connection());
        QVERIFY(inner.begin());
        QVERIFY(insertDraft(m_t->connection(), u"inner-kept"_s));
        QVERIFY(inner.commit());
    }
    QVERIFY(insertDraft(m_t->connection(), u"outer-2"_s));
    QVERIFY(outer.commit());
    QCOMPARE(payloads(m_t->connection()), (QStringList{u"outer-1"_s, u"inner-kept"_s, u"outer-2"_s}));
}

void TestWriteTransaction::nested_outerRollbackUndoesCommittedInner()
{
    {
        WriteTransaction outer(m_t->connection());
        QVERIFY(outer.begin());
        WriteTransaction inner(m_t->connection());
        QVERIFY(inner.begin());
        QVERIFY(insertDraft(m_t->connection(), u"inner"_s));
        QVERIFY(inner.commit());
    }
    QCOMPARE(payloads(m_t->connection()), QStringList());
}

void TestWriteTransaction::secondWriter_getsBusyInsteadOfWriting()
{
    CH_SQLITE_ONLY(); // SQLite's one writer at a time; two writers on the server are tst_concurrent_writers'
    auto other = m_t->db().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.error().fullText()));
    const QSqlDatabase second = (*other)->connection();
    QVERIFY(QSqlQuery(second).exec(u"PRAGMA busy_timeout = 200"_s));

    WriteTransaction first(m_t->connection());
    QVERIFY(first.begin());
    QVERIFY(insertDraft(m_t->connection(), u"first"_s));

    // IMMEDIATE takes the write lock at BEGIN: the second writer waits busy_timeout, then is told so.
    QElapsedTimer timer;
    timer.start();
    WriteTransaction blocked(second);
    Status s = blocked.begin();
    QVERIFY(!s);
    QVERIFY(!blocked.isActive());
    QVERIFY2(s.error().message.contains(u"busy"_s), qPrintable(s.error().fullText()));
    QVERIFY2(timer.elapsed() >= 150, "the second writer should have waited for the busy timeout");

    QVERIFY(first.commit());
    // Once the lock is free, the second connection writes normally (and is not stuck "nested").
    WriteTransaction now(second);
    QVERIFY(now.begin());
    QVERIFY(!now.isNested());
    QVERIFY(insertDraft(second, u"second"_s));
    QVERIFY(now.commit());
    QCOMPARE(payloads(m_t->connection()), (QStringList{u"first"_s, u"second"_s}));
    QCOMPARE(test::scalar(m_t->connection(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
}

void TestWriteTransaction::reader_seesLastCommittedStateDuringWrite()
{
    auto other = m_t->db().openAnotherConnection();
    QVERIFY(other);
    WriteTransaction tx(m_t->connection());
    QVERIFY(tx.begin());
    QVERIFY(insertDraft(m_t->connection(), u"uncommitted"_s));
    QCOMPARE(payloads((*other)->connection()), QStringList()); // WAL: readers are not blocked
    QVERIFY(tx.commit());
    QCOMPARE(payloads((*other)->connection()), QStringList{u"uncommitted"_s});
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
