#include "UsersDialog.h"

#include "auth/UserRepository.h"
#include "itemmodels/UserListModel.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

UsersDialog::UsersDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(u"usersDialog"_s);
    m_model = new UserListModel(db, this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(u"usersIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_table = new QTableView(this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"userLoginEdit"_s);
    m_login->setMaxLength(64);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"userNameEdit"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"userRoleCombo"_s);
    m_roleDescription = new QLabel(this);
    m_roleDescription->setObjectName(u"userRoleDescription"_s);
    m_roleDescription->setWordWrap(true);
    m_roleDescription->setTextFormat(Qt::PlainText);
    m_active = new QCheckBox(this);
    m_active->setObjectName(u"userActiveCheck"_s);
    // In shared mode each user is a server user of their own (ServerRoles): a new one needs a password to
    // connect with; an existing one's may be reset here. Never shown again, never stored by the program.
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"userServerPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_error = new QLabel(this);
    m_error->setObjectName(u"usersError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setBuddy(m_role);
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_roleDescription);
    form->addRow(QString(), m_active);
    form->addRow(m_passwordLabel, m_password);
    m_password->setVisible(m_db.isShared());
    m_passwordLabel->setVisible(m_db.isShared());

    m_new = new QPushButton(this);
    m_new->setObjectName(u"newUserButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveUserButton"_s);
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"usersButtons"_s);
    m_close = buttons->button(QDialogButtonBox::Close);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &UsersDialog::startNewUser);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveUser(); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersDialog::showRoleDescription);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersDialog::showSelected);

    retranslateUi();
    if (Status s = m_model->reload(); !s) {
        m_error->setText(s.error().message);
        m_error->show();
    }
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        startNewUser();
    resize(640, 520);
}

void UsersDialog::fillRoles()
{
    const QVariant current = m_role->currentData();
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (Role r : Roles::all())
        m_role->addItem(Roles::label(r), Roles::code(r));
    const int i = m_role->findData(current);
    m_role->setCurrentIndex(i >= 0 ? i : 0);
    showRoleDescription();
}

void UsersDialog::retranslateUi()
{
    setWindowTitle(tr("Users"));
    if (m_db.isShared()) {
        m_intro->setText(tr("The people who use this shared database and what their role lets them do. Each person "
                            "connects as a server user of their own, which the program creates with the password "
                            "given here; the server then enforces the role. A user who leaves is deactivated (they "
                            "can no longer connect), not deleted, so that the audit trail keeps their name."));
    } else {
        m_intro->setText(tr("The people who use this database and what their role lets them do. A user who leaves is "
                            "deactivated, not deleted, so that the audit trail keeps their name. Each person "
                            "signs in with their own account: the login is that account's name."));
    }
    m_loginLabel->setText(tr("&Login:"));
    m_nameLabel->setText(tr("&Name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_active->setText(tr("&Active (may use the program)"));
    m_passwordLabel->setText(tr("Server &password:"));
    m_password->setPlaceholderText(m_editingId == 0 ? tr("Required for a new user of the shared database")
                                                    : tr("Leave empty to keep the current password"));
    m_password->setToolTip(tr("The password this person types to connect to the shared database. It is set on the "
                              "server and never stored by Clearinghouse."));
    m_new->setText(tr("&New user"));
    m_save->setText(tr("&Save user"));
    fillRoles();
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UsersDialog::showRoleDescription()
{
    if (const auto role = Roles::fromCode(m_role->currentData().toString()))
        m_roleDescription->setText(Roles::description(*role));
}

void UsersDialog::showSelected()
{
    const User *u = m_model->userAt(m_table->currentIndex().row());
    if (!u)
        return;
    m_editingId = u->id;
    m_login->setText(u->login);
    m_login->setReadOnly(true); // a login never changes: the audit log names it
    m_name->setText(u->displayName);
    m_role->setCurrentIndex(m_role->findData(Roles::code(u->role)));
    m_active->setChecked(u->active);
    m_password->clear();
    m_password->setPlaceholderText(tr("Leave empty to keep the current password"));
    m_error->hide();
}

void UsersDialog::startNewUser()
{
    m_editingId = 0;
    m_table->clearSelection();
    m_login->clear();
    m_login->setReadOnly(false);
    m_name->clear();
    m_role->setCurrentIndex(m_role->findData(Roles::code(Role::Staff)));
    m_active->setChecked(true);
    m_password->clear();
    m_password->setPlaceholderText(tr("Required for a new user of the shared database"));
    m_error->hide();
    m_login->setFocus();
}

bool UsersDialog::saveUser()
{
    User u;
    u.id = m_editingId;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.role = Roles::fromCode(m_role->currentData().toString()).value_or(Role::Staff);
    u.active = m_active->isChecked();
    const QString password = m_db.isShared() ? m_password->text() : QString();
    if (m_db.isShared() && u.id == 0 && password.isEmpty()) {
        m_error->setText(tr("Give the new user a password for the shared database: they connect with it."));
        m_error->show();
        m_password->setFocus();
        return false;
    }
    UserRepository users(m_db);
    Status result;
    if (u.id == 0) {
        auto id = users.create(u, password);
        result = id ? Status() : Status(id.error());
    } else {
        result = users.update(u, password);
    }
    m_password->clear();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    if (Status s = m_model->reload(); !s) {
        m_error->setText(s.error().message);
        m_error->show();
    }
    const int row = m_model->rowOfLogin(u.login);
    if (row >= 0)
        m_table->selectRow(row);
    return true;
}

} // namespace ch
