#include "ScreeningQueueModel.h"

#include "core/LanguageWatcher.h"
#include "core/Collation.h"

#include "domain/CaseStatus.h"
#include "domain/FieldCatalog.h"
#include "screening/KeyDate.h"
#include "screening/ScreeningResult.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

ScreeningQueueModel::ScreeningQueueModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_today(QDate::currentDate())
{
    // New words in the cells; sorted by name, also a new order (names collate per language).
    connect(new LanguageWatcher(this), &LanguageWatcher::changed, this, [this] {
        if (m_sortColumn == PersonColumn)
            sort(m_sortColumn, m_sortOrder);
        LanguageWatcher::announce(this);
    });
}

int ScreeningQueueModel::outcomeRank(const QString &outcome)
{
    if (outcome == u"needs_info")
        return 0;
    if (outcome == u"screened_in")
        return 1;
    if (outcome == u"screened_out")
        return 2;
    return 3;
}

Status ScreeningQueueModel::reload()
{
    auto loaded = ScreeningStore::queue(m_db, m_pendingOnly);
    beginResetModel();
    m_all = loaded ? *loaded : QList<QueueEntry>();
    applyFilterAndSort();
    endResetModel();
    if (!loaded) {
        Q_EMIT queryFailed(loaded.error().message);
        return loaded.error();
    }
    return Status();
}

void ScreeningQueueModel::applyFilterAndSort()
{
    m_rows.clear();
    for (const QueueEntry &e : std::as_const(m_all)) {
        if (m_outcome.isEmpty() || e.outcome == m_outcome)
            m_rows << e;
    }
    const QDate today = m_today;
    auto defaultLess = [today](const QueueEntry &a, const QueueEntry &b) {
        const int ra = outcomeRank(a.outcome), rb = outcomeRank(b.outcome);
        if (ra != rb)
            return ra < rb;
        const QDate da = a.nextKeyDate(today).second, db = b.nextKeyDate(today).second;
        if (da.isValid() != db.isValid())
            return da.isValid(); // cases with a date ahead first
        if (da != db)
            return da < db;
        return a.caseId < b.caseId;
    };
    if (m_sortColumn < 0) {
        std::stable_sort(m_rows.begin(), m_rows.end(), defaultLess);
        return;
    }
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QCollator collator = Collation::forNames();
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [this, column, ascending, &collator](const QueueEntry &a, const QueueEntry &b) {
            const QVariant va = rawValue(a, column), vb = rawValue(b, column);
            // Names by the locale's collation ("Ábrego" beside "abad"), the rest by value.
            int order = 0;
            if (column == PersonColumn) {
                order = collator.compare(va.toString(), vb.toString());
            } else {
                const auto c = QVariant::compare(va, vb);
                order = c == QPartialOrdering::Less ? -1 : c == QPartialOrdering::Greater ? 1 : 0;
            }
            if (order == 0)
                return ascending ? a.caseId < b.caseId : a.caseId > b.caseId;
            return ascending ? order < 0 : order > 0;
        });
}

void ScreeningQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids << m_rows.at(i.row()).caseId;
    applyFilterAndSort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfCase(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ScreeningQueueModel::setOutcomeFilter(const QString &outcome)
{
    if (outcome == m_outcome)
        return;
    beginResetModel();
    m_outcome = outcome;
    applyFilterAndSort();
    endResetModel();
}

void ScreeningQueueModel::setPendingOnly(bool pendingOnly)
{
    if (pendingOnly == m_pendingOnly)
        return;
    m_pendingOnly = pendingOnly;
    (void)reload();
}

void ScreeningQueueModel::setToday(QDate today)
{
    beginResetModel();
    m_today = today;
    applyFilterAndSort();
    endResetModel();
}

int ScreeningQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScreeningQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ScreeningQueueModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : 0;
}

int ScreeningQueueModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).caseId == caseId)
            return i;
    }
    return -1;
}

int ScreeningQueueModel::countOf(const QString &outcome) const
{
    return static_cast<int>(std::count_if(m_all.cbegin(), m_all.cend(),
                                          [&outcome](const QueueEntry &e) { return e.outcome == outcome; }));
}

QString ScreeningQueueModel::detail(const QueueEntry &e) const
{
    if (e.outcome == u"needs_info") {
        QStringList labels;
        for (const QString &f : e.missing)
            labels << FieldCatalog::label(f);
        return tr("Missing: %1").arg(labels.join(u", "_s));
    }
    if (e.outcome == u"screened_out") {
        QStringList labels;
        for (const QString &r : e.reasons)
            labels << ScreeningResult::gateLabel(r);
        return tr("Send referral: %1").arg(labels.join(u"; "_s));
    }
    return tr("Ready for a reviewer");
}

QVariant ScreeningQueueModel::rawValue(const QueueEntry &e, int column) const
{
    switch (column) {
    case IdColumn:
        return e.caseId;
    case PersonColumn:
        return e.personName;
    case OutcomeColumn:
        return outcomeRank(e.outcome);
    case DetailColumn:
        return e.outcome == u"needs_info" ? e.missing.join(u';') : e.reasons.join(u';');
    case NextDateColumn: {
        const QDate d = e.nextKeyDate(m_today).second;
        return d.isValid() ? d.toString(Qt::ISODate) : u"9999-12-31"_s; // no date ahead sorts last
    }
    case NextDateKindColumn:
        return e.nextKeyDate(m_today).first;
    case StatusColumn:
        return e.status;
    case AsOfColumn:
        return e.asOf.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant ScreeningQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry &e = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return e.caseId;
    case OutcomeRole:
        return e.outcome;
    case RawValueRole:
        return rawValue(e, index.column());
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return e.caseId;
        case PersonColumn:
            return e.personName;
        case OutcomeColumn:
            return ScreeningResult::outcomeLabel(e.outcome);
        case DetailColumn:
            return detail(e);
        case NextDateColumn: {
            const QDate d = e.nextKeyDate(m_today).second;
            return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : tr("—");
        }
        case NextDateKindColumn: {
            const QString code = e.nextKeyDate(m_today).first;
            return code.isEmpty() ? QString() : KeyDate::title(code);
        }
        case StatusColumn:
            return CaseStatus::label(e.status);
        case AsOfColumn:
            return QLocale().toString(e.asOf, QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ScreeningQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Case");
    case PersonColumn:
        return tr("Person");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("What to do");
    case NextDateColumn:
        return tr("Next key date");
    case NextDateKindColumn:
        return tr("Which date");
    case StatusColumn:
        return tr("Status");
    case AsOfColumn:
        return tr("Screened as of");
    default:
        return {};
    }
}

} // namespace ch
