#pragma once

// HomePage: where staff and coordinators start the day: the work queues with their sizes on the left,
// the items of the chosen queue on the right. Activating an item opens its case or volunteer.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace ch {

class Database;
class WorkQueueModel;

class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)
public:
    explicit HomePage(Database &database, QWidget *parent = nullptr);

    WorkQueueModel *model() const { return m_model; }
    // Recomputes the queues on a worker thread; the list and table update when they are ready.
    void reload();
    void selectQueue(int index);

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void openVolunteerRequested(qint64 volunteerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void activate(const QModelIndex &index);
    void updateQueueList();

    WorkQueueModel *m_model = nullptr;
    QListWidget *m_queues = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_refresh = nullptr;
    bool m_loaded = false; // the queues were computed at least once
};

} // namespace ch
