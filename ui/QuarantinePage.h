#pragma once

// QuarantinePage: a main-window tab listing the rows earlier imports rejected (QuarantineModel). Staff pick
// one, see why it was rejected and its values as read, correct the values and import the row again, or
// discard it (after a question; both are written to the audit log by ImportService).

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace ch {

class Database;
class QuarantineModel;
struct QuarantineEntry;

class QuarantinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantinePage)
public:
    explicit QuarantinePage(Database &database, QWidget *parent = nullptr);

    QuarantineModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void reload();
    void selectRow(int row);
    qint64 currentEntryId() const;
    bool retryCurrent();
    bool discardCurrent();

Q_SIGNALS:
    void caseImported(qint64 caseId);
    void countChanged(int open);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showReasons(const QuarantineEntry &entry);
    void showEntry();

    Database &m_db;
    QuarantineModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_reasons = nullptr;
    QTableWidget *m_values = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_empty = nullptr;
    QGroupBox *m_detail = nullptr;
};

} // namespace ch
