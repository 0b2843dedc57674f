// secure_delete, proved on the file itself: text that is deleted or overwritten (here an autosaved intake
// draft, which holds whatever was typed, medical details included) leaves no bytes behind in the database
// file once the write-ahead log is checkpointed. A control run with secure_delete turned off shows the same
// bytes lingering, so the check can tell the difference.

#include "TestDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace ch;

class TestSecureDelete : public QObject
{
    Q_OBJECT
private:
    static QByteArray uniqueMarker()
    {
        return "MEDICAL-SECRET-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    static QByteArray draftWith(const QByteArray &marker)
    {
        // As the intake form autosaves it: the typed values as JSON; the marker inside a longer text.
        return "{\"fields\":{\"person_name\":\"Rosa Diaz\",\"medical_summary\":\"Diagnosis " + marker +
               " confirmed by the oncologist; prognosis under six months.\"}}";
    }
    // Copies the log into the file and empties the log, as a closing program does.
    static bool checkpoint(const Database &db)
    {
        auto r = Sql::scalar(db.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        return r.ok() && r->toInt() == 0; // 0: not blocked
    }
    static bool fileHolds(const QString &path, const QByteArray &marker)
    {
        for (const QString &name : QStringList{path, path + u"-wal"_s}) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void secureDeleteIsOn()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QCOMPARE(Sql::scalar(t.db().connection(), u"PRAGMA secure_delete"_s)->toInt(), 1);
    }

    void deletedDraft_leavesNoBytesInTheFile()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        CaseRepository repo(t.db());
        const QByteArray marker = uniqueMarker();
        auto id = repo.saveDraft(0, 0, draftWith(marker));
        QVERIFY(id.ok());
        QVERIFY(checkpoint(t.db()));
        QVERIFY2(fileHolds(t.path(), marker), "the saved draft is in the file: the search below can see it");

        QVERIFY(repo.deleteDraft(*id).ok());
        QVERIFY(checkpoint(t.db()));
        QVERIFY2(!fileHolds(t.path(), marker), "deleted text lingers in the database file");
        QVERIFY(repo.drafts()->isEmpty());
    }

    void overwrittenDraft_leavesNoBytesInTheFile()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        CaseRepository repo(t.db());
        const QByteArray marker = uniqueMarker();
        auto id = repo.saveDraft(0, 0, draftWith(marker));
        QVERIFY(id.ok());
        QVERIFY(checkpoint(t.db()));
        QVERIFY(fileHolds(t.path(), marker));

        // The next autosave after the typist corrected the field.
        auto again = repo.saveDraft(*id, 0, draftWith("(removed at the family's request)"));
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QVERIFY(checkpoint(t.db()));
        QVERIFY2(!fileHolds(t.path(), marker), "overwritten text lingers in the database file");
    }

    void control_withoutSecureDeleteTheBytesWouldLinger()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QVERIFY(Sql::execRaw(t.db().connection(), u"PRAGMA secure_delete = OFF"_s).ok());
        CaseRepository repo(t.db());
        const QByteArray marker = uniqueMarker();
        auto id = repo.saveDraft(0, 0, draftWith(marker));
        QVERIFY(id.ok());
        QVERIFY(checkpoint(t.db()));
        QVERIFY(repo.deleteDraft(*id).ok());
        QVERIFY(checkpoint(t.db()));
        QVERIFY2(fileHolds(t.path(), marker), "without secure_delete SQLite only unlinks the row");
    }
};

QTEST_GUILESS_MAIN(TestSecureDelete)
#include "tst_securedelete.moc"
