#pragma once

// VolunteerFilterModel: sorting and the coordinator's filters over VolunteerListModel: kind, district,
// training expiring (or expired) within N days, free capacity, and a name/organization search. Sorts on
// the raw values (RawValueRole), not the display text.

#include <QDate>
#include <QSortFilterProxyModel>

namespace ch {

class VolunteerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VolunteerFilterModel(QObject *parent = nullptr);

    void setKind(const QString &kind);         // empty: all
    void setDistrict(const QString &district); // code; empty: all
    void setExpiringWithinDays(int days);      // < 0: no filter
    void setHasCapacity(bool on);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_kind;
    QString m_district;
    int m_expiringDays = -1;
    bool m_hasCapacity = false;
    QString m_search;
};

} // namespace ch
