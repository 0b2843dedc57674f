#pragma once

// ScreeningQueuePage: the cases waiting for a screening decision, by outcome (needs information, with what
// is missing; screened in; screened out and waiting for the referral) and by the nearest key date.
// Activating a row opens the case. "Re-screen all" screens every case again as of today, with progress,
// because the stored results keep the day they were computed for and dates fall due as time passes.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ch {

class Database;
class ScreeningQueueModel;

class ScreeningQueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningQueuePage)
public:
    explicit ScreeningQueuePage(Database &database, QWidget *parent = nullptr);

    ScreeningQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reads the queue again, or, while the page is hidden, marks it to be read when it shows: at 100,000
    // cases the queue holds tens of thousands of rows, which neither the first paint nor every save in
    // another tab should wait for.
    void reload();
    // Reads the queue now if it is marked (MainWindow::showScreeningQueue, also when the window is hidden).
    void ensureLoaded();
    qint64 selectedCaseId() const;
    void setOutcomeFilter(const QString &outcome); // "", "needs_info", "screened_in", "screened_out"
    bool rescreenAll();                            // with a progress dialog; false when it failed

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void rescreened(); // every open case view should reload

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void load();
    void updateCounts();

    Database &m_db;
    ScreeningQueueModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QCheckBox *m_pendingOnly = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPushButton *m_rescreen = nullptr;
    QTableView *m_table = nullptr;
    bool m_stale = true;
};

} // namespace ch
