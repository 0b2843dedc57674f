#include "ChangeStatusDialog.h"

#include "domain/CaseStatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

ChangeStatusDialog::ChangeStatusDialog(const QString &currentStatus, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"changeStatusDialog"_s);
    setWindowTitle(tr("Change status"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The case is now “%1”.").arg(CaseStatus::label(currentStatus)), this);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusChoice"_s);
    for (const QString &code : CaseStatus::allowedNext(currentStatus))
        m_status->addItem(CaseStatus::label(code), code);
    m_status->setAccessibleName(tr("New status"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"statusComment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Optional: why the status changes"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setFixedHeight(80);
    form->addRow(tr("&New status:"), m_status);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change status"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"changeStatusOkButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_status->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
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
