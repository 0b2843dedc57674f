#pragma once

// CasePacketPanel: the row under a case's header that hands the case over: the redaction profile, print
// preview, print and save as PDF of the volunteer's packet, and the letters to the family. Every packet
// printed or saved is recorded in the case's audit history.

#include "packets/RedactionProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QPrintPreviewDialog;

namespace ch {

class Database;

class CasePacketPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasePacketPanel)
public:
    CasePacketPanel(Database &database, qint64 caseId, QWidget *parent = nullptr);

    RedactionProfile profile() const;
    QPrintPreviewDialog *preview();
    bool print();
    bool saveAsPdf();
    void openLetters();

Q_SIGNALS:
    void recorded(); // an audit entry was added

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_db;
    qint64 m_caseId = 0;
    QComboBox *m_profile = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_letters = nullptr;
};

} // namespace ch
