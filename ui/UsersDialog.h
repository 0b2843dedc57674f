#pragma once

// UsersDialog: the administrator's screen for the people who use this database (issue 7): who they are,
// their role, and whether they may still sign in. Users are added, changed and deactivated, never deleted;
// every change is audited. Problems (a login taken, the last administrator) are said inline.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ch {

class Database;
class UserListModel;

class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)
public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);

    UserListModel *model() const { return m_model; }
    // Starts a new user in the form (the login becomes editable).
    void startNewUser();
    // Saves the form: a new user, or the changes to the selected one. False (and the reason shown) if refused.
    bool saveUser();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void showRoleDescription();
    void fillRoles();

    Database &m_db;
    UserListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleDescription = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_passwordLabel = nullptr;   // shared mode only: the user's password on the server
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    qint64 m_editingId = 0; // 0: a new user
};

} // namespace ch
