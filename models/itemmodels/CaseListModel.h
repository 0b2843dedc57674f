#pragma once

// CaseListModel: the case list, for 100,000 cases and more. Filtering, search (FTS5) and sorting run in
// SQL, one page of 256 rows at a time: the first page on reload(), the next ones when the view scrolls
// near the end of what it has (canFetchMore/fetchMore). Each page starts after the sort key and id of the
// last row read (keyset paging, ORDER BY key, id LIMIT 256; a person's columns break ties by person,
// then case) over an index in that order (migration 11),
// so a page costs the same at the end of the list as at the top. How many cases match is counted on a
// worker thread (totalCount(), totalCountChanged) unless the first page already holds them all. Display
// text and the raw value are kept apart (Qt::DisplayRole vs. RawValueRole).

#include "core/Result.h"

#include "storage/Dialect.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace ch {

class BackgroundRead;

class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)
public:
    enum Column { IdColumn, PersonColumn, RegisterColumn, DistrictColumn, StatusColumn, SubmittedColumn,
                  ReasonsColumn, FacilityColumn, UpdatedColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, RawValueRole, StatusCodeRole };
    static constexpr int kPageSize = 256;

    explicit CaseListModel(QSqlDatabase db, QObject *parent = nullptr);
    ~CaseListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    void setSearchText(const QString &text);
    // Whether a search also looks in the medical and family summaries (on by default; off for a role that
    // may not read them).
    void setSearchIncludesSensitive(bool on);
    void setStatusFilter(const QString &statusCode);   // empty: all
    void setDistrictFilter(const QString &districtCode); // empty: all
    // Medical and family reasons are shown as "hidden" until staff choose to show them (privacy in lists).
    void setShowSensitive(bool show);
    bool showsSensitive() const { return m_showSensitive; }
    QString searchText() const { return m_search; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-runs the query from the first page (after a save, an import, ...). Returns the error when the
    // query failed; the model then shows no rows.
    Status reload();
    // How many cases match the search and filters: -1 while the count is still running.
    qint64 totalCount() const { return m_total; }
    // Reads pages until every matching row is loaded (tests, export of what is shown).
    void fetchAll();
    qint64 caseIdAt(int row) const;
    // The row of a case among the rows read so far, else -1.
    int rowOfCase(qint64 caseId) const;

    // Turns what a person types into an FTS5 query: each word a prefix, all words required. Only letters
    // and digits survive, so nothing typed can change the query's syntax.
    static QString ftsQuery(const QString &text);
    // The SQL expression the list sorts by for `column` (over cases c and persons p), the same as its index.
    static QString sortExpression(int column, Backend backend = Backend::Sqlite);

Q_SIGNALS:
    void queryFailed(const QString &message);
    void totalCountChanged(qint64 count);

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
        QVariant sortKey; // the value of sortExpression(), where a page after this row starts
        qint64 personId = 0;
    };
    // Reads the page after `after` (nullptr: the first page) into `out`.
    Status readPage(const Row *after, QList<Row> &out) const;
    QString fromWhere(bool keyset, bool persons) const;
    static void bindFilters(QSqlQuery &q, const QString &match, const QString &status, const QString &district);
    void startCount();
    QVariant rawValue(const Row &r, int column) const;
    QVariant displayValue(const Row &r, int column) const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
    bool m_atEnd = true;
    qint64 m_total = 0;
    QString m_search;
    QString matchFor(const QString &text) const;
    QString m_match; // matchFor(m_search)
    bool m_searchSensitive = true;
    bool m_showSensitive = false;
    QString m_status;
    QString m_district;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    BackgroundRead *m_counter = nullptr;
    bool m_notifying = false; // between begin/end of a reset or an insert
};

} // namespace ch
