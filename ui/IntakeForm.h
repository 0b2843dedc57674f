#pragma once

// IntakeForm: the questionnaire as staff type it in from a letter or a call, built from FieldCatalog and
// grouped as the paper form reads. It checks answers as they are typed (CaseValidator), looks for the
// same request already in the database (CaseRepository::findDuplicates), keeps every edit on an undo
// stack, autosaves drafts, and saves a new case or the changes to an existing one.

#include "domain/CaseRecord.h"
#include "domain/CaseValidator.h"
#include "domain/FieldCatalog.h"
#include "storage/CaseRepository.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QGroupBox;
class QUndoStack;

namespace ch {

class Database;
class DuplicateBanner;
class FieldEditor;

class IntakeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeForm)
public:
    explicit IntakeForm(Database &database, QWidget *parent = nullptr);
    ~IntakeForm() override;

    // Edit mode: shows an existing case; saving updates it. Clears the undo history.
    void loadCase(const CaseRecord &record);
    // Puts an autosaved draft back (on top of its case, when it edits one). The form is dirty afterwards.
    bool restoreDraft(qint64 draftId, const QByteArray &payload);

    QUndoStack *undoStack() const { return m_undo; }
    bool isDirty() const;
    qint64 caseId() const { return m_base.id; }
    qint64 draftId() const { return m_draftId; }
    QString title() const;
    CaseRecord record() const;
    QList<FieldIssue> issues() const { return m_issues; }
    DuplicateBanner *duplicateBanner() const { return m_banner; }
    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }

    bool save();           // false when refused (errors, duplicates not confirmed) or failed
    bool saveDraftNow();
    void discardDraft();
    void setAutosaveInterval(int milliseconds);
    void focusFirstField();
    void focusField(const QString &key); // scrolls to the answer and puts the cursor in it
    void goToGroup(int index);

    // Called by FieldEditCommand: sets a field's committed value and its widget.
    void applyValue(const QString &key, const QString &value, bool fromUndo);

Q_SIGNALS:
    void titleChanged();
    void saved(qint64 caseId);
    void openCaseRequested(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    QWidget *buildGroup(FieldGroup group, int index);
    void onEdited(const QString &key);
    void validateNow();
    void checkDuplicatesNow();
    int currentGroupIndex() const;
    void syncGroupList(QWidget *focused);
    bool handleConflict(const Error &error);
    void autosave();

    Database &m_db;
    CaseRepository m_repo;
    CaseRecord m_base;
    QList<FieldEditor *> m_order;
    QHash<QString, FieldEditor *> m_editors;
    QMap<QString, QString> m_committed;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QLabel *> m_fieldLabels;
    QHash<QString, QLabel *> m_helpLabels;
    QList<QGroupBox *> m_groupBoxes;
    QList<FieldGroup> m_groups;

    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_summary = nullptr;
    DuplicateBanner *m_banner = nullptr;
    QListWidget *m_groupList = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_saveButton = nullptr;
    QUndoStack *m_undo = nullptr;

    QTimer m_validateTimer;
    QTimer m_duplicateTimer;
    QTimer m_autosaveTimer;
    QSet<QString> m_touched;
    bool m_saveAttempted = false;
    QList<FieldIssue> m_issues;
    QMetaObject::Connection m_focusConnection;
    qint64 m_draftId = 0;
    int m_changes = 0;
    int m_draftedChanges = 0;
};

} // namespace ch
