#pragma once

// ScreeningQueueModel: the screening queue: cases waiting for a screening decision with their current
// result (needs information, and what is missing; screened in; screened out and waiting for the referral
// to be sent) and their nearest key date ahead. Ordered by outcome, then by that date, so the most urgent
// work is at the top. The queue is small (the cases not yet decided), so it is read whole.

#include "core/Result.h"
#include "screening/ScreeningStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ch {

class ScreeningQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        PersonColumn,
        OutcomeColumn,
        DetailColumn,
        NextDateColumn,
        NextDateKindColumn,
        StatusColumn,
        AsOfColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        RawValueRole,
        OutcomeRole
    };

    explicit ScreeningQueueModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setOutcomeFilter(const QString &outcome); // empty: every outcome
    void setPendingOnly(bool pendingOnly);         // false: also cases past screening
    void setToday(QDate today);                    // for the nearest date; tests pin it
    QString outcomeFilter() const { return m_outcome; }

    Status reload();
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    int countOf(const QString &outcome) const; // in the unfiltered queue

    static int outcomeRank(const QString &outcome); // needs_info, screened_in, screened_out

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    void applyFilterAndSort();
    QVariant rawValue(const QueueEntry &e, int column) const;
    QString detail(const QueueEntry &e) const;

    QSqlDatabase m_db;
    QList<QueueEntry> m_all;
    QList<QueueEntry> m_rows;
    QString m_outcome;
    bool m_pendingOnly = true;
    QDate m_today;
    int m_sortColumn = -1; // -1: outcome, then nearest date
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ch
