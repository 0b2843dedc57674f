#pragma once

// CaseListModel: the case list, for 100,000 cases and more. Filtering, search (FTS5) and sorting run in
// SQL and produce only the ordered list of case ids; the rows themselves are read in pages of 256 when a
// view asks for them and kept in a small cache. Display text and the raw value are kept apart
// (Qt::DisplayRole vs. RawValueRole).

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace ch {

class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PersonColumn, RegisterColumn, DistrictColumn, StatusColumn, SubmittedColumn,
                  ReasonsColumn, FacilityColumn, UpdatedColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, RawValueRole, StatusCodeRole };
    static constexpr int kPageSize = 256;

    explicit CaseListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    void setStatusFilter(const QString &statusCode);   // empty: all
    void setDistrictFilter(const QString &districtCode); // empty: all
    // Medical and family reasons are shown as "hidden" until staff choose to show them (privacy in lists).
    void setShowSensitive(bool show);
    bool showsSensitive() const { return m_showSensitive; }
    QString searchText() const { return m_search; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-runs the query (after a save, an import, ...). Returns the error when the query failed; the model
    // then shows no rows.
    Status reload();
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;

    // Turns what a person types into an FTS5 query: each word a prefix, all words required. Only letters
    // and digits survive, so nothing typed can change the query's syntax.
    static QString ftsQuery(const QString &text);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString person;
        QString registerNumber;
        QString district;
        QString status;
        QString submittedAt;
        QString reasons;
        QString facility;
        QString updatedAt;
    };
    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    QVariant rawValue(const Row &r, int column) const;
    QVariant displayValue(const Row &r, int column) const;

    QSqlDatabase m_db;
    QList<qint64> m_ids;
    QString m_search;
    bool m_showSensitive = false;
    QString m_status;
    QString m_district;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageAge; // least recently used first
};

} // namespace ch
