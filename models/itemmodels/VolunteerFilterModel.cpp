#include "VolunteerFilterModel.h"

#include "core/Collation.h"

#include "VolunteerListModel.h"

namespace ch {

VolunteerFilterModel::VolunteerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(VolunteerListModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void VolunteerFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void VolunteerFilterModel::setDistrict(const QString &district)
{
    m_district = district;
    invalidateFilter();
}

void VolunteerFilterModel::setExpiringWithinDays(int days)
{
    m_expiringDays = days;
    invalidateFilter();
}

void VolunteerFilterModel::setHasCapacity(bool on)
{
    m_hasCapacity = on;
    invalidateFilter();
}

void VolunteerFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool VolunteerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && idx.data(VolunteerListModel::KindRole).toString() != m_kind)
        return false;
    if (!m_district.isEmpty() && !idx.data(VolunteerListModel::DistrictsRole).toStringList().contains(m_district))
        return false;
    if (m_hasCapacity && (idx.data(VolunteerListModel::FreeCapacityRole).toInt() <= 0
                          || !idx.data(VolunteerListModel::ActiveRole).toBool()))
        return false;
    if (m_expiringDays >= 0) {
        const auto *model = qobject_cast<const VolunteerListModel *>(sourceModel());
        const QDate today = model ? model->today() : QDate::currentDate();
        const QDate expires = idx.data(VolunteerListModel::TrainingExpiresRole).toDate();
        if (expires.isValid() && expires > today.addDays(m_expiringDays))
            return false;
    }
    if (!m_search.isEmpty()) {
        const QString name = idx.data(Qt::DisplayRole).toString();
        const QString org = sourceModel()->index(sourceRow, VolunteerListModel::OrganizationColumn, sourceParent).data().toString();
        if (!name.contains(m_search, Qt::CaseInsensitive) && !org.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool VolunteerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(VolunteerListModel::RawValueRole);
    const QVariant r = right.data(VolunteerListModel::RawValueRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return Collation::forNames().compare(l.toString(), r.toString()) < 0; // QLocale(), not the system's
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace ch
