#pragma once

// ReportTableModel: a ReportTable for views (the reports page's table and chart). Display text is
// formatted for people; Qt::EditRole (and SortRole) carries the raw number, so sorting and charts never
// parse display text. Numbers are right-aligned.

#include "ReportTable.h"

#include <QAbstractTableModel>

namespace ch {

class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)
public:
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }
    // True for the columns that hold numbers (not the row's label).
    bool isNumeric(int column) const { return column >= m_table.labelColumns; }
    // The raw number in a cell; 0 for an empty one.
    double number(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace ch
