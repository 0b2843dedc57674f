#include "UserListModel.h"

#include "core/LanguageWatcher.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ch {

UserListModel::UserListModel(const Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    LanguageWatcher::watch(this);
}

Status UserListModel::reload()
{
    auto users = UserRepository(m_db).all();
    beginResetModel();
    m_users = users ? *users : QList<User>();
    endResetModel();
    if (!users)
        return users.error();
    return Status();
}

const User *UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOfLogin(const QString &login) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).login == login)
            return int(i);
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return u.login;
        case NameColumn:
            return u.displayName;
        case RoleColumn:
            return Roles::label(u.role);
        case ActiveColumn:
            return u.active ? tr("Active") : tr("Deactivated");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RoleColumn)
        return Roles::description(u.role);
    if (role == Qt::FontRole && !u.active) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::UserRole)
        return u.id;
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ch
