#pragma once

// ReasonsChecklist: the §1B1.13(b) reasons of one case as a checklist a reviewer works through: the table
// shows every category and sub-category with the family's claim, the staff assessment and the evidence;
// beside it the chosen reason's assessment, narrative and evidence items can be changed. Every change is
// saved at once through ReasonChecklistModel (one transaction each, audit logged); changing the reason
// with an unsaved narrative saves it first, so nothing typed is lost.

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace ch {

class Database;
class ReasonChecklistModel;
struct EvidenceItem;

class ReasonsChecklist final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonsChecklist)
public:
    ReasonsChecklist(Database &database, qint64 caseId, QWidget *parent = nullptr);

    ReasonChecklistModel *model() const { return m_model; }
    void reload();
    bool selectReason(const QString &code);
    QString currentReason() const;
    bool saveAssessment(); // the chosen reason's assessment and narrative; false when refused
    bool isDirty() const;

    void addEvidence();    // opens EvidenceDialog (not blocking); saved when accepted
    void editEvidence();   // the chosen evidence item
    bool removeEvidence(); // asks first

Q_SIGNALS:
    void changed(); // something was saved

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showCurrentTexts(); // the current reason's labels, not its editable answers
    void onCurrentReasonChanged(int previousRow);
    void showCurrent();
    void showEvidence();
    void updateBanner();
    void updateButtons();
    void openEvidenceDialog(const EvidenceItem &item);

    ReasonChecklistModel *m_model = nullptr;
    int m_row = -1;
    bool m_loading = false;

    QLabel *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_claimed = nullptr;
    QLabel *m_combinedNote = nullptr;
    QComboBox *m_assessment = nullptr;
    QPlainTextEdit *m_narrative = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_assessmentLabel = nullptr;
    QLabel *m_narrativeLabel = nullptr;
    QGroupBox *m_evidenceBox = nullptr;
    QPushButton *m_save = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QPushButton *m_addEvidence = nullptr;
    QPushButton *m_editEvidence = nullptr;
    QPushButton *m_removeEvidence = nullptr;
};

} // namespace ch
