#pragma once

// ChangeStatusDialog: moves a case to one of the statuses allowed next (CaseStatus::allowedNext), with an
// optional comment for the status history.

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QPlainTextEdit;

namespace ch {

class ChangeStatusDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangeStatusDialog(const QString &currentStatus, QWidget *parent = nullptr);

    QString chosenStatus() const;
    QString comment() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_currentStatus;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_ok = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace ch
