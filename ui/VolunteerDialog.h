#pragma once

// VolunteerDialog: add or edit one roster entry. Checks the entry with VolunteerValidator as the
// coordinator saves and shows every problem beside the dialog's fields; saving goes through
// VolunteerRepository (audited, row-version checked), so a concurrent edit is reported, not overwritten.
// Trainings and leave periods are typed one per line ("2026-03-01 Fundamentals", "2026-12-20 2027-01-05 Trial").

#include "domain/Volunteer.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ch {

class Database;

class VolunteerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteerDialog)
public:
    VolunteerDialog(Database &database, const Volunteer &volunteer, const QList<Volunteer> &roster,
                    QWidget *parent = nullptr);

    // Validates and saves; on success emits saved() and closes. False leaves the dialog open with the problems.
    bool save();
    QString problemsText() const;

Q_SIGNALS:
    void saved(qint64 volunteerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool collect(Volunteer &v, QStringList &parseProblems) const;
    void showProblems(const QStringList &messages, const QStringList &fields);
    void updateSupervisorState();

    Database &m_db;
    Volunteer m_original;
    QList<Volunteer> m_roster;
    QHash<QString, QWidget *> m_fieldWidgets;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_supervisor = nullptr;
    QLineEdit *m_barStates = nullptr;
    QLineEdit *m_districts = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_languages = nullptr;
    QListWidget *m_expertise = nullptr;
    QPlainTextEdit *m_conflicts = nullptr;
    QPlainTextEdit *m_trainings = nullptr;
    QPlainTextEdit *m_leaves = nullptr;
    QLineEdit *m_onLeaveUntil = nullptr;
    QCheckBox *m_active = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QFormLayout *m_left = nullptr;
    QFormLayout *m_right = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ch
