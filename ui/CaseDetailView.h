#pragma once

// CaseDetailView: one case, read-only, grouped like the intake form, with its notes, status history and
// audit trail. Medical, family and abuse details stay hidden until staff ask to see them.

#include "domain/CaseRecord.h"
#include "domain/FieldCatalog.h"
#include "storage/CaseRepository.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ch {

struct AuditEntry;
class CasePacketPanel;
class FollowUpsPanel;
class Database;
class ReasonsChecklist;
class ScreeningPanel;

class CaseDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailView)
public:
    CaseDetailView(Database &database, qint64 caseId, QWidget *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    const CaseRecord &record() const { return m_record; }
    QString title() const;
    bool reload();

    void changeStatus(); // opens the dialog (not blocking); the change happens when it is accepted
    void focusNewNote();
    bool addNote(const QString &body);
    void showScreening(); // brings the screening tab forward
    void showReasons();   // brings the reasons checklist forward
    ScreeningPanel *screeningPanel() const { return m_screening; }
    ReasonsChecklist *reasonsChecklist() const { return m_reasons; }
    CasePacketPanel *packetPanel() const { return m_packet; }
    FollowUpsPanel *followUps() const { return m_followUps; }

Q_SIGNALS:
    void editRequested(qint64 caseId);
    void editFieldRequested(qint64 caseId, const QString &fieldKey); // open the form at this answer
    void caseChanged(qint64 caseId);
    void titleChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    QWidget *buildAnswers();
    void showHeader();
    void showAnswers();
    void showNotes();
    void showHistory();
    void showAudit();
    QString shownValue(const QString &key, const QString &value) const;
    QString auditChanges(const AuditEntry &e) const;
    QString sensitiveText(const QString &text) const;

    Database &m_db;
    CaseRepository m_repo;
    qint64 m_caseId = 0;
    CaseRecord m_record;

    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_showSensitive = nullptr;
    CasePacketPanel *m_packet = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QPair<QString, QLabel *>> m_values;
    QList<QPair<QString, QLabel *>> m_labels;
    QList<QPair<FieldGroup, QGroupBox *>> m_groupBoxes;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_noteButton = nullptr;
    QPushButton *m_addNoteButton = nullptr;
    ScreeningPanel *m_screening = nullptr;
    ReasonsChecklist *m_reasons = nullptr;
    QWidget *m_notesPage = nullptr;
    QTreeWidget *m_notes = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_audit = nullptr;
    FollowUpsPanel *m_followUps = nullptr;
};

} // namespace ch
