#include "CaseListModel.h"

#include "core/LanguageWatcher.h"

#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"
#include "domain/RegisterNumber.h"
#include "storage/SqlHelpers.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

constexpr int kMaxCachedPages = 64;

// Sort expressions by column: fixed strings, never built from user input.
QString orderExpression(int column)
{
    switch (column) {
    case CaseListModel::PersonColumn: return u"p.name_sort_key"_s; // accents and case aside (migration 11)
    case CaseListModel::RegisterColumn: return u"p.register_number"_s;
    case CaseListModel::DistrictColumn: return u"c.sentencing_district"_s;
    case CaseListModel::StatusColumn: return u"c.status"_s;
    case CaseListModel::SubmittedColumn: return u"c.submitted_at"_s;
    case CaseListModel::ReasonsColumn: return u"c.reasons"_s;
    case CaseListModel::FacilityColumn: return u"c.facility COLLATE NOCASE"_s;
    case CaseListModel::UpdatedColumn: return u"c.updated_at"_s;
    default: return u"c.id"_s;
    }
}

} // namespace

CaseListModel::CaseListModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db))
{
    LanguageWatcher::watch(this);
}

QString CaseListModel::ftsQuery(const QString &text)
{
    // Some keyboards send "ó" as "o" plus a combining accent: compose first, and keep marks in words.
    QString input = text.normalized(QString::NormalizationForm_C);
    const QString reg = RegisterNumber::normalize(text);
    if (!reg.isEmpty())
        input = reg;
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + u"\"*"_s;
        word.clear();
    };
    for (QChar c : input) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
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
    return (row >= 0 && row < m_ids.size()) ? m_ids.at(row) : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    return static_cast<int>(m_ids.indexOf(caseId));
}

void CaseListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
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

Status CaseListModel::reload()
{
    QString sql = u"SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id"_s;
    const QString match = ftsQuery(m_search);
    QStringList where;
    if (!match.isEmpty())
        where << u"c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH :match)"_s;
    if (!m_status.isEmpty())
        where << u"c.status = :status"_s;
    if (!m_district.isEmpty())
        where << u"c.sentencing_district = :district"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY %1 %2, c.id %2"_s.arg(orderExpression(m_sortColumn), direction);

    QList<qint64> ids;
    Status result;
    auto q = Sql::prepare(m_db, sql);
    if (!q) {
        result = q.error();
    } else {
        if (!match.isEmpty())
            q->bindValue(u":match"_s, match);
        if (!m_status.isEmpty())
            q->bindValue(u":status"_s, m_status);
        if (!m_district.isEmpty())
            q->bindValue(u":district"_s, m_district);
        if (Status s = Sql::exec(*q); !s) {
            result = s;
        } else {
            while (q->next())
                ids.append(q->value(0).toLongLong());
        }
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    m_pageAge.clear();
    endResetModel();
    if (!result)
        Q_EMIT queryFailed(result.error().message);
    return result;
}

bool CaseListModel::loadPage(int page) const
{
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, static_cast<int>(m_ids.size()));
    if (first >= last)
        return false;
    QStringList marks;
    for (int i = first; i < last; ++i)
        marks << u"?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT c.id, p.person_name, coalesce(p.register_number, ''), coalesce(c.sentencing_district, ''),"
                        " c.status, coalesce(c.submitted_at, ''), coalesce(c.reasons, ''), coalesce(c.facility, ''),"
                        " c.updated_at FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id IN (%1)"_s
                            .arg(marks.join(u','));
    if (!q.prepare(sql))
        return false;
    for (int i = first; i < last; ++i)
        q.addBindValue(m_ids.at(i));
    if (!q.exec()) {
        qWarning("Case list page query failed");
        return false;
    }
    QHash<qint64, Row> byId;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.person = q.value(1).toString();
        r.registerNumber = q.value(2).toString();
        r.district = q.value(3).toString();
        r.status = q.value(4).toString();
        r.submittedAt = q.value(5).toString();
        r.reasons = q.value(6).toString();
        r.facility = q.value(7).toString();
        r.updatedAt = q.value(8).toString();
        byId.insert(r.id, r);
    }
    QList<Row> rows;
    rows.reserve(last - first);
    for (int i = first; i < last; ++i) {
        // A case deleted since the ids were read shows as an empty row until the next reload.
        rows.append(byId.value(m_ids.at(i), Row{m_ids.at(i), {}, {}, {}, {}, {}, {}, {}, {}}));
    }
    if (m_pages.size() >= kMaxCachedPages && !m_pageAge.isEmpty())
        m_pages.remove(m_pageAge.takeFirst());
    m_pages.insert(page, rows);
    m_pageAge.append(page);
    return true;
}

const CaseListModel::Row *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_pageAge.constLast() != page) {
        m_pageAge.removeOne(page);
        m_pageAge.append(page);
    }
    return &it->at(row - page * kPageSize);
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
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
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
