#pragma once

// EvidenceDialog: adds or edits one evidence item of a reason: its kind, a description, when it was asked
// for, when it arrived and where the file is kept. Dates are typed as YYYY-MM-DD and may stay empty
// (not asked for yet, not received yet); the dialog refuses a received date before the requested one.

#include "storage/ReasonRepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ch {

class EvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDialog)
public:
    EvidenceDialog(const EvidenceItem &item, QWidget *parent = nullptr);

    EvidenceItem item() const; // the item as entered (id, case and reason unchanged)
    void accept() override;    // stays open while a date is not a date

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QDate dateOf(const QLineEdit *edit, bool *ok) const;

    EvidenceItem m_item;
    QComboBox *m_type = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_requested = nullptr;
    QLineEdit *m_received = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace ch
