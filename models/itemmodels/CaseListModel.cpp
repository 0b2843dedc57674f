#include "CaseListModel.h"

#include "storage/Dialect.h"

#include "core/LanguageWatcher.h"

#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"
#include "domain/RegisterNumber.h"
#include "storage/BackgroundRead.h"
#include "storage/SqlHelpers.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QString kColumns = u"c.id, p.person_name, coalesce(p.register_number, ''), coalesce(c.sentencing_district, ''),"
                         " c.status, coalesce(c.submitted_at, ''), coalesce(c.reasons, ''), coalesce(c.facility, ''),"
                         " c.updated_at"_s;

} // namespace

CaseListModel::CaseListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_counter(new BackgroundRead(m_db, this))
{
    connect(m_counter, &BackgroundRead::finished, this, [this](const QVariant &count) {
        m_total = count.toLongLong();
        Q_EMIT totalCountChanged(m_total);
    });
    connect(m_counter, &BackgroundRead::failed, this, &CaseListModel::queryFailed);
    LanguageWatcher::watch(this);
}

CaseListModel::~CaseListModel() = default;

// Sort expressions by column: fixed strings, never built from user input. Each has an index in
// exactly this form (migration 11); missing values sort as '' so that a page can start after any key.
QString CaseListModel::sortExpression(int column, Backend backend)
{
    switch (column) {
    case PersonColumn: return u"p.name_sort_key"_s; // accents and case aside (migration 11)
    case RegisterColumn: return u"coalesce(p.register_number, '')"_s;
    case DistrictColumn: return u"coalesce(c.sentencing_district, '')"_s;
    case StatusColumn: return u"c.status"_s;
    case SubmittedColumn: return u"coalesce(c.submitted_at, '')"_s;
    case ReasonsColumn: return u"coalesce(c.reasons, '')"_s;
    case FacilityColumn: return Dialect::noCase(backend, u"coalesce(c.facility, '')"_s);
    case UpdatedColumn: return u"c.updated_at"_s;
    default: return u"c.id"_s;
    }
}

QString CaseListModel::ftsQuery(const QString &text)
{
    return Dialect::searchValue(Backend::Sqlite, text, true);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Case");
    case PersonColumn: return tr("Person");
    case RegisterColumn: return tr("Register no.");
    case DistrictColumn: return tr("District");
    case StatusColumn: return tr("Status");
    case SubmittedColumn: return tr("Received");
    case ReasonsColumn: return tr("Reasons claimed");
    case FacilityColumn: return tr("Facility");
    case UpdatedColumn: return tr("Last change");
    default: return {};
    }
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == caseId)
            return row;
    }
    return -1;
}

void CaseListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_match = matchFor(text);
    (void)reload();
}

QString CaseListModel::matchFor(const QString &text) const
{
    // The summaries column holds the medical and family narratives: a role that may not read them may not
    // learn from a search which cases mention "cancer" either (Dialect::searchValue).
    return Dialect::searchValue(Dialect::of(m_db), text, m_searchSensitive);
}

void CaseListModel::setSearchIncludesSensitive(bool on)
{
    if (on == m_searchSensitive)
        return;
    m_searchSensitive = on;
    m_match = matchFor(m_search);
    if (!m_search.isEmpty())
        (void)reload();
}

void CaseListModel::setStatusFilter(const QString &statusCode)
{
    if (statusCode == m_status)
        return;
    m_status = statusCode;
    (void)reload();
}

void CaseListModel::setDistrictFilter(const QString &districtCode)
{
    if (districtCode == m_district)
        return;
    m_district = districtCode;
    (void)reload();
}

void CaseListModel::setShowSensitive(bool show)
{
    if (show == m_showSensitive)
        return;
    m_showSensitive = show;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ReasonsColumn), index(rowCount() - 1, ReasonsColumn), {Qt::DisplayRole});
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    (void)reload();
}

QString CaseListModel::fromWhere(bool keyset, bool persons) const
{
    // With a search, FTS5 drives: its matches come out in rowid order, so the default order (newest
    // first) reads only as far as the page needs, never every match.
    const bool searching = !m_match.isEmpty();
    const bool byPerson = m_sortColumn == PersonColumn || m_sortColumn == RegisterColumn;
    QString sql;
    if (searching) {
        sql = u" FROM case_search s JOIN cases c ON c.id = s.rowid"_s;
        if (persons)
            sql += u" JOIN persons p ON p.id = c.person_id"_s;
    } else if (persons && byPerson) {
        // Sorted by a person's column: walk that index on persons and each person's cases. CROSS JOIN
        // fixes the order of the loops; without statistics SQLite would sort every case instead.
        sql = Dialect::isPostgres(m_db) ? u" FROM persons p JOIN cases c ON c.person_id = p.id"_s
                                        : u" FROM persons p CROSS JOIN cases c ON c.person_id = p.id"_s;
    } else {
        sql = u" FROM cases c"_s;
        if (persons)
            sql += u" JOIN persons p ON p.id = c.person_id"_s;
    }
    QStringList where;
    if (searching)
        where << Dialect::searchCondition(Dialect::of(m_db), m_searchSensitive);
    if (!m_status.isEmpty())
        where << u"c.status = :status"_s;
    if (!m_district.isEmpty())
        where << u"c.sentencing_district = :district"_s;
    if (keyset) {
        const bool asc = m_sortOrder == Qt::AscendingOrder;
        if (m_sortColumn == IdColumn) {
            where << (searching ? u"s.rowid"_s : u"c.id"_s) + (asc ? u" > :after_id"_s : u" < :after_id"_s);
        } else {
            // Written as a range on the key plus a filter for the ties, so that SQLite walks the index
            // from the last key instead of from its start. A person's columns break ties by person, then
            // case: both come straight from the indexes (persons by key, then rowid; cases_person), so a
            // tie as large as "no register number" never has to be sorted.
            const QString key = sortExpression(m_sortColumn, Dialect::of(m_db));
            const QString before = asc ? u"<"_s : u">"_s;
            const QString tie = byPerson ? u"(p.id %1 :after_person OR (p.id = :after_person AND c.id %1= :after_id))"_s.arg(before)
                                         : u"c.id %1= :after_id"_s.arg(before);
            where << u"%1 %2= :after_key AND NOT (%1 = :after_key AND %3)"_s.arg(key, asc ? u">"_s : u"<"_s, tie);
        }
    }
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    return sql;
}

void CaseListModel::bindFilters(QSqlQuery &q, const QString &match, const QString &status, const QString &district)
{
    // fromWhere() names a placeholder only for a filter that is set, so only those are bound.
    if (!match.isEmpty())
        q.bindValue(u":match"_s, match);
    if (!status.isEmpty())
        q.bindValue(u":status"_s, status);
    if (!district.isEmpty())
        q.bindValue(u":district"_s, district);
}

Status CaseListModel::readPage(const Row *after, QList<Row> &out) const
{
    const bool byId = m_sortColumn == IdColumn;
    const bool byPerson = m_sortColumn == PersonColumn || m_sortColumn == RegisterColumn;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString id = m_match.isEmpty() ? u"c.id"_s : u"s.rowid"_s;
    QString sql = u"SELECT "_s + kColumns;
    if (!byId)
        sql += u", "_s + sortExpression(m_sortColumn, Dialect::of(m_db)) + u", p.id"_s;
    sql += fromWhere(after != nullptr, true);
    if (byId)
        sql += u" ORDER BY %1 %2"_s.arg(id, direction);
    else if (byPerson)
        sql += u" ORDER BY %1 %2, p.id %2, c.id %2"_s.arg(sortExpression(m_sortColumn, Dialect::of(m_db)), direction);
    else
        sql += u" ORDER BY %1 %2, c.id %2"_s.arg(sortExpression(m_sortColumn, Dialect::of(m_db)), direction);
    sql += u" LIMIT %1"_s.arg(kPageSize);

    auto q = Sql::prepare(m_db, sql);
    if (!q)
        return q.error();
    bindFilters(*q, m_match, m_status, m_district);
    if (after) {
        q->bindValue(u":after_id"_s, after->id);
        if (!byId)
            q->bindValue(u":after_key"_s, after->sortKey);
        if (byPerson)
            q->bindValue(u":after_person"_s, after->personId);
    }
    if (Status s = Sql::exec(*q); !s)
        return s;
    while (q->next()) {
        Row r;
        r.id = q->value(0).toLongLong();
        r.person = q->value(1).toString();
        r.registerNumber = q->value(2).toString();
        r.district = q->value(3).toString();
        r.status = q->value(4).toString();
        r.submittedAt = q->value(5).toString();
        r.reasons = q->value(6).toString();
        r.facility = q->value(7).toString();
        r.updatedAt = q->value(8).toString();
        if (!byId) {
            r.sortKey = q->value(9);
            r.personId = q->value(10).toLongLong();
        }
        out.append(std::move(r));
    }
    return Status();
}

Status CaseListModel::reload()
{
    m_counter->cancel();
    QList<Row> rows;
    const Status result = readPage(nullptr, rows);
    {
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        m_atEnd = !result || rows.size() < kPageSize;
        m_rows = std::move(rows);
        m_total = m_atEnd ? m_rows.size() : -1;
        endResetModel();
    }
    Q_EMIT totalCountChanged(m_total);
    if (!result)
        Q_EMIT queryFailed(result.error().message);
    else if (!m_atEnd)
        startCount();
    return result;
}

void CaseListModel::startCount()
{
    // Every case has its person (a foreign key), so the count leaves the persons out.
    const QString sql = u"SELECT count(*)"_s + fromWhere(false, false);
    const QString match = m_match;
    const QString status = m_status;
    const QString district = m_district;
    m_counter->start([sql, match, status, district](const QSqlDatabase &db, QString *error) -> QVariant {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.prepare(sql)) {
            bindFilters(q, match, status, district);
            if (q.exec() && q.next())
                return q.value(0).toLongLong();
        }
        *error = tr("The cases could not be counted: %1").arg(q.lastError().text());
        return {};
    });
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    // A fetch asked for from inside this model's own reset or insert signals (QAbstractItemModelTester
    // does that) would start a change inside another: it is left for the view's next request.
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_notifying)
        return;
    QList<Row> rows;
    if (Status s = readPage(&m_rows.constLast(), rows); !s) {
        m_atEnd = true;
        Q_EMIT queryFailed(s.error().message);
        return;
    }
    m_atEnd = rows.size() < kPageSize;
    if (!rows.isEmpty()) {
        const QScopedValueRollback notifying(m_notifying, true);
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows.size() - 1));
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    if (m_atEnd && m_total != m_rows.size()) {
        // Read to the end: the count is known, whatever the worker says.
        m_counter->cancel();
        m_total = m_rows.size();
        Q_EMIT totalCountChanged(m_total);
    }
}

void CaseListModel::fetchAll()
{
    while (canFetchMore())
        fetchMore();
}

QVariant CaseListModel::rawValue(const Row &r, int column) const
{
    switch (column) {
    case IdColumn: return r.id;
    case PersonColumn: return r.person;
    case RegisterColumn: return r.registerNumber;
    case DistrictColumn: return r.district;
    case StatusColumn: return r.status;
    case SubmittedColumn: return r.submittedAt;
    case ReasonsColumn: return r.reasons;
    case FacilityColumn: return r.facility;
    case UpdatedColumn: return r.updatedAt;
    default: return {};
    }
}

QVariant CaseListModel::displayValue(const Row &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn: return locale.toString(r.id);
    case DistrictColumn: return r.district.toUpper();
    case StatusColumn: return CaseStatus::label(r.status);
    case SubmittedColumn: {
        const QDate d = QDate::fromString(r.submittedAt.left(10), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : r.submittedAt;
    }
    case ReasonsColumn: {
        QStringList labels;
        bool hidden = false;
        for (const QString &code : r.reasons.split(u';', Qt::SkipEmptyParts)) {
            const ReasonInfo *info = ReasonCatalog::find(code.trimmed());
            if (!m_showSensitive && info && (info->category == u"medical" || info->category == u"family")) {
                hidden = true;
                continue;
            }
            labels << ReasonCatalog::label(code.trimmed());
        }
        if (hidden)
            labels.prepend(tr("Medical or family reason (hidden)"));
        return labels.join(u", "_s);
    }
    case UpdatedColumn: {
        const QDateTime t = QDateTime::fromString(r.updatedAt, Qt::ISODate);
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : r.updatedAt;
    }
    default: return rawValue(r, column);
    }
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_rows.size())
        return {};
    const Row *r = &m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayValue(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DistrictColumn) {
            if (const District *d = DistrictCatalog::byCode(r->district))
                return d->name;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole: return r->id;
    case RawValueRole: return rawValue(*r, index.column());
    case StatusCodeRole: return r->status;
    default: return {};
    }
}

} // namespace ch
