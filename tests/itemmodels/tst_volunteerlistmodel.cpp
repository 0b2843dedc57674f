// VolunteerListModel and VolunteerFilterModel over a real database, checked with QAbstractItemModelTester.
#include "itemmodels/VolunteerFilterModel.h"
#include "itemmodels/VolunteerListModel.h"

#include "SpanishNames.h"
#include "TestDatabase.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/VolunteerRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

const QDate kToday(2026, 11, 29);

Volunteer make(const QString &name, const QString &kind, const QString &district, int capacity, QDate trained)
{
    Volunteer v;
    v.name = name;
    v.kind = kind;
    v.organization = u"Org of "_s + name;
    v.districts = {district};
    v.capacity = capacity;
    v.trainings = {Training{trained, u"Fundamentals"_s}};
    return v;
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, VolunteerListModel::NameColumn).data().toString();
    return out;
}

} // namespace

class TestVolunteerListModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_ada = 0;
private Q_SLOTS:
    void init();
    void cleanup() { m_t.reset(); }
    void columns_showLoadTrainingAndStatus();
    void filters_kindDistrictExpiringCapacitySearch();
    void sort_usesRawValues();
    void expiringTrainings_soonestFirst();
    void sort_byName_asASpanishSpeakerExpects();
};

void TestVolunteerListModel::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    VolunteerRepository repo(m_t->db());
    Volunteer ada = make(u"Ada Adams"_s, u"large_firm"_s, u"nysd"_s, 2, QDate(2025, 1, 10)); // expires 2027-01-10
    Volunteer ben = make(u"Ben Brown"_s, u"solo"_s, u"txnd"_s, 3, QDate(2026, 6, 1));
    Volunteer cy = make(u"Cy Cole"_s, u"large_firm"_s, u"nysd"_s, 1, QDate(2024, 1, 1)); // expired
    cy.onLeaveUntil = QDate(2026, 12, 31);
    QVERIFY(repo.create(ada));
    QVERIFY(repo.create(ben));
    QVERIFY(repo.create(cy));
    m_ada = ada.id;
    CaseRecord c;
    c.setValue(u"person_name"_s, u"Luis Ortega"_s);
    QVERIFY(CaseRepository(m_t->db()).create(c));
    QVERIFY(AssignmentRepository(m_t->db()).assign(c.id, ada.id));
    CaseRecord d;
    d.setValue(u"person_name"_s, u"Mia Ortega"_s);
    QVERIFY(CaseRepository(m_t->db()).create(d));
    QVERIFY(AssignmentRepository(m_t->db()).assign(d.id, ada.id));
}

void TestVolunteerListModel::columns_showLoadTrainingAndStatus()
{
    VolunteerListModel model(m_t->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(kToday);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    const int ada = model.rowOfVolunteer(m_ada);
    QCOMPARE(model.index(ada, VolunteerListModel::LoadColumn).data().toString(), u"2 of 2"_s);
    QCOMPARE(model.index(ada, 0).data(VolunteerListModel::FreeCapacityRole).toInt(), 0);
    QCOMPARE(model.index(ada, VolunteerListModel::TrainingColumn).data().toString(), u"Until %1"_s.arg(QLocale().toString(QDate(2027, 1, 9), QLocale::ShortFormat)));
    QCOMPARE(model.index(ada, VolunteerListModel::KindColumn).data().toString(), u"Large firm"_s);
    QCOMPARE(model.index(2, VolunteerListModel::StatusColumn).data().toString(), u"On leave"_s);
    QVERIFY(model.index(2, VolunteerListModel::TrainingColumn).data().toString().startsWith(u"Expired"_s));
    QCOMPARE(model.headerData(VolunteerListModel::LoadColumn, Qt::Horizontal).toString(), u"Load"_s);
    QVERIFY(model.reload()); // reset again under the tester
}

void TestVolunteerListModel::filters_kindDistrictExpiringCapacitySearch()
{
    VolunteerListModel model(m_t->connection());
    model.setToday(kToday);
    QVERIFY(model.reload());
    VolunteerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(VolunteerListModel::NameColumn);
    QCOMPARE(names(filter), (QStringList{u"Ada Adams"_s, u"Ben Brown"_s, u"Cy Cole"_s}));
    filter.setKind(u"large_firm"_s);
    QCOMPARE(names(filter), (QStringList{u"Ada Adams"_s, u"Cy Cole"_s}));
    filter.setKind({});
    filter.setDistrict(u"txnd"_s);
    QCOMPARE(names(filter), QStringList{u"Ben Brown"_s});
    filter.setDistrict({});
    filter.setExpiringWithinDays(60); // Ada's expires in 42 days, Cy's has expired
    QCOMPARE(names(filter), (QStringList{u"Ada Adams"_s, u"Cy Cole"_s}));
    filter.setExpiringWithinDays(30);
    QCOMPARE(names(filter), QStringList{u"Cy Cole"_s});
    filter.setExpiringWithinDays(-1);
    filter.setHasCapacity(true); // Ada is full
    QCOMPARE(names(filter), (QStringList{u"Ben Brown"_s, u"Cy Cole"_s}));
    filter.setHasCapacity(false);
    filter.setSearchText(u"org of b"_s);
    QCOMPARE(names(filter), QStringList{u"Ben Brown"_s});
    filter.setSearchText({});
    QVERIFY(model.reload());
    QCOMPARE(filter.rowCount(), 3);
}

void TestVolunteerListModel::sort_usesRawValues()
{
    VolunteerListModel model(m_t->connection());
    model.setToday(kToday);
    QVERIFY(model.reload());
    VolunteerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(VolunteerListModel::LoadColumn, Qt::DescendingOrder);
    QCOMPARE(names(filter).first(), u"Ada Adams"_s); // 2 of 2
    filter.sort(VolunteerListModel::TrainingColumn, Qt::AscendingOrder);
    QCOMPARE(names(filter), (QStringList{u"Cy Cole"_s, u"Ada Adams"_s, u"Ben Brown"_s}));
}

void TestVolunteerListModel::expiringTrainings_soonestFirst()
{
    VolunteerListModel model(m_t->connection());
    model.setToday(kToday);
    QVERIFY(model.reload());
    const auto list = model.expiringTrainings(60);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)->name, u"Cy Cole"_s);
    QCOMPARE(list.at(1)->name, u"Ada Adams"_s);
    QCOMPARE(model.expiringTrainings(10).size(), 1);
}

void TestVolunteerListModel::sort_byName_asASpanishSpeakerExpects()
{
    test::SpanishLocale spanish;
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    for (const QString &name : test::spanishNamesUnsorted()) {
        Volunteer v = make(name, u"solo"_s, u"nysd"_s, 1, QDate(2026, 1, 1));
        QVERIFY(VolunteerRepository(t.db()).create(v));
    }
    VolunteerListModel model(t.connection());
    model.setToday(kToday);
    QVERIFY(model.reload());
    VolunteerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(VolunteerListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(filter), test::spanishNamesSorted());
    filter.sort(VolunteerListModel::NameColumn, Qt::DescendingOrder);
    QStringList reversed = test::spanishNamesSorted();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(filter), reversed);
}

QTEST_GUILESS_MAIN(TestVolunteerListModel)
#include "tst_volunteerlistmodel.moc"
