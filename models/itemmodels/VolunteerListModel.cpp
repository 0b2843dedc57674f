#include "VolunteerListModel.h"

#include "core/LanguageWatcher.h"

#include <QLocale>

#include "domain/ReasonCatalog.h"
#include "storage/AssignmentRepository.h"
#include "storage/RosterSettings.h"
#include "storage/VolunteerRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

VolunteerListModel::VolunteerListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_today(QDate::currentDate())
{
    LanguageWatcher::watch(this);
}

int VolunteerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VolunteerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void VolunteerListModel::setToday(QDate today)
{
    m_today = today;
    m_fixedToday = true;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Status VolunteerListModel::reload()
{
    auto roster = VolunteerRepository(m_db).all();
    auto open = roster ? AssignmentRepository(m_db).openCounts() : Result<QHash<qint64, int>>(roster.error());
    auto months = open ? RosterSettings(m_db).trainingValidityMonths() : Result<int>(open.error());
    beginResetModel();
    if (!months) {
        m_rows.clear();
        m_open.clear();
        endResetModel();
        Q_EMIT reloadFailed(months.error().message);
        return months.error();
    }
    m_rows = std::move(*roster);
    m_open = std::move(*open);
    m_validityMonths = *months;
    if (!m_fixedToday)
        m_today = QDate::currentDate();
    endResetModel();
    return Status();
}

const Volunteer *VolunteerListModel::volunteerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VolunteerListModel::rowOfVolunteer(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QList<const Volunteer *> VolunteerListModel::expiringTrainings(int days) const
{
    QList<const Volunteer *> out;
    const QDate limit = m_today.addDays(days);
    for (const Volunteer &v : m_rows) {
        const QDate expires = v.trainingExpiresOn(m_validityMonths);
        if (v.active && (!expires.isValid() || expires <= limit))
            out << &v;
    }
    std::stable_sort(out.begin(), out.end(), [this](const Volunteer *a, const Volunteer *b) {
        return a->trainingExpiresOn(m_validityMonths) < b->trainingExpiresOn(m_validityMonths);
    });
    return out;
}

QVariant VolunteerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Volunteer &v = m_rows.at(index.row());
    const int open = m_open.value(v.id, 0);
    const QDate expires = v.trainingExpiresOn(m_validityMonths);
    switch (role) {
    case VolunteerIdRole:
        return v.id;
    case KindRole:
        return v.kind;
    case DistrictsRole:
        return v.districts;
    case FreeCapacityRole:
        return std::max(0, v.capacity - open);
    case TrainingExpiresRole:
        return expires;
    case ActiveRole:
        return v.active;
    default:
        break;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == RawValueRole) {
        switch (column) {
        case NameColumn:
            return v.name;
        case KindColumn:
            return v.kind;
        case OrganizationColumn:
            return v.organization;
        case DistrictsColumn:
            return v.districts.join(u", "_s);
        case LoadColumn:
            return v.capacity > 0 ? double(open) / v.capacity : 1.0;
        case TrainingColumn:
            return expires.isValid() ? expires.toJulianDay() : qint64(0);
        case StatusColumn:
            return !v.active ? 2 : v.isOnLeave(m_today) ? 1 : 0;
        case LanguagesColumn:
            return v.languages.join(u", "_s);
        case ExpertiseColumn:
            return v.expertise.join(u", "_s);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return v.name;
        case KindColumn:
            return Volunteer::kindLabel(v.kind);
        case OrganizationColumn:
            return v.organization;
        case DistrictsColumn:
            return v.districts.join(u", "_s);
        case LoadColumn:
            return tr("%1 of %2").arg(QLocale().toString(open), QLocale().toString(v.capacity));
        case TrainingColumn:
            if (!expires.isValid())
                return tr("No training");
            return expires <= m_today ? tr("Expired %1").arg(QLocale().toString(expires, QLocale::ShortFormat))
                                      : tr("Until %1").arg(QLocale().toString(expires.addDays(-1), QLocale::ShortFormat));
        case StatusColumn:
            if (!v.active)
                return tr("Inactive");
            return v.isOnLeave(m_today) ? tr("On leave") : tr("Active");
        case LanguagesColumn:
            return v.languages.join(u", "_s);
        case ExpertiseColumn: {
            QStringList labels;
            for (const QString &e : v.expertise)
                labels << ReasonCatalog::label(e);
            return labels.join(u", "_s);
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == TrainingColumn && v.latestTraining().isValid())
        return tr("Last training %1; training counts for %n month(s).", nullptr, m_validityMonths)
            .arg(QLocale().toString(v.latestTraining(), QLocale::ShortFormat));
    if (role == Qt::TextAlignmentRole && column == LoadColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VolunteerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case OrganizationColumn:
        return tr("Organization");
    case DistrictsColumn:
        return tr("Districts");
    case LoadColumn:
        return tr("Load");
    case TrainingColumn:
        return tr("Training");
    case StatusColumn:
        return tr("Status");
    case LanguagesColumn:
        return tr("Languages");
    case ExpertiseColumn:
        return tr("Expertise");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ch
