#pragma once

// VolunteerListModel: the roster as a table for coordinators (issue 5): kind, districts, current load
// (open assignments against capacity), training validity and status. The roster is a few hundred to a few
// thousand people, so the whole list is held in memory and reloaded after every change. Display text and
// the raw sortable value are kept apart (Qt::DisplayRole vs. RawValueRole); VolunteerFilterModel sorts and
// filters on top of it.

#include "core/Result.h"
#include "domain/Volunteer.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ch {

class VolunteerListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, OrganizationColumn, DistrictsColumn, LoadColumn, TrainingColumn,
                  StatusColumn, LanguagesColumn, ExpertiseColumn, ColumnCount };
    enum Role { VolunteerIdRole = Qt::UserRole + 1, RawValueRole, KindRole, DistrictsRole, FreeCapacityRole,
                TrainingExpiresRole, ActiveRole };

    explicit VolunteerListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Status reload();
    void setToday(QDate today); // for tests; default: the current date at reload
    QDate today() const { return m_today; }
    int trainingValidityMonths() const { return m_validityMonths; }

    const QList<Volunteer> &volunteers() const { return m_rows; }
    const Volunteer *volunteerAt(int row) const;
    int rowOfVolunteer(qint64 id) const;
    int openCount(qint64 id) const { return m_open.value(id, 0); }
    // Active volunteers whose training has expired or expires within `days`, soonest first.
    QList<const Volunteer *> expiringTrainings(int days) const;

Q_SIGNALS:
    void reloadFailed(const QString &message);

private:
    QSqlDatabase m_db;
    QList<Volunteer> m_rows;
    QHash<qint64, int> m_open;
    QDate m_today;
    bool m_fixedToday = false;
    int m_validityMonths = Volunteer::kDefaultTrainingValidityMonths;
};

} // namespace ch
