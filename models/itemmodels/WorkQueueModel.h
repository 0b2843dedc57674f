#pragma once

// WorkQueueModel: the items of one work queue (WorkQueues) as a table for the home screen, plus the size
// of every queue for the list beside it.

#include "queues/WorkQueues.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ch {

class WorkQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkQueueModel)
public:
    enum Column { NameColumn, DetailColumn, DateColumn, DaysColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, VolunteerIdRole, UrgentRole };

    explicit WorkQueueModel(QSqlDatabase db, QObject *parent = nullptr);

    // Recomputes every queue (as of today) and shows `queue`. Returns false with the error kept.
    bool reload(const QDate &today = QDate::currentDate());
    void setQueue(WorkItem::Queue queue);
    WorkItem::Queue queue() const { return m_queue; }
    int count(WorkItem::Queue queue) const;
    QString lastError() const { return m_error; }
    const WorkItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The items' texts are written when they are read: a language switch reads them again.
    void retranslate();
    bool readAll(const QDate &today, QHash<int, QList<WorkItem>> &out);

    WorkQueues m_queues;
    QDate m_today;
    WorkItem::Queue m_queue = WorkItem::Queue::ToScreen;
    QHash<int, QList<WorkItem>> m_items; // by queue
    QString m_error;
};

} // namespace ch
