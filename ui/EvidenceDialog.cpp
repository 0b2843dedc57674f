#include "EvidenceDialog.h"

#include "FormRows.h"

#include "domain/ReasonCatalog.h"

#include <QEvent>
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
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"evidenceType"_s);
    for (const QString &t : ReasonRepository::evidenceTypes())
        m_type->addItem(QString(), t);
    m_type->setCurrentIndex(qMax(0, m_type->findData(item.type)));
    m_description = new QLineEdit(item.description, this);
    m_description->setObjectName(u"evidenceDescription"_s);
    m_description->setMaxLength(2000);
    auto dateEdit = [this](const QString &name, QDate value) {
        auto *e = new QLineEdit(value.isValid() ? value.toString(Qt::ISODate) : QString(), this);
        e->setObjectName(name);
        e->setMaxLength(10);
        return e;
    };
    m_requested = dateEdit(u"evidenceRequested"_s, item.requestedOn);
    m_received = dateEdit(u"evidenceReceived"_s, item.receivedOn);
    m_file = new QLineEdit(item.fileReference, this);
    m_file->setObjectName(u"evidenceFileReference"_s);
    m_file->setMaxLength(1000);
    m_form = form;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_description, m_requested, m_received, m_file})
        FormRows::add(form, w);
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
    retranslateUi();
    setMinimumWidth(460);
}

void EvidenceDialog::retranslateUi()
{
    setWindowTitle(m_item.id ? tr("Edit evidence") : tr("Add evidence"));
    m_intro->setText(tr("Evidence for “%1”").arg(ReasonCatalog::label(m_item.reasonCode)));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, ReasonRepository::evidenceTypeLabel(m_type->itemData(i).toString()));
    // Dates are typed as ISO dates in every language: unambiguous, and what the checks below expect.
    m_requested->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_received->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_file->setPlaceholderText(tr("Where it is kept: folder or document number"));
    FormRows::setLabel(m_form, m_type, tr("&Kind:"));
    FormRows::setLabel(m_form, m_description, tr("&Description:"));
    FormRows::setLabel(m_form, m_requested, tr("&Requested on:"));
    FormRows::setLabel(m_form, m_received, tr("R&eceived on:"));
    FormRows::setLabel(m_form, m_file, tr("&File reference:"));
}

void EvidenceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
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
