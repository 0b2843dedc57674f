#include "WorkQueueModel.h"
#include "core/PlainToolTip.h"

#include "core/LanguageWatcher.h"
#include "storage/BackgroundRead.h"

#include <QFont>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace ch {

WorkQueueModel::WorkQueueModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_queues(std::move(db))
{
    connect(new LanguageWatcher(this), &LanguageWatcher::changed, this, &WorkQueueModel::retranslate);
}

void WorkQueueModel::retranslate()
{
    if (!m_today.isValid()) { // nothing read yet: only the headers change
        LanguageWatcher::announce(this);
        return;
    }
    reloadInBackground(m_today);
    m_keepRowsIfSameShape = true;
}

WorkQueueModel::ItemsByQueue WorkQueueModel::compute(const WorkQueues &queues, const QDate &today, QString *error)
{
    ItemsByQueue fresh;
    for (WorkItem::Queue q : WorkQueues::queues()) {
        if (BackgroundRead::isStopping())
            break; // a newer reload or the page's end: nobody will see these
        auto items = queues.items(q, today);
        if (!items) {
            *error = items.error().message;
            continue;
        }
        fresh.insert(static_cast<int>(q), *items);
    }
    return fresh;
}

void WorkQueueModel::setItems(ItemsByQueue items, const QString &error)
{
    if (std::exchange(m_keepRowsIfSameShape, false)) {
        bool sameShape = items.size() == m_items.size();
        for (auto it = items.cbegin(); sameShape && it != items.cend(); ++it)
            sameShape = m_items.value(it.key()).size() == it->size();
        if (sameShape) { // same rows, new words
            m_items = std::move(items);
            m_error = error;
            LanguageWatcher::announce(this);
            return;
        }
    }
    beginResetModel();
    m_items = std::move(items);
    m_error = error;
    endResetModel();
}

bool WorkQueueModel::reload(const QDate &today)
{
    if (m_background)
        m_background->cancel();
    m_today = today;
    m_keepRowsIfSameShape = false;
    QString error;
    ItemsByQueue fresh = compute(m_queues, today, &error);
    setItems(std::move(fresh), error);
    return m_error.isEmpty();
}

void WorkQueueModel::reloadInBackground(const QDate &today)
{
    m_today = today;
    m_keepRowsIfSameShape = false;
    if (!m_background) {
        m_background = new BackgroundRead(m_db, this);
        connect(m_background, &BackgroundRead::finished, this, [this](const QVariant &result) {
            const auto [items, error] = result.value<std::pair<ItemsByQueue, QString>>();
            setItems(items, error);
            Q_EMIT reloaded(m_error.isEmpty());
        });
        connect(m_background, &BackgroundRead::failed, this, [this](const QString &message) {
            m_error = message;
            Q_EMIT reloaded(false);
        });
    }
    m_background->start([today](const QSqlDatabase &connection, QString *) -> QVariant {
        QString error;
        ItemsByQueue items = compute(WorkQueues(connection), today, &error);
        return QVariant::fromValue(std::pair<ItemsByQueue, QString>(std::move(items), error));
    });
}

bool WorkQueueModel::isReloading() const
{
    return m_background && m_background->isRunning();
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
        return index.column() == DetailColumn ? QVariant(PlainToolTip::from(w->detail)) : QVariant(); // names, titles
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
