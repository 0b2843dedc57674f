// The reports page in the real main window: choose a report and a period, read the table and the chart,
// export CSV and PDF through the file-dialog seam and read the files back.
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReportFixture.h"
#include "ReportsPage.h"
#include "reports/ReportExporter.h"
#include "reports/ReportService.h"
#include "reports/ReportTableModel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestReportsGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *find(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    void choose(ReportService::Report r)
    {
        auto *chooser = find<QComboBox>(u"reportChooser"_s);
        chooser->setCurrentIndex(chooser->findData(static_cast<int>(r)));
    }

    QTableView *table() { return find<QTableView>(u"reportTable"_s); }
    QChart *chart() { return find<QChartView>(u"reportChart"_s)->chart(); }

    QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setTestMode(true);
        FileDialog::setTestMode(true);
        auto db = Database::open(m_dir.filePath(u"reports.db"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        QCOMPARE(test::buildReportDemo(*m_db, 300, 20, 11), QString());
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void viewMenuOpensTheReportsTab()
    {
        QCOMPARE(m_window->tabs()->widget(4)->objectName(), u"reportsPage"_s);
        QCOMPARE(m_window->tabs()->tabText(4), u"Reports"_s);
        m_window->tabs()->setCurrentIndex(0);
        auto *action = find<QAction>(u"actionShowReports"_s);
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        QCOMPARE(m_window->tabs()->currentIndex(), 4);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->reports());
        QVERIFY(!m_window->closeTab(4));
    }

    void funnel_tableAndChartShowTheServiceNumbers()
    {
        m_window->showReports();
        choose(ReportService::Report::Funnel);
        QTest::mouseClick(find<QPushButton>(u"presetAllTime"_s), Qt::LeftButton);
        auto first = ReportService(m_db->connection()).firstSubmission();
        QVERIFY(first);
        QCOMPARE(find<QDateEdit>(u"reportFrom"_s)->date(), *first);
        QCOMPARE(find<QDateEdit>(u"reportTo"_s)->date(), QDate::currentDate());
        QAbstractItemModel *m = table()->model();
        QCOMPARE(m->rowCount(), 5);
        QCOMPARE(m->index(0, 0).data().toString(), u"Received"_s);
        QCOMPARE(m->index(0, 1).data(Qt::EditRole).toLongLong(), 300);
        auto expected = ReportService(m_db->connection()).run(ReportService::Report::Funnel, m_window->reports()->period());
        QVERIFY(expected);
        for (int r = 0; r < 5; ++r)
            QCOMPARE(m->index(r, 1).data(Qt::EditRole).toLongLong(), expected->rows.at(r).value(1).toLongLong());
        QCOMPARE(chart()->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        QCOMPARE(bars->barSets().first()->count(), 5);
        QCOMPARE(bars->barSets().first()->at(2), expected->rows.at(2).value(1).toDouble());
        QCOMPARE(bars->barSets().first()->label(), u"Requests"_s);
        QVERIFY(bars->isLabelsVisible()); // values are written on the bars, not only told by colour
        QCOMPARE(chart()->axes(Qt::Vertical).size(), 1);
        QCOMPARE(chart()->axes(Qt::Vertical).first()->titleText(), u"Requests"_s);
        QVERIFY(!chart()->axes(Qt::Horizontal).first()->titleText().isEmpty());
    }

    void period_changesTheNumbers()
    {
        choose(ReportService::Report::ReceivedPerMonth);
        auto *from = find<QDateEdit>(u"reportFrom"_s);
        auto *to = find<QDateEdit>(u"reportTo"_s);
        const QDate today = QDate::currentDate();
        QTest::mouseClick(find<QPushButton>(u"presetLastTwelveMonths"_s), Qt::LeftButton);
        QCOMPARE(from->date(), QDate(today.year(), today.month(), 1).addMonths(-12));
        QCOMPARE(table()->model()->rowCount(), 13);
        auto *line = qobject_cast<QLineSeries *>(chart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 13);
        from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
        QCOMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(qobject_cast<QLineSeries *>(chart()->series().value(0))->count(), 3);
        // One day: exactly the requests submitted that day.
        const QDate day = today.addDays(-100);
        from->setDate(day);
        to->setDate(day);
        auto oneDay = ReportService(m_db->connection()).run(ReportService::Report::ReceivedPerMonth, {day, day});
        QVERIFY(oneDay);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 1).data(Qt::EditRole), oneDay->rows.at(0).value(1));
        // A period that ends before it starts is refused with a sentence.
        from->setDate(day.addDays(5));
        QVERIFY(find<QLabel>(u"reportError"_s)->isVisible());
        QVERIFY(find<QLabel>(u"reportError"_s)->text().contains(u"starts after it ends"_s));
        QCOMPARE(table()->model()->rowCount(), 0);
        QTest::mouseClick(find<QPushButton>(u"presetThisYear"_s), Qt::LeftButton);
        QVERIFY(!find<QLabel>(u"reportError"_s)->isVisible());
        QCOMPARE(from->date(), QDate(today.year(), 1, 1));
        QCOMPARE(table()->model()->rowCount(), today.month());
    }

    void eachReport_hasAFittingChart()
    {
        QTest::mouseClick(find<QPushButton>(u"presetAllTime"_s), Qt::LeftButton);
        choose(ReportService::Report::StageTimes);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->type(), QAbstractSeries::SeriesTypeBar);
        QCOMPARE(bars->count(), 2); // median and 90th percentile, each named in the legend
        QCOMPARE(bars->barSets().at(1)->label(), u"90th percentile (days)"_s);
        QVERIFY(bars->barSets().at(0)->brush().style() != bars->barSets().at(1)->brush().style());
        choose(ReportService::Report::VolunteersByKind);
        QCOMPARE(chart()->series().value(0)->type(), QAbstractSeries::SeriesTypeStackedBar);
        choose(ReportService::Report::VolunteersByOrganisation);
        QCOMPARE(chart()->series().value(0)->type(), QAbstractSeries::SeriesTypeHorizontalStackedBar);
        choose(ReportService::Report::Reasons);
        QCOMPARE(chart()->series().value(0)->type(), QAbstractSeries::SeriesTypeHorizontalBar);
        QCOMPARE(qobject_cast<QAbstractBarSeries *>(chart()->series().value(0))->count(), 4);
        choose(ReportService::Report::OutcomesByDistrict);
        QVERIFY(table()->model()->rowCount() > 12);
        auto *district = qobject_cast<QAbstractBarSeries *>(chart()->series().value(0));
        QCOMPARE(district->barSets().first()->count(), 12); // the largest twelve
        QVERIFY(chart()->title().contains(u"12 largest"_s));
        for (ReportService::Report r : ReportService::reports()) {
            choose(r);
            QVERIFY2(table()->model()->rowCount() > 0, qPrintable(ReportService::id(r)));
            QCOMPARE(chart()->series().size(), 1);
            QVERIFY(!find<QLabel>(u"reportError"_s)->isVisible());
        }
    }

    void export_csvAndPdfThroughTheSeam()
    {
        choose(ReportService::Report::StageTimes);
        const QString csv = m_dir.filePath(u"stages.csv"_s);
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(find<QPushButton>(u"exportReportCsv"_s), Qt::LeftButton);
        QCOMPARE(FileDialog::pendingAnswers(), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll().mid(3));
        QCOMPARE(text, ReportExporter::csv(m_window->reports()->model()->table()));
        QVERIFY(text.startsWith(u"Stage,Completed stays,Median (days),90th percentile (days),In the stage now\r\n"_s));
        QVERIFY(text.contains(u"\r\nReceived,"_s));

        choose(ReportService::Report::Funnel);
        const QString pdf = m_dir.filePath(u"funnel.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(find<QPushButton>(u"exportReportPdf"_s), Qt::LeftButton);
        QCOMPARE(FileDialog::pendingAnswers(), 0);
        QVERIFY(QFile::exists(pdf));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString body = pdfText(pdf);
        QVERIFY2(body.contains(u"Pipeline"_s), qPrintable(body));
        QVERIFY(body.contains(m_window->reports()->period().describe()));
        QVERIFY(body.contains(u"Motion filed"_s));
        QVERIFY(body.contains(u"Share of received (%)"_s));
        QProcess images;
        images.start(u"pdfimages"_s, {u"-list"_s, pdf});
        if (images.waitForFinished(30000))
            QVERIFY(QString::fromUtf8(images.readAllStandardOutput()).count(u"image"_s) >= 1); // the chart

        // A cancelled dialog writes nothing and says nothing.
        QVERIFY(!m_window->reports()->exportPdf());
        QCOMPARE(FileDialog::unexpectedCount(), 1);
        FileDialog::reset();
        FileDialog::setTestMode(true);
    }

    void everyControlHasAnAccessibleName()
    {
        for (QWidget *w : m_window->reports()->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w) || qobject_cast<QPushButton *>(w)
                || qobject_cast<QTableView *>(w) || qobject_cast<QChartView *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QCOMPARE(MessageBox::unexpectedCount(), 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_db.reset();
    }
};

QTEST_MAIN(TestReportsGui)
#include "TestReportsGui.moc"
