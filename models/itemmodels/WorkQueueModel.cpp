#include "WorkQueueModel.h"

#include "core/LanguageWatcher.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ch {

WorkQueueModel::WorkQueueModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_queues(std::move(db))
{
    connect(new LanguageWatcher(this), &LanguageWatcher::changed, this, &WorkQueueModel::retranslate);
}

bool WorkQueueModel::readAll(const QDate &today, QHash<int, QList<WorkItem>> &out)
{
    m_error.clear();
    for (WorkItem::Queue q : WorkQueues::queues()) {
        auto items = m_queues.items(q, today);
        if (!items) {
            m_error = items.error().message;
            continue;
        }
        out.insert(static_cast<int>(q), *items);
    }
    return m_error.isEmpty();
}

void WorkQueueModel::retranslate()
{
    if (!m_today.isValid()) {
        LanguageWatcher::announce(this);
        return;
    }
    QHash<int, QList<WorkItem>> fresh;
    readAll(m_today, fresh);
    bool sameShape = fresh.size() == m_items.size();
    for (auto it = fresh.cbegin(); sameShape && it != fresh.cend(); ++it)
        sameShape = m_items.value(it.key()).size() == it->size();
    if (!sameShape) { // the data changed meanwhile: start over
        beginResetModel();
        m_items = std::move(fresh);
        endResetModel();
        return;
    }
    m_items = std::move(fresh); // same rows, new words: the selection stays
    LanguageWatcher::announce(this);
}

bool WorkQueueModel::reload(const QDate &today)
{
    QHash<int, QList<WorkItem>> fresh;
    m_today = today;
    readAll(today, fresh);
    beginResetModel();
    m_items = std::move(fresh);
    endResetModel();
    return m_error.isEmpty();
}

void WorkQueueModel::setQueue(WorkItem::Queue queue)
{
    if (queue == m_queue)
        return;
    beginResetModel();
    m_queue = queue;
    endResetModel();
}

int WorkQueueModel::count(WorkItem::Queue queue) const
{
    return static_cast<int>(m_items.value(static_cast<int>(queue)).size());
}

const WorkItem *WorkQueueModel::itemAt(int row) const
{
    const auto it = m_items.constFind(static_cast<int>(m_queue));
    if (it == m_items.constEnd() || row < 0 || row >= it->size())
        return nullptr;
    return &it->at(row);
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count(m_queue);
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkItem *w = itemAt(index.row());
    if (!w)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return w->urgent ? tr("%1 (urgent)").arg(w->title) : w->title;
        case DetailColumn: return w->detail;
        case DateColumn: return w->date.isValid() ? QLocale().toString(w->date, QLocale::ShortFormat) : QString();
        case DaysColumn: return QLocale().toString(w->days);
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? QVariant(w->detail) : QVariant();
    case Qt::FontRole:
        if (w->urgent) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DaysColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case CaseIdRole: return w->caseId;
    case VolunteerIdRole: return w->volunteerId;
    case UrgentRole: return w->urgent;
    default: return {};
    }
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool ahead = m_queue == WorkItem::Queue::ReadyToFile || m_queue == WorkItem::Queue::Milestones
                       || m_queue == WorkItem::Queue::ExpiringTraining || m_queue == WorkItem::Queue::FollowUps;
    switch (section) {
    case NameColumn: return m_queue == WorkItem::Queue::ExpiringTraining ? tr("Volunteer") : tr("Person");
    case DetailColumn: return tr("Why it is here");
    case DateColumn: return ahead ? tr("Date") : tr("Since");
    case DaysColumn: return ahead ? tr("Days left") : tr("Days waited");
    default: return {};
    }
}

} // namespace ch
