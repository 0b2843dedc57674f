#pragma once

// CaseListPage: the first tab of the main window: the case list (CaseListModel) with search, status and
// district filters, a count, and an empty state that says what to do next.

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace ch {

class CaseListModel;
class Database;

class CaseListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListPage)
public:
    explicit CaseListPage(Database &database, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 selectedCaseId() const;
    void selectCase(qint64 caseId);
    void focusSearch();
    void reload();
    // After changes saved elsewhere: reads the list again and keeps the selected case and the scroll
    // position (as far as the first pages go: a list scrolled far down is not re-read page by page).
    void refreshKeepingPlace();

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_districtFilter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_districtLabel = nullptr;
    QCheckBox *m_sensitive = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTimer m_searchTimer;
};

} // namespace ch
