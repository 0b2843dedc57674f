#pragma once

// ReportsPage: the coordinators' reports (issue 11): choose a report and a period, see the chart with
// the numbers beside it, and export the report as CSV or PDF. Reports are computed when the page is
// shown or a choice changes, not at start-up.

#include "reports/ReportPeriod.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ch {

class Database;
class ReportTableModel;

class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    explicit ReportsPage(Database &database, QWidget *parent = nullptr);

    ReportTableModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);
    // Computes the chosen report again; false (and the error shown) when it failed.
    bool reload();
    bool exportCsv();
    bool exportPdf();
    // The chart as a picture of a fixed size, for the PDF.
    QImage chartImage() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyPreset(int preset);
    void periodEdited();
    void showError(const QString &text);
    void fitTable();
    QString suggestedFileName(const QString &extension) const;

    Database &m_db;
    ReportTableModel *m_model = nullptr;
    QComboBox *m_chooser = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_thisYear = nullptr;
    QPushButton *m_lastYear = nullptr;
    QPushButton *m_allTime = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QLabel *m_reportLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_error = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_split = nullptr;
    bool m_stale = true;
    bool m_settingPeriod = false;
};

} // namespace ch
