#include "ReportsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ReportChart.h"
#include "reports/ReportExporter.h"
#include "reports/ReportService.h"
#include "reports/ReportTableModel.h"
#include "storage/Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
enum Preset { ThisYear, LastTwelveMonths, AllTime };
}

ReportsPage::ReportsPage(Database &database, QWidget *parent) : QWidget(parent), m_db(database)
{
    setObjectName(u"reportsPage"_s);
    m_model = new ReportTableModel(this);
    buildUi();
    retranslate();
    m_settingPeriod = true;
    const ReportPeriod initial = ReportPeriod::lastTwelveMonths(QDate::currentDate());
    m_from->setDate(initial.from);
    m_to->setDate(initial.to);
    m_settingPeriod = false;
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] { (void)reload(); });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::periodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::periodEdited);
    connect(m_thisYear, &QPushButton::clicked, this, [this] { applyPreset(ThisYear); });
    connect(m_lastYear, &QPushButton::clicked, this, [this] { applyPreset(LastTwelveMonths); });
    connect(m_allTime, &QPushButton::clicked, this, [this] { applyPreset(AllTime); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { (void)exportCsv(); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { (void)exportPdf(); });
}

void ReportsPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    outer->addWidget(m_heading);

    auto *controls = new QHBoxLayout;
    m_reportLabel = new QLabel(this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(u"reportChooser"_s);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reportLabel->setBuddy(m_chooser);
    for (ReportService::Report r : ReportService::reports())
        m_chooser->addItem(ReportService::title(r), static_cast<int>(r));
    controls->addWidget(m_reportLabel);
    controls->addWidget(m_chooser);
    controls->addSpacing(16);
    auto dateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(QDate(1970, 1, 1));
        return edit;
    };
    m_fromLabel = new QLabel(this);
    m_from = dateEdit(u"reportFrom"_s);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = dateEdit(u"reportTo"_s);
    m_toLabel->setBuddy(m_to);
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    auto button = [this](const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        return b;
    };
    m_thisYear = button(u"presetThisYear"_s);
    m_lastYear = button(u"presetLastTwelveMonths"_s);
    m_allTime = button(u"presetAllTime"_s);
    controls->addWidget(m_thisYear);
    controls->addWidget(m_lastYear);
    controls->addWidget(m_allTime);
    controls->addStretch();
    m_exportCsv = button(u"exportReportCsv"_s);
    m_exportPdf = button(u"exportReportPdf"_s);
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportPdf);
    outer->addLayout(controls);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"reportExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    outer->addWidget(m_explanation);
    m_error = new QLabel(this);
    m_error->setObjectName(u"reportError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a00000; font-weight: bold"_s);
    m_error->hide();
    outer->addWidget(m_error);

    auto *split = m_split = new QSplitter(this);
    m_chartView = new QChartView(split);
    m_chartView->setObjectName(u"reportChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 320);
    m_table = new QTableView(split);
    m_table->setObjectName(u"reportTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({3000, 1000}); // the chart gets most of the width; the table needs little
    outer->addWidget(split, 1);
}

void ReportsPage::retranslate()
{
    m_heading->setText(tr("Reports"));
    m_reportLabel->setText(tr("&Report:"));
    m_chooser->setAccessibleName(tr("Report"));
    for (int i = 0; i < m_chooser->count(); ++i)
        m_chooser->setItemText(i, ReportService::title(static_cast<ReportService::Report>(m_chooser->itemData(i).toInt())));
    m_fromLabel->setText(tr("&From:"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_toLabel->setText(tr("&To:"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_thisYear->setText(tr("This year"));
    m_thisYear->setAccessibleName(tr("Period: this year"));
    m_lastYear->setText(tr("Last 12 months"));
    m_lastYear->setAccessibleName(tr("Period: the last 12 months"));
    m_allTime->setText(tr("All time"));
    m_allTime->setAccessibleName(tr("Period: all time"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCsv->setAccessibleName(tr("Export the report as CSV"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_exportPdf->setAccessibleName(tr("Export the report as PDF"));
    m_chartView->setAccessibleName(tr("Chart of the report"));
    m_chartView->setAccessibleDescription(tr("The same numbers are in the table beside the chart."));
    m_table->setAccessibleName(tr("Numbers of the report"));
    m_explanation->setAccessibleName(tr("About this report"));
    m_error->setAccessibleName(tr("Report error"));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_chooser) {
        retranslate();
        m_stale = true;
        if (isVisible())
            (void)reload();
    }
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        (void)reload();
    else
        fitTable();
}

ReportPeriod ReportsPage::period() const
{
    return {m_from->date(), m_to->date()};
}

void ReportsPage::setPeriod(const ReportPeriod &period)
{
    m_settingPeriod = true;
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_settingPeriod = false;
    (void)reload();
}

void ReportsPage::applyPreset(int preset)
{
    const QDate today = QDate::currentDate();
    if (preset == ThisYear) {
        setPeriod(ReportPeriod::thisYear(today));
    } else if (preset == LastTwelveMonths) {
        setPeriod(ReportPeriod::lastTwelveMonths(today));
    } else {
        // All time starts at the earliest request, so that the dates shown are the dates used.
        auto first = ReportService(m_db.connection()).firstSubmission();
        if (!first) {
            showError(first.error().message);
            return;
        }
        const QDate from = first->isValid() ? *first : today;
        setPeriod({from, std::max(today, from)});
    }
}

void ReportsPage::periodEdited()
{
    if (m_settingPeriod)
        return;
    (void)reload();
}

void ReportsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ReportsPage::reload()
{
    m_stale = false;
    const auto report = static_cast<ReportService::Report>(m_chooser->currentData().toInt());
    const ReportPeriod p = period();
    if (p.from > p.to) {
        showError(tr("The period starts after it ends. Choose a “From” date on or before the “To” date."));
        m_model->setTable({});
        QChart *old = m_chartView->chart();
        m_chartView->setChart(new QChart);
        delete old;
        return false;
    }
    auto table = ReportService(m_db.connection()).run(report, p);
    if (!table) {
        showError(tr("%1 Try again; if it keeps failing, make a backup and tell your administrator.")
                      .arg(table.error().message));
        return false;
    }
    showError({});
    m_model->setTable(*table);
    m_explanation->setText(tr("%1 Period: %2.").arg(table->explanation, table->period.describe()));
    QChart *old = m_chartView->chart();
    m_chartView->setChart(ReportChart::build(*table));
    delete old; // setChart() leaves the previous chart to us
    fitTable();
    return true;
}

void ReportsPage::fitTable()
{
    // The table gets the width its numbers need (up to half the page); the chart takes the rest.
    m_table->resizeColumnsToContents();
    int need = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() + 4;
    for (int c = 0; c < m_model->columnCount(); ++c)
        need += m_table->columnWidth(c);
    const int total = std::max(m_split->width(), 800);
    need = std::min(need, total / 2);
    m_split->setSizes({total - need, need});
}

QString ReportsPage::suggestedFileName(const QString &extension) const
{
    const ReportTable &t = m_model->table();
    return u"%1-%2-%3.%4"_s.arg(t.id, t.period.from.toString(u"yyyyMMdd"_s), t.period.to.toString(u"yyyyMMdd"_s), extension);
}

bool ReportsPage::exportCsv()
{
    if (m_stale && !reload())
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Export report as CSV"), suggestedFileName(u"csv"_s),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (Status s = ReportExporter::writeCsv(m_model->table(), path); !s) {
        MessageBox::critical(this, tr("Report not exported"), s.error().message);
        return false;
    }
    return true;
}

QImage ReportsPage::chartImage() const
{
    // A fresh chart at a fixed size, so that the PDF does not depend on how large the window is.
    QChartView view(ReportChart::build(m_model->table()));
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1100, 620);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    return view.grab().toImage();
}

bool ReportsPage::exportPdf()
{
    if (m_stale && !reload())
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Export report as PDF"), suggestedFileName(u"pdf"_s),
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (Status s = ReportExporter::writePdf(m_model->table(), path, chartImage()); !s) {
        MessageBox::critical(this, tr("Report not exported"), s.error().message);
        return false;
    }
    return true;
}

} // namespace ch
