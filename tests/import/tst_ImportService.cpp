// Tests for ImportService: good and broken fixtures, idempotency, returning persons, column mappings and
// presets, the quarantine (list, retry after correction, discard), cancel between batches, and the caps.
#include "io/ImportPresets.h"
#include "io/ImportService.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CH_IMPORT_FIXTURES) + u'/' + name;
}

struct ExpectedReject
{
    qint64 row;
    QString field;
    QString reasonPart;
};

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::FreshLocations m_locations;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    std::unique_ptr<Database> openFresh()
    {
        auto db = Database::open(m_locations.next(u"t%1.db"_s.arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.error().fullText()));
        return std::move(db).value();
    }
    ImportSummary importOk(const QString &file, ImportService::Options o = {})
    {
        ImportService service(m_db->connection());
        auto r = service.importFile(fixture(file), o);
        if (!r)
            qWarning("%s", qPrintable(r.error().fullText()));
        return r ? *r : ImportSummary{};
    }
    int countOf(const QString &table)
    {
        return Sql::scalar(m_db->connection(), u"SELECT count(*) FROM "_s + table)->toInt();
    }
    QString writeTemp(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    }

private slots:
    void init() { m_db = openFresh(); }
    void cleanup() { m_db.reset(); }

    void goodCsvImportsEveryTemplateColumn()
    {
        const ImportSummary s = importOk(u"good.csv"_s);
        QCOMPARE(s.imported, 4);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.duplicates, 0);
        CaseRepository repo(m_db->connection());
        auto first = repo.load(s.createdCaseIds.at(0));
        QVERIFY(first);
        QCOMPARE(first->value(u"person_name"), u"José Luis Hernández Peña"_s);
        QCOMPARE(first->value(u"medical_summary"),
                 u"Stage IV pancreatic cancer, diagnosed 2025.\nDoctor says \"months, not years\", per BOP records."_s);
        QCOMPARE(first->value(u"co_defendants"), u"Ramón Ortiz; Luis \"Lucho\" Pérez"_s);
        QCOMPARE(first->value(u"reasons"), u"terminal_illness;age"_s);
        QCOMPARE(first->value(u"submitter_address"), u"1200 Calle Ocho, Apt 4\nMiami, FL 33135"_s);
        auto second = repo.load(s.createdCaseIds.at(1));
        QVERIFY(second->isLifeSentence());
        QCOMPARE(second->value(u"register_number"), u"87654-321"_s);
        QCOMPARE(second->value(u"consent_to_contact"), u"yes"_s);
        QCOMPARE(second->value(u"court_type"), u"federal"_s);
        auto third = repo.load(s.createdCaseIds.at(2));
        QCOMPARE(third->value(u"person_name"), u"O'Brien, Patrick"_s);
    }

    void jsonGivesTheSameCasesAsCsv()
    {
        const ImportSummary fromCsv = importOk(u"good.csv"_s);
        auto other = openFresh();
        ImportService service(other->connection());
        auto fromJson = service.importFile(fixture(u"good.json"_s), {});
        QVERIFY(fromJson);
        QCOMPARE(fromJson->imported, 4);
        QCOMPARE(fromJson->rowNumbering.contains(u"JSON array"_s), true);
        CaseRepository a(m_db->connection());
        CaseRepository b(other->connection());
        for (int i = 0; i < 4; ++i) {
            auto ca = a.load(fromCsv.createdCaseIds.at(i));
            auto cb = b.load(fromJson->createdCaseIds.at(i));
            QCOMPARE(ca->values(), cb->values());
        }
    }

    void importingTwiceCreatesNothingNew()
    {
        QCOMPARE(importOk(u"good.csv"_s).imported, 4);
        const ImportSummary again = importOk(u"good.csv"_s);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 4);
        QCOMPARE(countOf(u"cases"_s), 4);
        // Rejected rows are not quarantined twice either.
        QCOMPARE(importOk(u"invalid_utf8.csv"_s).rejected, 1);
        const ImportSummary bad = importOk(u"invalid_utf8.csv"_s);
        QCOMPARE(bad.rejected, 1);
        QCOMPARE(bad.duplicates, 2);
        QCOMPARE(countOf(u"import_quarantine"_s), 1);
    }

    void duplicateWithoutSubmissionIdUsesRegisterAndDate()
    {
        const QString path = writeTemp(u"nosub.csv"_s, "person_name,register_number,submitted_at\n"
                                                       "Ana,12312-312,2026-01-05\nAna,12312-312,2026-02-05\n");
        ImportService service(m_db->connection());
        auto first = service.importFile(path, {});
        QCOMPARE(first->imported, 2);
        auto second = service.importFile(path, {});
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->duplicates, 2);
    }

    void laterSubmissionLinksToTheSamePerson()
    {
        const ImportSummary s = importOk(u"good.csv"_s);
        QCOMPARE(s.returningPersons, 1);
        CaseRepository repo(m_db->connection());
        auto first = repo.load(s.createdCaseIds.at(0));
        auto fourth = repo.load(s.createdCaseIds.at(3));
        QCOMPARE(fourth->personId, first->personId);
        QVERIFY(fourth->returningPerson);
        QVERIFY(!first->returningPerson);
        QVERIFY(fourth->id != first->id);
    }

    void brokenRowsAreRejectedWithRowFieldAndReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QList<ExpectedReject>>("rejects");
        QTest::newRow("invalid UTF-8") << u"invalid_utf8.csv"_s << 2
                                      << QList<ExpectedReject>{{3, u"person_name"_s, u"UTF-8"_s}};
        QTest::newRow("not a date") << u"bad_date.csv"_s << 0
                                    << QList<ExpectedReject>{{2, u"date_of_birth"_s, u"Date of birth"_s},
                                                             {3, u"date_of_birth"_s, u"not a date"_s},
                                                             {4, u"sentence_months"_s, u"whole number"_s}};
        QTest::newRow("no name, no number") << u"no_identity.csv"_s << 1
                                            << QList<ExpectedReject>{{2, u"person_name"_s, u"neither"_s}};
        QTest::newRow("over-long") << u"overlong.csv"_s << 1
                                   << QList<ExpectedReject>{{2, u"person_name"_s, u"too long"_s}};
        QTest::newRow("unterminated quote") << u"unterminated_quote.csv"_s << 1
                                            << QList<ExpectedReject>{{3, QString(), u"never closed"_s}};
        QTest::newRow("ragged") << u"ragged.csv"_s << 1
                                << QList<ExpectedReject>{{3, QString(), u"3 values"_s},
                                                         {4, QString(), u"8 values"_s},
                                                         {5, QString(), u"quote"_s}};
        // A list of reason codes is that list; an item that is not an object is still a bad row.
        QTest::newRow("nested JSON") << u"nested.json"_s << 2
                                     << QList<ExpectedReject>{{2, QString(), u"not an object"_s}};
    }
    void brokenRowsAreRejectedWithRowFieldAndReason()
    {
        QFETCH(QString, file);
        QFETCH(int, imported);
        QFETCH(QList<ExpectedReject>, rejects);
        const ImportSummary s = importOk(file);
        QCOMPARE(s.imported, imported);
        QCOMPARE(s.rejects.size(), rejects.size());
        QSet<qint64> rows;
        for (int i = 0; i < rejects.size(); ++i) {
            QCOMPARE(s.rejects[i].row, rejects[i].row);
            QCOMPARE(s.rejects[i].field, rejects[i].field);
            QVERIFY2(s.rejects[i].reason.contains(rejects[i].reasonPart), qPrintable(s.rejects[i].reason));
            rows.insert(rejects[i].row);
        }
        QCOMPARE(s.rejected, rows.size());
        QCOMPARE(countOf(u"import_quarantine"_s), rows.size());
        QCOMPARE(countOf(u"cases"_s), imported);
    }

    void unknownColumnsAreKeptAsExtraAnswers()
    {
        const ImportSummary s = importOk(u"unknown_column.csv"_s);
        QCOMPARE(s.imported, 1);
        auto c = CaseRepository(m_db->connection()).load(s.createdCaseIds.first());
        QCOMPARE(c->extraAnswers.value("visiting_days"_L1).toString(), u"Tuesdays"_s);
        QCOMPARE(c->extraAnswers.value("Favorite Color"_L1).toString(), u"blue"_s);
    }

    void differentHeadersImportThroughAMappingPreset()
    {
        QFile mf(fixture(u"mapped.mapping.json"_s));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QHash<QString, QString> mapping;
        const QJsonObject obj = QJsonDocument::fromJson(mf.readAll()).object();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            mapping.insert(it.key(), it.value().toString());
        ImportPresets presets(m_db->connection());
        QVERIFY(presets.save(u"Old form"_s, mapping));
        QCOMPARE(*presets.names(), QStringList{u"Old form"_s});
        ImportService::Options o;
        o.mapping = *presets.load(u"Old form"_s);
        const ImportSummary s = importOk(u"mapped.csv"_s, o);
        QCOMPARE(s.imported, 2);
        auto c = CaseRepository(m_db->connection()).load(s.createdCaseIds.at(1));
        QCOMPARE(c->value(u"person_name"), u"Lucía Gómez"_s);
        QCOMPARE(c->value(u"sentencing_district"), u"txnd"_s);
        QCOMPARE(c->value(u"submission_id"), u"G-2"_s);
        auto c0 = CaseRepository(m_db->connection()).load(s.createdCaseIds.at(0));
        QCOMPARE(c0->extraAnswers.value("Favorite Color"_L1).toString(), u"blue"_s);
        // Without the mapping the file is not a questionnaire export.
        ImportService service(m_db->connection());
        QVERIFY(!service.importFile(fixture(u"mapped.csv"_s), {}));
        // A mapping to a field that does not exist is refused.
        QVERIFY(!presets.save(u"bad"_s, {{u"X"_s, u"no_such_field"_s}}));
        QVERIFY(presets.remove(u"Old form"_s));
        QVERIFY(!presets.load(u"Old form"_s));
    }

    void quarantineCanBeCorrectedRetriedAndDiscarded()
    {
        importOk(u"bad_date.csv"_s);
        ImportService service(m_db->connection());
        auto open = service.quarantined();
        QVERIFY(open);
        QCOMPARE(open->size(), 3);
        const QuarantineEntry first = open->at(0);
        QCOMPARE(first.row, 2);
        QCOMPARE(first.fileName, u"bad_date.csv"_s);
        QCOMPARE(first.values.value("date_of_birth"_L1).toString(), u"next spring"_s);
        QCOMPARE(first.reasons.first().field, u"date_of_birth"_s);

        // Still wrong: stays in quarantine with the new reason and the correction kept.
        auto still = service.retryQuarantined(first.id, {{u"date_of_birth"_s, u"1950-13-01"_s}});
        QVERIFY(still);
        QCOMPARE(still->rejected, 1);
        auto reloaded = service.quarantined();
        QCOMPARE(reloaded->size(), 3);
        QCOMPARE(reloaded->at(0).values.value("date_of_birth"_L1).toString(), u"1950-13-01"_s);

        auto fixed = service.retryQuarantined(first.id, {{u"date_of_birth"_s, u"1950-03-01"_s}});
        QVERIFY(fixed);
        QCOMPARE(fixed->imported, 1);
        QCOMPARE(countOf(u"cases"_s), 1);
        QCOMPARE(service.quarantined()->size(), 2);
        auto all = service.quarantined(true);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).resolution, u"imported"_s);
        QCOMPARE(all->at(0).caseId, fixed->createdCaseIds.first());
        QVERIFY(!service.retryQuarantined(first.id, {})); // already dealt with

        QVERIFY(service.discardQuarantined(open->at(1).id));
        QCOMPARE(service.quarantined()->size(), 1);
        QVERIFY(!service.discardQuarantined(open->at(1).id));
    }

    void invalidUtf8MustBeCorrectedBeforeRetry()
    {
        importOk(u"invalid_utf8.csv"_s);
        ImportService service(m_db->connection());
        const QuarantineEntry e = service.quarantined()->first();
        QCOMPARE(e.invalidUtf8Columns, QStringList{u"person_name"_s});
        auto again = service.retryQuarantined(e.id, {});
        QCOMPARE(again->rejected, 1);
        auto fixed = service.retryQuarantined(e.id, {{u"person_name"_s, u"Bad Name"_s}});
        QCOMPARE(fixed->imported, 1);
        QCOMPARE(CaseRepository(m_db->connection()).load(fixed->createdCaseIds.first())->value(u"person_name"),
                 u"Bad Name"_s);
    }

    void misshapenRowNeedsACorrectionBeforeRetry()
    {
        importOk(u"ragged.csv"_s);
        ImportService service(m_db->connection());
        const QuarantineEntry shortRow = service.quarantined()->first();
        QCOMPARE(shortRow.row, 3);
        QCOMPARE(shortRow.rowProblems.size(), 1);
        QCOMPARE(service.retryQuarantined(shortRow.id, {})->rejected, 1);
        auto fixed = service.retryQuarantined(shortRow.id, {{u"register_number"_s, u"10101-010"_s}});
        QCOMPARE(fixed->imported, 1);
    }

    void cancelKeepsWholeBatchesOnly()
    {
        QByteArray csv = "submission_id,person_name,register_number,date_of_birth\n";
        for (int i = 1; i <= 10; ++i) {
            // Row 6 (file row 7) is bad: it would be quarantined if its batch were kept.
            const QByteArray dob = i == 6 ? "not a date" : "1950-01-01";
            csv += "C-" + QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",," + dob + "\n";
        }
        const QString path = writeTemp(u"ten.csv"_s, csv);
        ImportService service(m_db->connection());
        ImportService::Options o;
        o.batchSize = 3;
        int calls = 0;
        o.progress = [&calls](qint64 done, qint64 total) {
            Q_ASSERT(done <= total);
            return ++calls < 5; // cancel while handling the 5th row (second batch)
        };
        auto s = service.importFile(path, o);
        QVERIFY(s);
        QVERIFY(s->cancelled);
        QCOMPARE(s->imported, 3);
        QCOMPARE(countOf(u"cases"_s), 3);
        QCOMPARE(countOf(u"persons"_s), 3);
        QCOMPARE(countOf(u"import_quarantine"_s), 0);
        QVERIFY(QJsonDocument(s->toJson()).object().value("cancelled"_L1).toBool());

        // Cancel at once: nothing at all.
        auto other = openFresh();
        ImportService service2(other->connection());
        o.progress = [](qint64, qint64) { return false; };
        auto none = service2.importFile(path, o);
        QCOMPARE(none->imported, 0);
        QCOMPARE(Sql::scalar(other->connection(), u"SELECT count(*) FROM cases"_s)->toInt(), 0);

        // Running it again finishes the job: the kept batch is recognised as duplicates.
        o.progress = {};
        auto rest = service.importFile(path, o);
        QCOMPARE(rest->duplicates, 3);
        QCOMPARE(rest->imported, 6);
        QCOMPARE(rest->rejected, 1);
        QCOMPARE(countOf(u"cases"_s), 9);
    }

    void threeMebibyteSingleLineIsRefusedQuickly()
    {
        const QString path = writeTemp(u"oneline.csv"_s, QByteArray(3 * 1024 * 1024, 'x'));
        ImportService service(m_db->connection());
        QElapsedTimer t;
        t.start();
        auto r = service.importFile(path, {});
        QVERIFY(!r);
        QVERIFY(t.elapsed() < 2000);
        QVERIFY2(r.error().message.contains(u"larger than 1 MiB"_s), qPrintable(r.error().message));
        QCOMPARE(countOf(u"cases"_s), 0);
    }

    void filesThatAreNotSubmissionsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << u"empty.csv"_s << u"empty"_s;
        QTest::newRow("binary") << u"not_a_table.csv"_s << u"binary"_s;
        QTest::newRow("plain text") << u"plain_text.txt"_s << u"not a questionnaire export"_s;
        QTest::newRow("JSON object") << u"not_array.json"_s << u"array of objects"_s;
        QTest::newRow("broken JSON") << u"broken.json"_s << u"not valid JSON"_s;
        QTest::newRow("missing") << u"no_such_file.csv"_s << u"does not exist"_s;
    }
    void filesThatAreNotSubmissionsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, messagePart);
        ImportService service(m_db->connection());
        auto r = service.importFile(fixture(file), {});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void headerOnlyFileImportsNothing()
    {
        const ImportSummary s = importOk(u"header_only.csv"_s);
        QCOMPARE(s.imported + s.duplicates + s.rejected, 0);
    }

    void jsonOverTheSizeCapIsRefusedUnread()
    {
        ImportService service(m_db->connection());
        ImportService::Options o;
        o.maxJsonBytes = 1024;
        auto r = service.importFile(fixture(u"good.json"_s), o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"MiB"_s), qPrintable(r.error().message));
    }

    void summaryJsonHasTheDocumentedShape()
    {
        const QJsonObject o = importOk(u"overlong.csv"_s).toJson();
        QCOMPARE(o.value("imported"_L1).toInt(), 1);
        QCOMPARE(o.value("duplicates"_L1).toInt(), 0);
        QCOMPARE(o.value("rejected"_L1).toInt(), 1);
        const QJsonObject r = o.value("rejects"_L1).toArray().first().toObject();
        QCOMPARE(r.value("row"_L1).toInt(), 2);
        QCOMPARE(r.value("field"_L1).toString(), u"person_name"_s);
        QVERIFY(!r.value("reason"_L1).toString().isEmpty());
    }
};


QTEST_GUILESS_MAIN(TestImportService)
#include "tst_ImportService.moc"
