// ScreeningQueueModel: cases waiting for a screening decision, by outcome and nearest key date, checked
// with QAbstractItemModelTester over a real database.
#include "itemmodels/ScreeningQueueModel.h"

#include "SpanishNames.h"
#include "TestDatabase.h"
#include "storage/CaseRepository.h"
#include "core/Translations.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

QList<qint64> idsOf(const ScreeningQueueModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), ScreeningQueueModel::CaseIdRole).toLongLong();
    return out;
}

} // namespace

class TestScreeningQueueModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_needsInfo = 0, m_inLater = 0, m_inSooner = 0, m_out = 0, m_decided = 0;

    qint64 add(const QString &name, const QString &reg, const std::function<void(CaseRecord &)> &change)
    {
        CaseRecord c = test::validCase(name, reg);
        c.setValue(u"submission_id"_s, u"sub-"_s + reg);
        change(c);
        auto id = CaseRepository(m_db->db()).create(c);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_needsInfo = add(u"Ana Ruiz"_s, u"11111-054"_s,
                          [](CaseRecord &c) { c.setValue(u"sentence_status"_s, u"unknown"_s); });
        m_inLater = add(u"Ben Ode"_s, u"22222-054"_s, [](CaseRecord &c) {
            c.setValue(u"warden_request_date"_s, u"2024-06-01"_s);
            c.setValue(u"warden_response"_s, u"none"_s);
            c.setValue(u"warden_response_date"_s, QString());
        });
        m_inSooner = add(u"Cy Park"_s, u"33333-054"_s, [](CaseRecord &) {}); // ripe 2024-02-09
        m_out = add(u"Dee Moss"_s, u"44444-054"_s,
                    [](CaseRecord &c) { c.setValue(u"court_type"_s, u"state"_s); });
        m_decided = add(u"Eve Lamb"_s, u"55555-054"_s, [](CaseRecord &) {});
        QVERIFY(m_needsInfo && m_inLater && m_inSooner && m_out && m_decided);
        QVERIFY(CaseRepository(m_db->db()).changeStatus(m_decided, u"screened_in"_s, u"done"_s).ok());
    }
    void cleanup() { m_db.reset(); }

    void languageChange_sortsNamesAgainByTheNewLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QVERIFY(add(u"Ñaño Ruiz"_s, u"70001-054"_s, [](CaseRecord &) {}));
        QVERIFY(add(u"Nuzo Ruiz"_s, u"70002-054"_s, [](CaseRecord &) {}));
        ScreeningQueueModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.sort(ScreeningQueueModel::PersonColumn, Qt::AscendingOrder);
        auto first = [&model] { return model.index(0, ScreeningQueueModel::PersonColumn).data().toString(); };
        QCOMPARE(first(), u"Ñaño Ruiz"_s); // English: Ñ is an accented N
        // As Preferences does it: the default locale first, then the translators (LanguageChange).
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        Translations::install(QLocale(QLocale::Spanish, QLocale::Spain));
        QTRY_COMPARE(first(), u"Nuzo Ruiz"_s); // Spanish: Ñ after every N
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void sortsNamesAsASpanishSpeakerExpects()
    {
        test::SpanishLocale spanish;
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        int n = 0;
        for (const QString &name : test::spanishNamesUnsorted())
            QVERIFY(add(name, u"%1-054"_s.arg(60000 + ++n), [](CaseRecord &) {}));
        ScreeningQueueModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.sort(ScreeningQueueModel::PersonColumn, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, ScreeningQueueModel::PersonColumn).data().toString();
        QCOMPARE(names, test::spanishNamesSorted());
    }

    void ordersByOutcomeThenNearestDate()
    {
        ScreeningQueueModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2024, 1, 1));
        QVERIFY(model.reload().ok());
        QCOMPARE(idsOf(model), (QList<qint64>{m_needsInfo, m_inSooner, m_inLater, m_out}));
        QCOMPARE(model.index(0, ScreeningQueueModel::OutcomeColumn).data().toString(),
                 u"Needs information"_s);
        QVERIFY(model.index(0, ScreeningQueueModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(u"Sentence status"_s));
        QVERIFY(model.index(3, ScreeningQueueModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(u"Not a federal case"_s));
        QCOMPARE(model.index(1, ScreeningQueueModel::NextDateColumn).data(ScreeningQueueModel::RawValueRole),
                 QVariant(u"2024-02-09"_s));
        QCOMPARE(
            model.index(1, ScreeningQueueModel::NextDateKindColumn).data(ScreeningQueueModel::RawValueRole),
            QVariant(u"exhaustion_ripe"_s));
        QCOMPARE(model.countOf(u"screened_in"_s), 2);
    }

    void filtersByOutcomeAndDecision()
    {
        ScreeningQueueModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.setOutcomeFilter(u"screened_out"_s);
        QCOMPARE(idsOf(model), QList<qint64>{m_out});
        model.setOutcomeFilter(u"screened_in"_s);
        QCOMPARE(model.rowCount(), 2);
        model.setPendingOnly(false); // the case already decided comes back
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.rowOfCase(m_decided) >= 0);
        model.setOutcomeFilter({});
        QCOMPARE(model.rowCount(), 5);
    }

    void sortsByAColumnAndKeepsPersistentIndexes()
    {
        ScreeningQueueModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QPersistentModelIndex out(model.index(model.rowOfCase(m_out), ScreeningQueueModel::PersonColumn));
        model.sort(ScreeningQueueModel::PersonColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(model), (QList<qint64>{m_out, m_inSooner, m_inLater, m_needsInfo}));
        QCOMPARE(out.row(), 0);
        QCOMPARE(out.data().toString(), u"Dee Moss"_s);
        model.sort(-1); // back to the queue's own order
        QCOMPARE(idsOf(model).first(), m_needsInfo);
        QCOMPARE(out.row(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScreeningQueueModel)
#include "tst_screeningqueuemodel.moc"
