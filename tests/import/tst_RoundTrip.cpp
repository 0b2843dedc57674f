// Tests for exporting and importing back: our own JSON export imports into a fresh database without loss
// (additional submitters, extra answers, status, awkward text), the CSV export is safe for spreadsheets
// (formula injection neutralised, RFC 4180 quoting, owner-only file) and imports back too; plus the pieces
// the GUI import uses: the preview, the column-mapping suggestions, whole-file transactions and the worker
// job.
#include "demo/DemoDataGenerator.h"
#include "io/ColumnMapping.h"
#include "io/CsvExporter.h"
#include "io/CsvReader.h"
#include "io/ImportJob.h"
#include "io/ImportPreview.h"
#include "io/ImportService.h"
#include "io/JsonExporter.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CH_IMPORT_FIXTURES) + u'/' + name;
}

// The cases of an export as the importer must reproduce them: without what the database assigns.
QJsonArray comparable(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        QJsonObject o = v.toObject();
        for (const char *key : {"case_id", "person_id", "row_version", "created_at", "updated_at"})
            o.remove(QLatin1StringView(key));
        out.append(o);
    }
    return out;
}

CaseRecord awkwardCase()
{
    CaseRecord r;
    r.setValue(u"submission_id"_s, u"RT-1'; DROP TABLE cases; --"_s);
    r.setValue(u"submitted_at"_s, u"2026-04-01"_s);
    r.setValue(u"person_name"_s, u"Zoë \"Z\" O'Brien-Núñez"_s);
    r.setValue(u"register_number"_s, u"12345-054"_s);
    r.setValue(u"court_type"_s, u"federal"_s);
    r.setValue(u"relief_sought"_s, u"compassionate_release"_s);
    r.setValue(u"sentencing_district"_s, u"nysd"_s);
    r.setValue(u"reasons"_s, u"terminal_illness;family_parent"_s);
    r.setValue(u"medical_summary"_s, u"=HYPERLINK(\"http://x\")\nline two, with comma\r\nand \"quotes\""_s);
    r.setValue(u"submitter_name"_s, u"Rosa Díaz"_s);
    r.setValue(u"submitter_email"_s, u"rosa@example.org"_s);
    r.moreSubmitters = {Submitter{0, u"Pedro Díaz"_s, u"brother"_s, u"+1 555 0101"_s, u"pedro@example.org"_s,
                                  u"12 Main St\nApt 3"_s, u"Spanish"_s}};
    r.extraAnswers =
        QJsonObject{{u"Favorite color"_s, u"blue"_s}, {u"how_did_you_hear"_s, u"@church, +flyer"_s}};
    return r;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::FreshLocations m_locations;
    int m_n = 0;

    std::unique_ptr<Database> openFresh()
    {
        auto db = Database::open(m_locations.next(u"rt%1.db"_s.arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.error().fullText()));
        return std::move(db).value();
    }
    static int countOf(Database &db, const QString &table)
    {
        return Sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table)->toInt();
    }
    // A database with demo cases (several statuses) and one case with every awkward value.
    std::unique_ptr<Database> seeded()
    {
        auto db = openFresh();
        DemoDataGenerator::Options o;
        o.cases = 30;
        o.volunteers = 0;
        o.seed = 7;
        if (Status s = DemoDataGenerator(o).generate(*db); !s)
            qFatal("%s", qPrintable(s.error().fullText()));
        CaseRecord awkward = awkwardCase();
        auto id = CaseRepository(*db).create(awkward);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        (void)CaseRepository(*db).changeStatus(*id, u"screening"_s);
        return db;
    }

private slots:
    void ownJsonExportImportsBackWithoutLoss()
    {
        auto first = seeded();
        const QString a = m_dir.filePath(u"a.json"_s);
        QVERIFY(JsonExporter::exportCases(first->connection(), a));

        auto second = openFresh();
        auto s = ImportService(second->connection()).importFile(a, {});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        QCOMPARE(s->rejected, 0);
        QCOMPARE(s->imported, 31);
        QCOMPARE(countOf(*second, u"import_quarantine"_s), 0);
        const QString b = m_dir.filePath(u"b.json"_s);
        QVERIFY(JsonExporter::exportCases(second->connection(), b));

        const QJsonArray before = comparable(a);
        const QJsonArray after = comparable(b);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).toObject(), before.at(i).toObject());
        // The awkward case really carried its nested parts (not merely two equal empties).
        const QJsonObject last = after.last().toObject();
        QCOMPARE(last.value("additional_submitters"_L1).toArray().size(), 1);
        QCOMPARE(last.value("extra_answers"_L1).toObject().value("Favorite color"_L1).toString(), u"blue"_s);
        QCOMPARE(last.value("status"_L1).toString(), u"screening"_s);
        QCOMPARE(last.value("submission_id"_L1).toString(), u"RT-1'; DROP TABLE cases; --"_s);

        // And importing the export again creates nothing new.
        auto again = ImportService(second->connection()).importFile(a, {});
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 31);
    }

    void nestedValuesThatAreNotListsAreStillRejected()
    {
        auto db = openFresh();
        auto s = ImportService(db->connection()).importFile(fixture(u"nested_bad.json"_s), {});
        QVERIFY(s);
        QCOMPARE(s->imported, 1); // NB-3: a list of aliases is a list question's answer
        QCOMPARE(s->rejected, 2);
        QCOMPARE(s->rejects.at(0).field, u"person_name"_s);
        QCOMPARE(s->rejects.at(1).field, u"reasons"_s);
        auto c = CaseRepository(*db).load(s->createdCaseIds.first());
        QVERIFY(c);
        QCOMPARE(c->value(u"aliases"), u"Evita; E. R."_s);
    }

    void csvExportIsSafeForSpreadsheets()
    {
        QCOMPARE(CsvExporter::neutralise(u"=1+1"_s), u"'=1+1"_s);
        QCOMPARE(CsvExporter::neutralise(u"+1 555"_s), u"'+1 555"_s);
        QCOMPARE(CsvExporter::neutralise(u"-2"_s), u"'-2"_s);
        QCOMPARE(CsvExporter::neutralise(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CsvExporter::neutralise(u"\tx"_s), u"'\tx"_s);
        QCOMPARE(CsvExporter::neutralise(u"\rx"_s), u"'\rx"_s);
        QCOMPARE(CsvExporter::neutralise(u"a=b"_s), u"a=b"_s);
        QCOMPARE(CsvExporter::cell(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvExporter::cell(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvExporter::cell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvExporter::cell(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvExporter::cell(u"=cmd|' /C calc'!A0"_s), u"'=cmd|' /C calc'!A0"_s);

        auto db = seeded();
        const QString path = m_dir.filePath(u"cases.csv"_s);
        auto n = CsvExporter::exportCases(db->connection(), path);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().fullText()));
        QCOMPARE(*n, 31);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions()); // owner-only
        QVERIFY(QFile::permissions(path).testFlag(QFile::ReadOwner));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f);
        CsvReader::Row row;
        QVERIFY(reader.next(row));
        QCOMPARE(row.fields.mid(0, CsvExporter::templateColumns().size()), CsvExporter::templateColumns());
        QVERIFY(row.fields.contains(u"Favorite color"_s));
        const qsizetype medical = row.fields.indexOf(u"medical_summary"_s);
        const qsizetype heard = row.fields.indexOf(u"how_did_you_hear"_s);
        int rows = 0;
        QString awkwardMedical;
        QString awkwardHeard;
        while (reader.next(row)) {
            ++rows;
            QVERIFY(row.error.isEmpty());
            for (const QString &cell : std::as_const(row.fields)) {
                QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()),
                         qPrintable(cell));
            }
            if (row.fields.value(row.fields.size() > medical ? medical : 0).startsWith(u"'="_s)) {
                awkwardMedical = row.fields.at(medical);
                awkwardHeard = row.fields.at(heard);
            }
        }
        QCOMPARE(rows, 31);
        QCOMPARE(awkwardMedical, u"'=HYPERLINK(\"http://x\")\nline two, with comma\r\nand \"quotes\""_s);
        QCOMPARE(awkwardHeard, u"'@church, +flyer"_s);
    }

    void csvExportImportsBackIntoAFreshDatabase()
    {
        auto first = seeded();
        const QString path = m_dir.filePath(u"again.csv"_s);
        QVERIFY(CsvExporter::exportCases(first->connection(), path));
        auto second = openFresh();
        auto s = ImportService(second->connection()).importFile(path, {});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        QCOMPARE(s->rejected, 0);
        QCOMPARE(s->imported, 31);
        // Answers that needed no neutralising come back exactly; extra answers come back as extra answers.
        auto original = CaseRepository(*first).load(31);
        auto copy = CaseRepository(*second).load(31);
        QVERIFY(original && copy);
        QCOMPARE(copy->value(u"person_name"), original->value(u"person_name"));
        QCOMPARE(copy->value(u"submission_id"), original->value(u"submission_id"));
        QCOMPARE(copy->extraAnswers.value("Favorite color"_L1),
                 original->extraAnswers.value("Favorite color"_L1));
        for (qint64 id = 1; id <= 30; ++id) {
            auto a = CaseRepository(*first).load(id);
            auto b = CaseRepository(*second).load(id);
            QVERIFY(a && b);
            QCOMPARE(b->values(), a->values());
        }
    }

    void wholeFileTransactionKeepsNothingOnCancel()
    {
        auto db = openFresh();
        const int audit = countOf(*db, u"audit_log"_s);
        ImportService::Options o;
        o.allOrNothing = true;
        o.batchSize = 2;
        int calls = 0;
        o.progress = [&calls](qint64, qint64) {
            return ++calls < 7;
        };
        auto s = ImportService(db->connection())
                     .importFile(fixture(u"bad_date.csv"_s), o); // rows go to quarantine
        QVERIFY(s);
        QVERIFY(!s->cancelled); // only 3 rows: it finished
        QCOMPARE(countOf(*db, u"import_quarantine"_s), 3);

        calls = 0;
        o.progress = [&calls](qint64, qint64) {
            return ++calls < 3;
        }; // cancel on the third row of good.csv
        const int quarantined = countOf(*db, u"import_quarantine"_s);
        const int auditBefore = countOf(*db, u"audit_log"_s);
        auto c = ImportService(db->connection()).importFile(fixture(u"good.csv"_s), o);
        QVERIFY(c);
        QVERIFY(c->cancelled);
        QCOMPARE(c->imported, 0);
        QCOMPARE(countOf(*db, u"cases"_s), 0);
        QCOMPARE(countOf(*db, u"persons"_s), 0);
        QCOMPARE(countOf(*db, u"import_quarantine"_s), quarantined);
        QCOMPARE(countOf(*db, u"audit_log"_s), auditBefore);
        QVERIFY(auditBefore >= audit);
    }

    void discardAndRetryAreAudited()
    {
        auto db = openFresh();
        ImportService service(db->connection());
        QVERIFY(service.importFile(fixture(u"bad_date.csv"_s), {}));
        auto open = service.quarantined();
        QVERIFY(open && open->size() == 3);
        QVERIFY(service.discardQuarantined(open->at(0).id));
        auto log = AuditLog::entries(db->connection(), u"import_quarantine"_s, open->at(0).id);
        QVERIFY(log && log->size() == 1);
        QCOMPARE(log->first().action, u"discard"_s);
        QCOMPARE(log->first().before.value("values"_L1).toObject(), open->at(0).values);

        auto retried = service.retryQuarantined(open->at(1).id, {{u"date_of_birth"_s, u"1950-02-28"_s}});
        QVERIFY(retried && retried->imported == 1);
        auto log2 = AuditLog::entries(db->connection(), u"import_quarantine"_s, open->at(1).id);
        QVERIFY(log2 && log2->size() == 1);
        QCOMPARE(log2->first().action, u"retry"_s);
        QCOMPARE(log2->first().after.value("corrections"_L1).toObject().value("date_of_birth"_L1).toString(),
                 u"1950-02-28"_s);
    }

    void returningPersonsAreListedInTheSummary()
    {
        auto db = openFresh();
        ImportService service(db->connection());
        const QByteArray csv = "submission_id,person_name,register_number\r\n"
                               "R-1,Ana Ruiz,12345-678\r\n"
                               "R-2,Ana Ruiz,12345-678\r\n";
        QBuffer buffer;
        buffer.setData(csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto s = service.importDevice(&buffer, u"returning.csv"_s, ImportService::Format::Csv, {});
        QVERIFY(s);
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->returningPersons, 1);
        QCOMPARE(s->returning.size(), 1);
        QCOMPARE(s->returning.first().row, 3);
        QCOMPARE(s->returning.first().personName, u"Ana Ruiz"_s);
        QCOMPARE(s->returning.first().caseId, s->createdCaseIds.at(1));
        const QJsonArray flags = s->toJson().value("returning"_L1).toArray();
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().toObject().value("row"_L1).toInt(), 3);
    }

    void injectionAndSqlMetacharactersStayText()
    {
        auto db = openFresh();
        auto s = ImportService(db->connection()).importFile(fixture(u"injection.csv"_s), {});
        QVERIFY(s);
        QCOMPARE(s->rejected, 0);
        QCOMPARE(s->imported, 3);
        CaseRepository repo(*db);
        auto one = repo.load(s->createdCaseIds.at(0));
        auto two = repo.load(s->createdCaseIds.at(1));
        auto three = repo.load(s->createdCaseIds.at(2));
        QVERIFY(one && two && three);
        QCOMPARE(one->value(u"person_name"), u"=HYPERLINK(\"http://evil.example\",\"click\")"_s);
        QCOMPARE(one->value(u"offense"), u"+cmd|' /C calc'!A0"_s);
        QCOMPARE(one->extraAnswers.value("Notes"_L1).toString(), u"\ttab first"_s);
        QCOMPARE(two->value(u"person_name"), u"Robert'); DROP TABLE cases;--"_s);
        QCOMPARE(two->value(u"release_plan"), u"%_\\\\ LIKE wildcards"_s);
        QCOMPARE(two->value(u"medical_summary"), u"' OR ''='"_s);
        QCOMPARE(three->value(u"medical_summary"), u"line1\r\nline2"_s);
        QCOMPARE(countOf(*db, u"cases"_s), 3); // nothing was dropped

        // JSON keeps them verbatim and imports back; CSV neutralises the formulas.
        const QString json = m_dir.filePath(u"inj.json"_s);
        QVERIFY(JsonExporter::exportCases(db->connection(), json));
        auto copy = openFresh();
        auto back = ImportService(copy->connection()).importFile(json, {});
        QVERIFY(back && back->imported == 3);
        const QString json2 = m_dir.filePath(u"inj2.json"_s);
        QVERIFY(JsonExporter::exportCases(copy->connection(), json2));
        QCOMPARE(comparable(json2), comparable(json));
        const QString csv = m_dir.filePath(u"inj.csv"_s);
        QVERIFY(CsvExporter::exportCases(db->connection(), csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""_s));
        QVERIFY(text.contains(u",'+cmd|' /C calc'!A0,"_s));
        QVERIFY(text.contains(u",'-2+3,"_s));
        QVERIFY(text.contains(u",'@SUM(A1:A9),"_s));
        QVERIFY(text.contains(u",'\ttab first"_s));
    }

    void tenThousandRowsImportInBatches()
    {
        const QString path = m_dir.filePath(u"ten-thousand.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("submission_id,submitted_at,person_name,register_number,date_of_birth,court_type,relief_"
                    "sought,"
                    "sentence_status,sentence_months,custody_start_date,reasons,facility\r\n");
            for (int i = 0; i < 10000; ++i) {
                f.write(u"T-%1,2026-05-01,Person Número %1,%2-054,1950-01-01,federal,compassionate_release,"
                        "sentenced,240,2010-06-01,age;terminal_illness,FMC Butner\r\n"_s.arg(i)
                            .arg(10000 + i)
                            .toUtf8());
            }
        }
        auto db = openFresh();
        int reports = 0;
        ImportService::Options o;
        o.progress = [&reports](qint64, qint64) {
            ++reports;
            return true;
        };
        QElapsedTimer t;
        t.start();
        auto s = ImportService(db->connection()).importFile(path, o);
        QVERIFY(s);
        qInfo("10,000 rows imported in %lld ms", t.elapsed());
        QCOMPARE(s->imported, 10000);
        QCOMPARE(s->rejected, 0);
        QCOMPARE(reports, 10000);
        QCOMPARE(countOf(*db, u"cases"_s), 10000);
        auto again = ImportService(db->connection()).importFile(path, {});
        QVERIFY(again);
        QCOMPARE(again->duplicates, 10000);
        QCOMPARE(countOf(*db, u"cases"_s), 10000);
    }

    void suggestionsMatchTheMappedFixture()
    {
        QFile f(fixture(u"mapped.mapping.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
        auto preview = ImportPreview::read(fixture(u"mapped.csv"_s));
        QVERIFY(preview);
        const QHash<QString, QString> suggested = ColumnMapping::suggest(preview->columns);
        QCOMPARE(suggested.size(), expected.size()); // "Favorite Color" stays an extra answer
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(suggested.value(it.key()), it.value().toString());
        // A template name keeps its field: nothing else is guessed into it.
        const QHash<QString, QString> none =
            ColumnMapping::suggest({u"person_name"_s, u"Incarcerated person"_s});
        QVERIFY(none.isEmpty());
    }

    void previewReadsTheFirstRowsOnly()
    {
        auto csv = ImportPreview::read(fixture(u"good.csv"_s), 2);
        QVERIFY(csv);
        QCOMPARE(csv->format, ImportService::Format::Csv);
        QCOMPARE(csv->columns.first(), u"submission_id"_s);
        QCOMPARE(csv->rows.size(), 2);
        QVERIFY(csv->more);
        QCOMPARE(csv->rows.first().size(), csv->columns.size());
        QVERIFY(csv->rows.first().at(csv->columns.indexOf(u"submitter_address"_s)).contains(u'\n'));
        auto json = ImportPreview::read(fixture(u"good.json"_s), 50);
        QVERIFY(json);
        QCOMPARE(json->format, ImportService::Format::Json);
        QVERIFY(!json->more);
        QVERIFY(!ImportPreview::read(fixture(u"not_array.json"_s)));
        QVERIFY(!ImportPreview::read(m_dir.filePath(u"missing.csv"_s)));
    }

    void jobOnAWorkerThreadHonoursCancel()
    {
        auto db = openFresh();
        const int casesBefore = countOf(*db, u"cases"_s);
        ImportJob job(db->path(), fixture(u"good.csv"_s), {});
        QThread thread;
        job.moveToThread(&thread);
        // On the first progress report (worker thread) cancel, as the Cancel button does, and only then go
        // on.
        connect(
            &job, &ImportJob::progressed, &job,
            [&job](qint64, qint64) {
                if (!job.isCancelRequested())
                    job.cancel();
            },
            Qt::DirectConnection);
        QSignalSpy finished(&job, &ImportJob::finished);
        connect(&thread, &QThread::started, &job, &ImportJob::run);
        thread.start();
        QVERIFY(finished.wait(20000));
        thread.quit();
        QVERIFY(thread.wait(5000));
        const auto r = job.result();
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QCOMPARE(r->imported, 0);
        QCOMPARE(countOf(*db, u"cases"_s), casesBefore);

        ImportJob full(db->path(), fixture(u"good.csv"_s), {});
        QThread thread2;
        full.moveToThread(&thread2);
        QSignalSpy done(&full, &ImportJob::finished);
        connect(&thread2, &QThread::started, &full, &ImportJob::run);
        thread2.start();
        QVERIFY(done.wait(20000));
        thread2.quit();
        QVERIFY(thread2.wait(5000));
        QVERIFY(full.result());
        QCOMPARE(full.result()->imported, 4);
        QCOMPARE(countOf(*db, u"cases"_s), 4);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_RoundTrip.moc"
