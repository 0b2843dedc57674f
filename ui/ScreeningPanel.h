#pragma once

// ScreeningPanel: the case's current screening result as staff read it: the outcome, the failing gates,
// the key dates each with its one-sentence explanation (the exhaustion date first, because it decides
// when a motion may be filed), the answers still missing (each a link to its field in the intake form),
// the referral text to send the family of a screened-out case, contested reasons, the rule set and as-of
// date, and the earlier results. The BOP Program Statement 5050.50 view can be shown beside the USSG view.
// Everything shown comes from the stored result (ScreeningStore), so it is what was recorded.

#include "domain/CaseRecord.h"
#include "screening/ScreeningStore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace ch {

class Database;

class ScreeningPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningPanel)
public:
    ScreeningPanel(Database &database, qint64 caseId, QWidget *parent = nullptr);

    // Shows the stored result for `record` (the case as saved). False when it could not be read.
    bool reload(const CaseRecord &record);
    QString outcome() const { return m_current ? m_current->outcome : QString(); }
    void setBopViewVisible(bool visible);

Q_SIGNALS:
    void fieldRequested(const QString &fieldKey); // staff clicked a missing answer

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showResult(const StoredScreening &stored);
    void showMissing(const QStringList &gateFields, const QStringList &dateFields);
    void showDates(const QJsonObject &result);
    void showBop(const QJsonObject &result);
    void showContested(const QJsonObject &result);
    void showReferral();
    void showHistory(const QList<StoredScreening> &history);
    void copyReferral();

    Database &m_db;
    qint64 m_caseId = 0;
    std::optional<StoredScreening> m_current;

    std::optional<CaseRecord> m_record; // the last one shown, to redo the texts in another language
    QHash<QString, QString> m_liveExplanations; // key date code -> its sentence in today's language
    QPushButton *m_again = nullptr;
    QLabel *m_missingGateLabel = nullptr;
    QLabel *m_missingDatesLabel = nullptr;
    QLabel *m_referralHint = nullptr;
    QGroupBox *m_historyBox = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_gates = nullptr;
    QLabel *m_ruleSet = nullptr;
    QCheckBox *m_bopToggle = nullptr;
    QGroupBox *m_exhaustionBox = nullptr;
    QLabel *m_exhaustionDate = nullptr;
    QLabel *m_exhaustionText = nullptr;
    QGroupBox *m_datesBox = nullptr;
    QGroupBox *m_bopBox = nullptr;
    QGroupBox *m_missingBox = nullptr;
    QWidget *m_missingGate = nullptr;
    QWidget *m_missingDates = nullptr;
    QGroupBox *m_contestedBox = nullptr;
    QLabel *m_contestedText = nullptr;
    QGroupBox *m_referralBox = nullptr;
    QComboBox *m_referralLanguage = nullptr;
    QPlainTextEdit *m_referralText = nullptr;
    QPushButton *m_copyReferral = nullptr;
    QLabel *m_copied = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace ch
