#include "EvidenceDialog.h"

#include "domain/ReasonCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

EvidenceDialog::EvidenceDialog(const EvidenceItem &item, QWidget *parent) : QDialog(parent), m_item(item)
{
    setObjectName(u"evidenceDialog"_s);
    setWindowTitle(item.id ? tr("Edit evidence") : tr("Add evidence"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Evidence for “%1”").arg(ReasonCatalog::label(item.reasonCode)), this);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"evidenceType"_s);
    for (const QString &t : ReasonRepository::evidenceTypes())
        m_type->addItem(ReasonRepository::evidenceTypeLabel(t), t);
    m_type->setCurrentIndex(qMax(0, m_type->findData(item.type)));
    m_description = new QLineEdit(item.description, this);
    m_description->setObjectName(u"evidenceDescription"_s);
    m_description->setMaxLength(2000);
    auto dateEdit = [this](const QString &name, QDate value) {
        auto *e = new QLineEdit(value.isValid() ? value.toString(Qt::ISODate) : QString(), this);
        e->setObjectName(name);
        e->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
        e->setMaxLength(10);
        return e;
    };
    m_requested = dateEdit(u"evidenceRequested"_s, item.requestedOn);
    m_received = dateEdit(u"evidenceReceived"_s, item.receivedOn);
    m_file = new QLineEdit(item.fileReference, this);
    m_file->setObjectName(u"evidenceFileReference"_s);
    m_file->setMaxLength(1000);
    m_file->setPlaceholderText(tr("Where it is kept: folder or document number"));
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Requested on:"), m_requested);
    form->addRow(tr("R&eceived on:"), m_received);
    form->addRow(tr("&File reference:"), m_file);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"evidenceError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a40000;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"evidenceButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QDate EvidenceDialog::dateOf(const QLineEdit *edit, bool *ok) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        *ok = true;
        return {};
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    *ok = d.isValid();
    return d;
}

EvidenceItem EvidenceDialog::item() const
{
    EvidenceItem out = m_item;
    out.type = m_type->currentData().toString();
    out.description = m_description->text().trimmed();
    bool ok = false;
    out.requestedOn = dateOf(m_requested, &ok);
    out.receivedOn = dateOf(m_received, &ok);
    out.fileReference = m_file->text().trimmed();
    return out;
}

void EvidenceDialog::accept()
{
    bool requestedOk = false;
    bool receivedOk = false;
    const QDate requested = dateOf(m_requested, &requestedOk);
    const QDate received = dateOf(m_received, &receivedOk);
    QString problem;
    if (!requestedOk)
        problem = tr("The requested date is not a date. Write it as YYYY-MM-DD, or leave it empty.");
    else if (!receivedOk)
        problem = tr("The received date is not a date. Write it as YYYY-MM-DD, or leave it empty.");
    else if (requested.isValid() && received.isValid() && received < requested)
        problem = tr("The evidence cannot be received before it was requested. Check the two dates.");
    else if (received.isValid() && received > QDate::currentDate())
        problem = tr("The received date is in the future. Enter it when the evidence has arrived.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        (!requestedOk ? m_requested : m_received)->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace ch
