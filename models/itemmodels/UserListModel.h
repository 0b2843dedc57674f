#pragma once

// UserListModel: the database's users for the Users dialog (login, name, role, active), by login.

#include "auth/UserRepository.h"
#include "core/Result.h"

#include <QAbstractTableModel>

namespace ch {

class Database;

class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)
public:
    enum Column { LoginColumn, NameColumn, RoleColumn, ActiveColumn, ColumnCount };

    explicit UserListModel(const Database &db, QObject *parent = nullptr);

    Status reload();
    const User *userAt(int row) const;
    int rowOfLogin(const QString &login) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    QList<User> m_users;
};

} // namespace ch
