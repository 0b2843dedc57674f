#pragma once

// WorkQueueModel: the items of one work queue (WorkQueues) as a table for the home screen, plus the size
// of every queue for the list beside it. At 100,000 cases computing the queues takes longer than a frame,
// so the home screen uses reloadInBackground(): a worker thread with its own connection computes them and
// the model swaps them in (reloaded) when they are ready.

#include "queues/WorkQueues.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ch {

class BackgroundRead;

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
    // The same on a worker thread; emits reloaded() when the queues are swapped in. A reload still
    // running is interrupted and its result dropped.
    void reloadInBackground(const QDate &today = QDate::currentDate());
    bool isReloading() const;
    void setQueue(WorkItem::Queue queue);
    WorkItem::Queue queue() const { return m_queue; }
    int count(WorkItem::Queue queue) const;
    QString lastError() const { return m_error; }
    const WorkItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded(bool ok);

private:
    using ItemsByQueue = QHash<int, QList<WorkItem>>;
    static ItemsByQueue compute(const WorkQueues &queues, const QDate &today, QString *error);
    void setItems(ItemsByQueue items, const QString &error);
    // The items' texts are written when they are read: a language switch reads them again, and when the
    // rows are the same, swaps the words in without a reset so that the selection stays.
    void retranslate();

    QSqlDatabase m_db;
    WorkQueues m_queues;
    BackgroundRead *m_background = nullptr;
    QDate m_today;
    bool m_keepRowsIfSameShape = false; // the reload under way is a retranslation
    WorkItem::Queue m_queue = WorkItem::Queue::ToScreen;
    QHash<int, QList<WorkItem>> m_items; // by queue
    QString m_error;
};

} // namespace ch
