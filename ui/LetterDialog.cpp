#include "LetterDialog.h"

#include "FormRows.h"

#include "DocumentOutput.h"
#include "FileDialog.h"
#include "LetterTemplateDialog.h"
#include "MessageBox.h"
#include "packets/PacketService.h"
#include "packets/PacketWriter.h"
#include "packets/SafeTextDocument.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/LetterTemplateRepository.h"

#include <QEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

DocumentOutput::Paint letterPainter(Database *db, qint64 id, const QString &kind, const QString &language)
{
    return [db, id, kind, language](QPagedPaintDevice *device) -> Status {
        auto doc = PacketService(db->connection()).letter(id, kind, language);
        if (!doc)
            return doc.error();
        PacketWriter writer(device); // letters go to families: no "Confidential" header, no page numbers
        if (Status s = writer.write(**doc, {{}, {}, false}); !s)
            return s;
        return writer.finish();
    };
}

} // namespace

LetterDialog::LetterDialog(Database &database, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_db(database), m_caseId(caseId)
{
    setObjectName(u"letterDialog"_s);
    resize(760, 820);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"letterKindCombo"_s);
    for (const QString &k : LetterTemplateRepository::kinds())
        m_kind->addItem(QString(), k);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"letterLanguageCombo"_s);
    for (const QString &l : LetterTemplateRepository::languages())
        m_language->addItem(QString(), l);
    m_form = form;
    FormRows::add(form, m_kind);
    FormRows::add(form, m_language);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setObjectName(u"letterNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_preview = new QTextEdit(this);
    m_preview->setObjectName(u"letterPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setStyleSheet(u"QTextEdit { background: white; }"_s);
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto add = [buttons](const QString &name) {
        QPushButton *b = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_editTemplate = add(u"letterEditTemplateButton"_s);
    connect(m_editTemplate, &QPushButton::clicked, this, &LetterDialog::editTemplate);
    m_previewButton = add(u"letterPreviewButton"_s);
    connect(m_previewButton, &QPushButton::clicked, this, &LetterDialog::preview);
    m_printButton = add(u"letterPrintButton"_s);
    connect(m_printButton, &QPushButton::clicked, this, [this] { (void)print(); });
    m_saveButton = add(u"letterSaveButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)saveAsPdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Suggest the letter that fits the case's status, in the family's language.
    if (auto record = CaseRepository(m_db).load(caseId)) {
        m_kind->setCurrentIndex(m_kind->findData(suggestedKind(record->status)));
        if (auto lang = PacketService(m_db.connection()).letterLanguage(caseId)) {
            m_language->setCurrentIndex(m_language->findData(*lang));
            m_writtenLanguage = record->value(u"submitter_language").isEmpty()
                                    ? record->value(u"person_language")
                                    : record->value(u"submitter_language");
            m_languageKnown = true;
        }
    }
    retranslateUi();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterDialog::refresh);
    refresh();
}

void LetterDialog::retranslateUi()
{
    setWindowTitle(tr("Letters to the family, case %1").arg(m_caseId));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, LetterTemplateRepository::kindLabel(m_kind->itemData(i).toString()));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, LetterTemplateRepository::languageLabel(m_language->itemData(i).toString()));
    FormRows::setLabel(m_form, m_kind, tr("&Letter:"));
    FormRows::setLabel(m_form, m_language, tr("L&anguage:"));
    if (m_languageKnown)
        m_note->setText(m_writtenLanguage.isEmpty()
                            ? tr("The questionnaire does not say which language the family reads; English is "
                                 "chosen.")
                            : tr("The family's language on the questionnaire: %1.").arg(m_writtenLanguage));
    m_preview->setAccessibleName(tr("Letter"));
    m_editTemplate->setText(tr("Edit &template…"));
    m_previewButton->setText(tr("Print pre&view…"));
    m_printButton->setText(tr("&Print…"));
    m_saveButton->setText(tr("Save as P&DF…"));
}

void LetterDialog::changeEvent(QEvent *event)
{
    // The letter itself is in the family's language, chosen above; only the dialog's own words change.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

LetterDialog::~LetterDialog()
{
    m_preview->setDocument(nullptr);
}

QString LetterDialog::suggestedKind(const QString &status)
{
    if (status == u"screened_out"_s)
        return u"referral"_s;
    if (status == u"matched"_s || status == u"motion_filed"_s)
        return u"matched"_s;
    if (status == u"screening"_s || status == u"needs_info"_s || status == u"screened_in"_s)
        return u"in_review"_s;
    return u"received"_s;
}

QString LetterDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString LetterDialog::language() const
{
    return m_language->currentData().toString();
}

QString LetterDialog::previewText() const
{
    return m_doc ? m_doc->toPlainText() : QString();
}

void LetterDialog::refresh()
{
    auto doc = PacketService(m_db.connection()).letter(m_caseId, kind(), language());
    if (!doc) {
        m_preview->setDocument(nullptr);
        m_doc.reset();
        m_preview->setPlainText(doc.error().message);
        return;
    }
    (*doc)->setDocumentMargin(36); // on screen only; printing builds its own copy
    m_preview->setDocument(doc->get());
    m_doc = std::move(*doc);
}

void LetterDialog::preview()
{
    Database *db = &m_db;
    const qint64 id = m_caseId;
    const QString k = kind();
    const QString l = language();
    DocumentOutput::preview(this, tr("Letter for case %1").arg(id), letterPainter(db, id, k, l),
                            [this, db, id, k, l] {
                                if (PacketService(db->connection()).recordLetter(id, k, l, u"printer"_s))
                                    Q_EMIT recorded();
                            });
}

bool LetterDialog::print()
{
    Database *db = &m_db;
    const qint64 id = m_caseId;
    const QString k = kind();
    const QString l = language();
    const bool printed =
        DocumentOutput::print(this, tr("Letter for case %1").arg(id), letterPainter(db, id, k, l));
    if (printed && PacketService(m_db.connection()).recordLetter(id, k, l, u"printer"_s))
        Q_EMIT recorded();
    return printed;
}

bool LetterDialog::saveAsPdf()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save letter as PDF"), u"case-%1-letter-%2-%3.pdf"_s.arg(m_caseId).arg(kind(), language()),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (Status s = PacketService(m_db.connection()).saveLetter(m_caseId, kind(), language(), path); !s) {
        MessageBox::critical(this, tr("Letter not saved"), s.error().message);
        return false;
    }
    Q_EMIT recorded();
    return true;
}

void LetterDialog::editTemplate()
{
    auto *dialog = new LetterTemplateDialog(m_db, this, kind(), language());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetterTemplateDialog::saved, this, &LetterDialog::refresh);
    dialog->open();
}

} // namespace ch
