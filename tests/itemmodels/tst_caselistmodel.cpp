// CaseListModel: the paged case list: filter, FTS search and sort in SQL, rows read 256 at a time from the
// last key seen (keyset paging), the total counted on a worker thread.
#include "itemmodels/CaseListModel.h"

#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "storage/CaseRepository.h"
#include "core/Collation.h"
#include "core/Translations.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

constexpr int kDemoCases = 600;

// Every row, reading page after page as a view scrolling to the end would.
QList<qint64> idsOf(CaseListModel &model)
{
    model.fetchAll();
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, CaseListModel::IdColumn), CaseListModel::CaseIdRole).toLongLong();
    return out;
}

// The cases whose search words start with `prefix` (one word, lower case, no accents), written out
// independently of the model: an FTS5 prefix query on SQLite, a tsquery prefix on PostgreSQL.
QString searchMatches(const QSqlDatabase &db, const QString &prefix)
{
    if (db.driverName() == u"QPSQL"_s)
        return u"SELECT rowid FROM case_search WHERE doc_all @@ to_tsquery('simple', '%1:*')"_s.arg(prefix);
    return u"SELECT rowid FROM case_search WHERE case_search MATCH '\"%1\"*'"_s.arg(prefix);
}

QList<qint64> sqlIds(const QSqlDatabase &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {-1};
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_garcia = 0;
    qint64 m_quinonez = 0;
    qint64 m_register = 0;
    int m_total = 0;

    qint64 add(CaseRecord c, const QString &submission)
    {
        c.setValue(u"submission_id"_s, submission);
        auto id = CaseRepository(m_t->db()).create(c);
        return id ? *id : 0;
    }

    // With the tester (which itself fetches a page after every reset and insert, as a view may), or
    // without it where a test counts pages exactly.
    enum Tester { WithTester, WithoutTester };
    std::unique_ptr<CaseListModel> makeModel(Tester tester = WithTester)
    {
        auto model = std::make_unique<CaseListModel>(m_t->connection());
        if (tester == WithTester)
            new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         model.get());
        return model;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_t.reset(); }

    void reload_listsEveryCaseNewestFirst();
    void data_acrossPageBoundaries_matchesIds();
    void data_rolesAndDisplayText();
    void sort_eachColumn_matchesSql_data();
    void sort_eachColumn_matchesSql();
    void search_byNamePrefix();
    void search_byRegisterNumber_withAndWithoutDash();
    void search_bySummaryWords();
    void search_ignoresAccents();
    void search_decomposedAccentsAsTypedOnSomeKeyboards();
    void search_operatorsAndQuotes_areHarmless_data();
    void search_operatorsAndQuotes_areHarmless();
    void ftsQuery_keepsOnlyWords();
    void filter_byStatus();
    void filter_byDistrict_combinedWithStatusAndSearch();
    void caseIdAt_rowOfCase();
    void sort_tiesAcrossPageBoundaries_eachRowOnceInOrder_data();
    void sort_tiesAcrossPageBoundaries_eachRowOnceInOrder();
    void sort_withStatusFilter_pagesMatchSql();
    void search_sortedByColumn_matchesSql();
    void search_manyMatches_pagedAndCountedInBackground();
    void filterThenClear_restoresTheWholeList();
    void reload_afterNewCase_showsIt();
    void sort_byPerson_ignoresAccentsAndCase();
    void languageChange_announcesHeadersAndData();
};

void TestCaseListModel::initTestCase()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    DemoDataGenerator::Options o;
    o.cases = kDemoCases;
    o.volunteers = 0;
    o.seed = 424242;
    o.today = QDate(2025, 6, 1);
    DemoDataGenerator gen(o);
    Status s = gen.generate(m_t->db());
    QVERIFY2(s, qPrintable(s.error().fullText()));

    m_garcia = add(test::validCase(u"Xóchitl Güémez García"_s, u"31415-926"_s), u"LIST-1"_s);
    CaseRecord quinonez = test::validCase(u"Zoe Quinonez"_s, u"27182-818"_s);
    // Words the demo generator never writes, so that a summary search has exactly one answer.
    quinonez.setValue(u"medical_summary"_s, u"Hypertrophic cardiomyopathy, waiting for a defibrillator"_s);
    quinonez.setValue(u"family_summary"_s, u"Her grandmother in Tuscaloosa is her only carer"_s);
    m_quinonez = add(quinonez, u"LIST-2"_s);
    CaseRecord reg = test::minimalCase(u"Bartholomew Ng"_s);
    reg.setValue(u"register_number"_s, u"98765432"_s);
    reg.setValue(u"sentencing_district"_s, u"nysd"_s);
    m_register = add(reg, u"LIST-3"_s);
    QVERIFY(m_garcia > 0 && m_quinonez > 0 && m_register > 0);
    m_total = kDemoCases + 3;
}

void TestCaseListModel::reload_listsEveryCaseNewestFirst()
{
    auto model = makeModel(WithoutTester);
    QSignalSpy failed(model.get(), &CaseListModel::queryFailed);
    QCOMPARE(model->rowCount(), 0); // nothing until the first reload
    QVERIFY(model->reload());
    // One page at first, the rest on demand; the total arrives from the worker thread.
    QCOMPARE(model->rowCount(), CaseListModel::kPageSize);
    QVERIFY(model->canFetchMore());
    QTRY_COMPARE(model->totalCount(), qint64(m_total));
    QCOMPARE(model->rowCount(), CaseListModel::kPageSize); // counting reads no rows into the model
    QCOMPARE(model->columnCount(), int(CaseListModel::ColumnCount));
    QCOMPARE(model->caseIdAt(0), m_register);
    QCOMPARE(idsOf(*model), sqlIds(m_t->connection(), u"SELECT id FROM cases ORDER BY id DESC"_s));
    QVERIFY(!model->canFetchMore());
    QCOMPARE(failed.count(), 0);
}

void TestCaseListModel::data_acrossPageBoundaries_matchesIds()
{
    auto model = makeModel(WithoutTester);
    model->sort(CaseListModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), CaseListModel::kPageSize);
    model->fetchMore();
    QCOMPARE(model->rowCount(), 2 * CaseListModel::kPageSize);
    model->fetchMore();
    QCOMPARE(model->rowCount(), m_total); // the last, short page
    QVERIFY(!model->canFetchMore());
    model->fetchMore(); // nothing more: no change
    QCOMPARE(model->rowCount(), m_total);
    const QList<qint64> expected = sqlIds(m_t->connection(), u"SELECT id FROM cases ORDER BY id"_s);
    for (int row : {0, 255, 256, 511, 512, m_total - 1, 300, 1, 257}) {
        const QModelIndex idx = model->index(row, CaseListModel::PersonColumn);
        QCOMPARE(model->data(idx, CaseListModel::CaseIdRole).toLongLong(), expected.at(row));
        const QString name =
            test::scalar(m_t->connection(),
                         u"SELECT p.person_name FROM cases c JOIN persons p ON p.id = c.person_id"
                         " WHERE c.id = %1"_s.arg(expected.at(row)))
                .toString();
        QCOMPARE(model->data(idx).toString(), name);
    }
    QCOMPARE(idsOf(*model), expected);
}

void TestCaseListModel::data_rolesAndDisplayText()
{
    auto model = makeModel();
    QVERIFY(model->reload());
    const int row = model->rowOfCase(m_garcia);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role);
    };
    QCOMPARE(cell(CaseListModel::PersonColumn).toString(), u"Xóchitl Güémez García"_s);
    QCOMPARE(cell(CaseListModel::RegisterColumn).toString(), u"31415-926"_s);
    QCOMPARE(cell(CaseListModel::DistrictColumn).toString(), u"NYSD"_s);
    QCOMPARE(cell(CaseListModel::DistrictColumn, CaseListModel::RawValueRole).toString(), u"nysd"_s);
    QCOMPARE(cell(CaseListModel::DistrictColumn, Qt::ToolTipRole).toString(),
             u"Southern District of New York"_s);
    QCOMPARE(cell(CaseListModel::StatusColumn).toString(), u"Received"_s);
    QCOMPARE(cell(CaseListModel::StatusColumn, CaseListModel::StatusCodeRole).toString(), u"received"_s);
    QCOMPARE(cell(CaseListModel::SubmittedColumn, CaseListModel::RawValueRole).toString(), u"2024-03-01"_s);
    QCOMPARE(cell(CaseListModel::ReasonsColumn, CaseListModel::RawValueRole).toString(),
             u"terminal_illness;age"_s);
    QVERIFY(!cell(CaseListModel::ReasonsColumn).toString().contains(u'_'));
    QCOMPARE(cell(CaseListModel::FacilityColumn).toString(), u"FMC Butner"_s);
    QCOMPARE(cell(CaseListModel::IdColumn, CaseListModel::RawValueRole).toLongLong(), m_garcia);
    QCOMPARE(model->headerData(CaseListModel::PersonColumn, Qt::Horizontal).toString(), u"Person"_s);
}

void TestCaseListModel::sort_eachColumn_matchesSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expression");
    const QList<std::pair<int, QString>> columns = {
        {CaseListModel::IdColumn, u"c.id"_s},
        {CaseListModel::PersonColumn, u"p.name_sort_key"_s},
        // Missing values sort as empty ones, so that a page can start after any key.
        {CaseListModel::RegisterColumn, u"coalesce(p.register_number, '')"_s},
        {CaseListModel::DistrictColumn, u"coalesce(c.sentencing_district, '')"_s},
        {CaseListModel::StatusColumn, u"c.status"_s},
        {CaseListModel::SubmittedColumn, u"coalesce(c.submitted_at, '')"_s},
        {CaseListModel::ReasonsColumn, u"coalesce(c.reasons, '')"_s},
        // Case-insensitive: SQLite's NOCASE, on PostgreSQL lower().
        {CaseListModel::FacilityColumn, m_t->isShared() ? u"lower(coalesce(c.facility, ''))"_s
                                                        : u"coalesce(c.facility, '') COLLATE NOCASE"_s},
        {CaseListModel::UpdatedColumn, u"c.updated_at"_s},
    };
    for (const auto &[column, expression] : columns) {
        QTest::addRow("column %d", column) << column << expression;
    }
}

void TestCaseListModel::sort_eachColumn_matchesSql()
{
    QFETCH(int, column);
    QFETCH(QString, expression);
    auto model = makeModel();
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model->sort(column, order);
        QCOMPARE(model->sortColumn(), column);
        QCOMPARE(model->sortOrder(), order);
        const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        // A person's columns break ties by person, then case; the others by case.
        const bool byPerson = column == CaseListModel::PersonColumn || column == CaseListModel::RegisterColumn;
        const QList<qint64> expected = sqlIds(
            m_t->connection(),
            (byPerson ? u"SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY %1 %2, p.id %2, c.id %2"_s
                      : u"SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY %1 %2, c.id %2"_s)
                .arg(expression, dir));
        QCOMPARE(expected.size(), m_total);
        QCOMPARE(idsOf(*model), expected);
    }
    // The two directions are mirror images (ties broken by id in the same direction).
    model->sort(column, Qt::AscendingOrder);
    QList<qint64> asc = idsOf(*model);
    model->sort(column, Qt::DescendingOrder);
    std::reverse(asc.begin(), asc.end());
    QCOMPARE(idsOf(*model), asc);
}

void TestCaseListModel::search_byNamePrefix()
{
    auto model = makeModel();
    model->setSearchText(u"Xóch"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_garcia});
    model->setSearchText(u"bartholomew"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_register});
    model->setSearchText(u"Güémez Xóchitl"_s); // word order does not matter, all words required
    QCOMPARE(idsOf(*model), QList<qint64>{m_garcia});
    model->setSearchText(u"Xóchitl Washington"_s);
    QCOMPARE(model->rowCount(), 0);
    model->setSearchText(QString());
    QCOMPARE(idsOf(*model).size(), m_total);
}

void TestCaseListModel::search_byRegisterNumber_withAndWithoutDash()
{
    auto model = makeModel();
    model->setSearchText(u"98765-432"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_register});
    model->setSearchText(u"98765432"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_register});
    model->setSearchText(u" 98765 432 "_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_register});
}

void TestCaseListModel::search_bySummaryWords()
{
    // The medical and family summaries are in the search index (staff search "dialysis", a town, a relative).
    auto model = makeModel();
    model->setSearchText(u"cardiomyop"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_quinonez});
    model->setSearchText(u"tuscaloosa"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_quinonez});
    model->setSearchText(u"defibrillator quinonez"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_quinonez});
    model->setSearchText(u"defibrillator xochitl"_s); // all words, in one case
    QCOMPARE(model->rowCount(), 0);
    // A role that may not read the summaries cannot find cases by them; names still work.
    model->setSearchText(u"cardiomyop"_s);
    model->setSearchIncludesSensitive(false);
    QCOMPARE(model->rowCount(), 0);
    model->setSearchText(u"tuscaloosa"_s);
    QCOMPARE(model->rowCount(), 0);
    model->setSearchText(u"quinonez"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_quinonez});
    model->setSearchIncludesSensitive(true);
    model->setSearchText(u"tuscaloosa"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_quinonez});
}

void TestCaseListModel::search_ignoresAccents()
{
    auto model = makeModel();
    model->setSearchText(u"xochitl guemez"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_garcia});
    model->setSearchText(u"Quiñónez"_s); // stored without accents, typed with them
    QCOMPARE(idsOf(*model), QList<qint64>{m_quinonez});
    // Every García (demo data has García and Garcia) is found by either spelling, the same set.
    model->setSearchText(u"García"_s);
    const QList<qint64> accented = idsOf(*model);
    model->setSearchText(u"garcia"_s);
    QCOMPARE(idsOf(*model), accented);
    QVERIFY(accented.contains(m_garcia));
}

void TestCaseListModel::search_decomposedAccentsAsTypedOnSomeKeyboards()
{
    // macOS and some input methods send "ó" as "o" + U+0301 COMBINING ACUTE ACCENT.
    auto model = makeModel();
    model->setSearchText(u"Xo\u0301chitl"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_garcia});
}

void TestCaseListModel::search_operatorsAndQuotes_areHarmless_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sql injection") << u"\"; DROP TABLE cases; --"_s;
    QTest::newRow("fts operators") << u"a OR b NEAR("_s;
    QTest::newRow("column filter") << u"person_name:garcia"_s;
    QTest::newRow("unbalanced quote") << u"\"garcia"_s;
    QTest::newRow("star and caret") << u"^gar* -smith +x"_s;
    QTest::newRow("only punctuation") << u"\"()*:^-+"_s;
    QTest::newRow("NOT alone") << u"NOT"_s;
    QTest::newRow("AND alone") << u"AND"_s;
}

void TestCaseListModel::search_operatorsAndQuotes_areHarmless()
{
    QFETCH(QString, text);
    auto model = makeModel();
    QSignalSpy failed(model.get(), &CaseListModel::queryFailed);
    model->setSearchText(text);
    QCOMPARE(failed.count(), 0);
    QVERIFY(model->reload());
    QCOMPARE(model->searchText(), text);
    QCOMPARE(test::scalar(m_t->connection(), u"SELECT count(*) FROM cases"_s).toInt(), m_total);
}

void TestCaseListModel::ftsQuery_keepsOnlyWords()
{
    QCOMPARE(CaseListModel::ftsQuery(u"\"; DROP TABLE cases; --"_s), u"\"DROP\"* \"TABLE\"* \"cases\"*"_s);
    QCOMPARE(CaseListModel::ftsQuery(u"a OR b NEAR("_s), u"\"a\"* \"OR\"* \"b\"* \"NEAR\"*"_s);
    QCOMPARE(CaseListModel::ftsQuery(u"García"_s), u"\"García\"*"_s);
    QCOMPARE(CaseListModel::ftsQuery(u"98765432"_s), u"\"98765\"* \"432\"*"_s);
    QCOMPARE(CaseListModel::ftsQuery(u"  "_s), QString());
    QCOMPARE(CaseListModel::ftsQuery(u"\"()*:"_s), QString());
}

void TestCaseListModel::filter_byStatus()
{
    auto model = makeModel();
    for (const QString &status : {u"screening"_s, u"screened_in"_s, u"received"_s}) {
        model->setStatusFilter(status);
        const QList<qint64> expected = sqlIds(
            m_t->connection(), u"SELECT id FROM cases WHERE status = '%1' ORDER BY id DESC"_s.arg(status));
        QVERIFY2(!expected.isEmpty(), qPrintable(status));
        QCOMPARE(idsOf(*model), expected);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->data(model->index(row, 0), CaseListModel::StatusCodeRole).toString(), status);
    }
    model->setStatusFilter(u"no_such_status"_s);
    QCOMPARE(model->rowCount(), 0);
    model->setStatusFilter(QString());
    QCOMPARE(idsOf(*model).size(), m_total);
}

void TestCaseListModel::filter_byDistrict_combinedWithStatusAndSearch()
{
    auto model = makeModel();
    model->setDistrictFilter(u"nysd"_s);
    const QList<qint64> nysd = sqlIds(
        m_t->connection(), u"SELECT id FROM cases WHERE sentencing_district = 'nysd' ORDER BY id DESC"_s);
    QVERIFY(nysd.contains(m_garcia) && nysd.contains(m_register));
    QCOMPARE(idsOf(*model), nysd);
    model->setStatusFilter(u"received"_s);
    QCOMPARE(idsOf(*model),
             sqlIds(m_t->connection(), u"SELECT id FROM cases WHERE sentencing_district = 'nysd'"
                                       " AND status = 'received' ORDER BY id DESC"_s));
    model->setSearchText(u"bartholomew"_s);
    QCOMPARE(idsOf(*model), QList<qint64>{m_register});
    model->setDistrictFilter(u"txnd"_s);
    QCOMPARE(model->rowCount(), 0);
}

void TestCaseListModel::caseIdAt_rowOfCase()
{
    auto model = makeModel(WithoutTester);
    QVERIFY(model->reload());
    const qint64 last = sqlIds(m_t->connection(), u"SELECT min(id) FROM cases"_s).value(0);
    QCOMPARE(model->rowOfCase(last), -1); // not read yet
    model->fetchAll();
    QCOMPARE(model->rowOfCase(last), m_total - 1);
    for (int row : {0, 1, 255, 256, 257, 599, m_total - 1})
        QCOMPARE(model->rowOfCase(model->caseIdAt(row)), row);
    QCOMPARE(model->caseIdAt(-1), 0);
    QCOMPARE(model->caseIdAt(m_total), 0);
    QCOMPARE(model->rowOfCase(987654), -1);
    model->setSearchText(u"bartholomew"_s);
    QCOMPARE(model->rowOfCase(m_garcia), -1);
    QCOMPARE(model->rowOfCase(m_register), 0);
}

void TestCaseListModel::sort_tiesAcrossPageBoundaries_eachRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

void TestCaseListModel::sort_tiesAcrossPageBoundaries_eachRowOnceInOrder()
{
    // Keyset paging starts each page after the last (key, id): a tie cut by a page boundary must neither
    // lose nor repeat a row, and ties come out by case number in the direction of the sort.
    QFETCH(int, column);
    QFETCH(int, order);
    auto model = makeModel(WithoutTester);
    model->sort(column, Qt::SortOrder(order));
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    const QList<qint64> ids = idsOf(*model);
    QCOMPARE(inserted.count(), 2); // pages two and three
    QCOMPARE(ids.size(), m_total);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), m_total);
    const bool nocase = column == CaseListModel::PersonColumn || column == CaseListModel::FacilityColumn;
    auto key = [&](int row) {
        const QVariant v = model->data(model->index(row, column), CaseListModel::RawValueRole);
        if (column == CaseListModel::PersonColumn) // the stored key: accents and case aside
            return QVariant(Collation::sortKey(v.toString()));
        return column == CaseListModel::IdColumn ? QVariant(v.toLongLong()) : QVariant(nocase ? v.toString().toLower() : v.toString());
    };
    const int sign = order == Qt::AscendingOrder ? 1 : -1;
    // Ties: by person, then case, for a person's columns; by case for the others.
    const bool byPerson = column == CaseListModel::PersonColumn || column == CaseListModel::RegisterColumn;
    QHash<qint64, qint64> personOf;
    {
        QSqlQuery q(m_t->connection());
        QVERIFY(q.exec(u"SELECT id, person_id FROM cases"_s));
        while (q.next())
            personOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    auto tieRank = [&](qint64 id) { return byPerson ? std::pair(personOf.value(id), id) : std::pair(qint64(0), id); };
    int tiesAtBoundary = 0;
    for (int row = 1; row < ids.size(); ++row) {
        const QVariant a = key(row - 1), b = key(row);
        const int cmp = QVariant::compare(a, b) == QPartialOrdering::Less ? -1
                        : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1 : 0;
        QVERIFY2(cmp * sign <= 0, qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(a.toString(), b.toString())));
        if (cmp == 0) {
            const auto before = tieRank(ids.at(row - 1)), after = tieRank(ids.at(row));
            QVERIFY2(sign > 0 ? before < after : after < before, qPrintable(u"tie at row %1 out of order"_s.arg(row)));
            if (row % CaseListModel::kPageSize == 0)
                ++tiesAtBoundary;
        }
    }
    if (column == CaseListModel::StatusColumn)
        QVERIFY2(tiesAtBoundary > 0, "the demo data should put a tie across a page boundary");
}

void TestCaseListModel::sort_withStatusFilter_pagesMatchSql()
{
    auto model = makeModel();
    model->setStatusFilter(u"received"_s);
    model->sort(CaseListModel::DistrictColumn, Qt::DescendingOrder);
    const QList<qint64> expected = sqlIds(
        m_t->connection(), u"SELECT id FROM cases WHERE status = 'received'"
                           " ORDER BY coalesce(sentencing_district, '') DESC, id DESC"_s);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(idsOf(*model), expected);
    QTRY_COMPARE(model->totalCount(), qint64(expected.size()));
}

void TestCaseListModel::search_sortedByColumn_matchesSql()
{
    auto model = makeModel();
    model->setSearchText(u"garcia"_s);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model->sort(CaseListModel::PersonColumn, order);
        const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        const QList<qint64> expected = sqlIds(
            m_t->connection(),
            u"SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id IN (%1)"
            " ORDER BY p.name_sort_key %2, c.id %2"_s
                .arg(searchMatches(m_t->connection(), u"garcia"_s), dir));
        QVERIFY(expected.size() > 1);
        QCOMPARE(idsOf(*model), expected);
    }
}

void TestCaseListModel::search_manyMatches_pagedAndCountedInBackground()
{
    // A one-letter search matches more than a page: the first page shows at once, the rest as the view
    // scrolls, and the count comes from the worker thread.
    QString letter;
    QList<qint64> expected;
    for (const QString &candidate : {u"a"_s, u"m"_s, u"s"_s, u"c"_s, u"f"_s}) {
        expected = sqlIds(m_t->connection(),
                          searchMatches(m_t->connection(), candidate) + u" ORDER BY rowid DESC"_s);
        if (expected.size() > CaseListModel::kPageSize) {
            letter = candidate;
            break;
        }
    }
    QVERIFY2(!letter.isEmpty(), "some letter should start words in more than a page of cases");
    auto model = makeModel(WithoutTester);
    QSignalSpy counted(model.get(), &CaseListModel::totalCountChanged);
    model->setSearchText(letter);
    QCOMPARE(model->rowCount(), CaseListModel::kPageSize);
    QCOMPARE(model->totalCount(), qint64(-1)); // still counting
    QTRY_COMPARE(model->totalCount(), qint64(expected.size()));
    QCOMPARE(counted.constLast().constFirst().toLongLong(), qint64(expected.size()));
    QCOMPARE(idsOf(*model), expected);
}

void TestCaseListModel::filterThenClear_restoresTheWholeList()
{
    auto model = makeModel(WithoutTester);
    QVERIFY(model->reload());
    const QList<qint64> all = idsOf(*model);
    model->setSearchText(u"bartholomew"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->totalCount(), qint64(1)); // known from the one short page, no count needed
    QVERIFY(!model->canFetchMore());
    model->setStatusFilter(u"received"_s);
    model->setSearchText(QString());
    model->setStatusFilter(QString());
    QCOMPARE(model->rowCount(), CaseListModel::kPageSize);
    QCOMPARE(model->caseIdAt(0), all.constFirst());
    QTRY_COMPARE(model->totalCount(), qint64(m_total));
    QCOMPARE(idsOf(*model), all);
}

void TestCaseListModel::reload_afterNewCase_showsIt()
{
    auto model = makeModel();
    QVERIFY(model->reload());
    const qint64 id = add(test::minimalCase(u"Newest Person"_s), u"LIST-4"_s);
    QVERIFY(id > 0);
    model->fetchAll();
    QCOMPARE(model->rowCount(), m_total); // the list is a snapshot until reloaded
    QVERIFY(model->reload());
    QTRY_COMPARE(model->totalCount(), qint64(m_total + 1));
    QCOMPARE(model->caseIdAt(0), id);
    QCOMPARE(model->data(model->index(0, CaseListModel::PersonColumn)).toString(), u"Newest Person"_s);
    ++m_total;
}

void TestCaseListModel::sort_byPerson_ignoresAccentsAndCase()
{
    // Its own database: six names that NOCASE (ASCII only) would put in the wrong order.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const QStringList inserted = {u"Zúñiga"_s, u"Nunez"_s, u"Öztürk"_s, u"abad"_s, u"Núñez"_s, u"Ábrego"_s};
    QHash<qint64, QString> names;
    for (int i = 0; i < inserted.size(); ++i) {
        CaseRecord c = test::minimalCase(inserted.at(i));
        c.setValue(u"submission_id"_s, u"SORT-%1"_s.arg(i));
        auto id = CaseRepository(t.db()).create(c);
        QVERIFY2(id, qPrintable(id.error().fullText()));
        names.insert(*id, inserted.at(i));
    }
    CaseListModel model(t.connection());
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.sort(CaseListModel::PersonColumn, Qt::AscendingOrder);
    QStringList sorted;
    for (qint64 id : idsOf(model))
        sorted << names.value(id);
    // "Nunez" and "Núñez" share a key (accents aside), so the case number decides between them.
    QCOMPARE(sorted, (QStringList{u"abad"_s, u"Ábrego"_s, u"Nunez"_s, u"Núñez"_s, u"Öztürk"_s, u"Zúñiga"_s}));
}

void TestCaseListModel::languageChange_announcesHeadersAndData()
{
    auto model = makeModel();
    QVERIFY(model->reload());
    QVERIFY(model->rowCount() > 0);
    QSignalSpy headers(model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(Translations::install(QLocale(u"es"_s)), u"es"_s);
    QTRY_VERIFY(headers.count() > 0);
    QVERIFY(data.count() > 0);
    const QString person = QCoreApplication::translate("ch::CaseListModel", "Person");
    QVERIFY(person != u"Person"_s);
    QCOMPARE(model->headerData(CaseListModel::PersonColumn, Qt::Horizontal).toString(), person);
    Translations::install(QLocale(u"en"_s));
    QTRY_COMPARE(model->headerData(CaseListModel::PersonColumn, Qt::Horizontal).toString(), u"Person"_s);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
