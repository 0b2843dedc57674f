#include "ChangeStatusDialog.h"

#include "FormRows.h"
#include "domain/CaseStatus.h"

#include <QEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

ChangeStatusDialog::ChangeStatusDialog(const QString &currentStatus, QWidget *parent)
    : QDialog(parent), m_currentStatus(currentStatus)
{
    setObjectName(u"changeStatusDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusChoice"_s);
    for (const QString &code : CaseStatus::allowedNext(currentStatus))
        m_status->addItem(QString(), code);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"statusComment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(80);
    m_form = form;
    FormRows::add(form, m_status);
    FormRows::add(form, m_comment);
    layout->addLayout(form);

    // Not the standard Ok button: QDialogButtonBox resets standard buttons' texts on a language change.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"changeStatusOkButton"_s);
    m_ok->setDefault(true);
    m_ok->setEnabled(m_status->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
    resize(420, sizeHint().height());
}

void ChangeStatusDialog::retranslateUi()
{
    setWindowTitle(tr("Change status"));
    m_intro->setText(tr("The case is now “%1”.").arg(CaseStatus::label(m_currentStatus)));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, CaseStatus::label(m_status->itemData(i).toString()));
    m_status->setAccessibleName(tr("New status"));
    m_comment->setPlaceholderText(tr("Optional: why the status changes"));
    m_comment->setAccessibleName(tr("Comment"));
    FormRows::setLabel(m_form, m_status, tr("&New status:"));
    FormRows::setLabel(m_form, m_comment, tr("&Comment:"));
    m_ok->setText(tr("Change status"));
}

void ChangeStatusDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ChangeStatusDialog::chosenStatus() const
{
    return m_status->currentData().toString();
}

QString ChangeStatusDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace ch
