#pragma once

// RosterPage: the volunteer roster for coordinators (issue 5): a sortable table with filters (kind, district,
// training expiring within N days, free capacity, search), the current load of each volunteer, a list of
// trainings that expire soon, and the commands to add, edit and deactivate volunteers. Deactivating keeps
// the volunteer and their history; only new matches stop.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ch {

class Database;
class VolunteerDialog;
class VolunteerFilterModel;
class VolunteerListModel;

class RosterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterPage)
public:
    static constexpr int kWarningDays = 60;

    explicit RosterPage(Database &database, QWidget *parent = nullptr);

    VolunteerListModel *model() const { return m_model; }
    VolunteerFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    qint64 selectedVolunteerId() const;
    void selectVolunteer(qint64 id);

    void reload();
    // The dialogs open without blocking (QDialog::open), so that tests and the rest of the window go on.
    VolunteerDialog *addVolunteer();
    VolunteerDialog *editVolunteer(qint64 id);
    bool deactivateSelected(); // asks first

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFilters();
    void updateWarnings();
    void updateButtons();
    void applyValidity();
    VolunteerDialog *openDialog(VolunteerDialog *dialog);

    Database &m_db;
    VolunteerListModel *m_model;
    VolunteerFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_district = nullptr;
    QCheckBox *m_expiring = nullptr;
    QSpinBox *m_expiringDays = nullptr;
    QCheckBox *m_hasCapacity = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_deactivate = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_warningTitle = nullptr;
    QSpinBox *m_validity = nullptr;
    QLabel *m_validityLabel = nullptr;
    QGroupBox *m_side = nullptr;
};

} // namespace ch
