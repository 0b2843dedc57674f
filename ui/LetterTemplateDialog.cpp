#include "LetterTemplateDialog.h"

#include "MessageBox.h"
#include "packets/LetterBuilder.h"
#include "storage/Database.h"
#include "storage/LetterTemplateRepository.h"

#include <QEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

LetterTemplateDialog::LetterTemplateDialog(Database &database, QWidget *parent, const QString &kind,
                                           const QString &language)
    : QDialog(parent), m_db(database)
{
    setObjectName(u"letterTemplateDialog"_s);
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);

    auto *choice = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"templateKindCombo"_s);
    for (const QString &k : LetterTemplateRepository::kinds())
        m_kind->addItem(QString(), k);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"templateLanguageCombo"_s);
    for (const QString &l : LetterTemplateRepository::languages())
        m_language->addItem(QString(), l);
    auto *kindLabel = new QLabel(this);
    m_kindLabel = kindLabel;
    kindLabel->setBuddy(m_kind);
    auto *langLabel = new QLabel(this);
    m_languageLabel = langLabel;
    langLabel->setBuddy(m_language);
    choice->addWidget(kindLabel);
    choice->addWidget(m_kind, 1);
    choice->addSpacing(12);
    choice->addWidget(langLabel);
    choice->addWidget(m_language);
    layout->addLayout(choice);

    m_status = new QLabel(this);
    m_status->setObjectName(u"templateStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"templateEdit"_s);
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit, 1);

    auto *help = new QLabel(this);
    m_help = help;
    help->setObjectName(u"templateHelp"_s);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"templateWarning"_s);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { color: #9a3412; }"_s);
    m_warning->hide();
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(u"templateSaveButton"_s);
    QPushButton *reset = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_reset = reset;
    reset->setObjectName(u"templateResetButton"_s);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(reset, &QPushButton::clicked, this, [this] { (void)resetToDefault(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!kind.isEmpty())
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    if (!language.isEmpty())
        m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::onChoiceChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::onChoiceChanged);
    connect(m_edit, &QPlainTextEdit::modificationChanged, m_save, &QPushButton::setEnabled);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &LetterTemplateDialog::updateWarnings);
    retranslateUi();
    load();
}

void LetterTemplateDialog::retranslateUi()
{
    setWindowTitle(tr("Letter templates"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, LetterTemplateRepository::kindLabel(m_kind->itemData(i).toString()));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, LetterTemplateRepository::languageLabel(m_language->itemData(i).toString()));
    m_kindLabel->setText(tr("&Letter:"));
    m_languageLabel->setText(tr("L&anguage:"));
    m_edit->setAccessibleName(tr("Letter text"));
    QStringList names;
    for (const QString &p : LetterTemplateRepository::placeholders())
        names << u"{{"_s + p + u"}}"_s;
    m_help->setText(tr("Plain text: a blank line starts a new paragraph. These are filled in from the case: "
                       "%1.")
                        .arg(names.join(u", "_s)));
    m_save->setText(tr("&Save"));
    m_reset->setText(tr("&Reset to default"));
}

void LetterTemplateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi(); // the letter being edited stays as typed
        showStatus();
        updateWarnings();
    }
    QDialog::changeEvent(event);
}

void LetterTemplateDialog::showStatus()
{
    if (!m_loadError.isEmpty()) {
        m_status->setText(m_loadError);
        return;
    }
    m_status->setText(m_loadedDefault ? tr("The letter shipped with the program.")
                                      : tr("Edited by %1 on %2.")
                                            .arg(m_loadedBy, QLocale().toString(m_loadedAt.toLocalTime(),
                                                                                QLocale::ShortFormat)));
}

bool LetterTemplateDialog::isModified() const
{
    return m_edit->document()->isModified();
}

void LetterTemplateDialog::load()
{
    m_loadedKind = m_kind->currentData().toString();
    m_loadedLanguage = m_language->currentData().toString();
    auto t = LetterTemplateRepository(m_db).load(m_loadedKind, m_loadedLanguage);
    if (!t) {
        m_edit->clear();
        m_loadError = t.error().message;
        showStatus();
        return;
    }
    m_loadError.clear();
    m_loadedDefault = t->isDefault;
    m_loadedBy = t->updatedBy;
    m_loadedAt = t->updatedAt;
    m_edit->setPlainText(t->body);
    m_edit->document()->setModified(false);
    m_save->setEnabled(false);
    showStatus();
    updateWarnings();
}

void LetterTemplateDialog::updateWarnings()
{
    const QStringList unknown = LetterBuilder::unknownPlaceholders(m_edit->toPlainText());
    m_warning->setVisible(!unknown.isEmpty());
    if (!unknown.isEmpty())
        m_warning->setText(
            tr("Not known, so printed as typed: %1. Check the spelling against the list above.")
                .arg(u"{{"_s + unknown.join(u"}}, {{"_s) + u"}}"_s));
}

bool LetterTemplateDialog::confirmDiscard()
{
    if (!isModified())
        return true;
    return MessageBox::question(
               this, tr("Discard changes?"),
               tr("The letter you were editing has changes that are not saved. Discard them?"),
               MessageBox::Buttons(QMessageBox::Discard | QMessageBox::Cancel),
               QMessageBox::Cancel) == QMessageBox::Discard;
}

void LetterTemplateDialog::onChoiceChanged()
{
    if (!confirmDiscard()) {
        const QSignalBlocker b1(m_kind);
        const QSignalBlocker b2(m_language);
        m_kind->setCurrentIndex(m_kind->findData(m_loadedKind));
        m_language->setCurrentIndex(m_language->findData(m_loadedLanguage));
        return;
    }
    load();
}

bool LetterTemplateDialog::save()
{
    if (Status s = LetterTemplateRepository(m_db).save(m_loadedKind, m_loadedLanguage, m_edit->toPlainText());
        !s) {
        MessageBox::critical(this, tr("Letter not saved"), s.error().message);
        return false;
    }
    load();
    Q_EMIT saved();
    return true;
}

bool LetterTemplateDialog::resetToDefault()
{
    if (MessageBox::question(
            this, tr("Reset the letter?"),
            tr("Replace this letter with the one shipped with the program? Your edits to it are "
               "lost."),
            MessageBox::Buttons(QMessageBox::Reset | QMessageBox::Cancel),
            QMessageBox::Cancel) != QMessageBox::Reset)
        return false;
    if (Status s = LetterTemplateRepository(m_db).resetToDefault(m_loadedKind, m_loadedLanguage); !s) {
        MessageBox::critical(this, tr("Letter not reset"), s.error().message);
        return false;
    }
    load();
    Q_EMIT saved();
    return true;
}

void LetterTemplateDialog::done(int result)
{
    if (!confirmDiscard())
        return;
    QDialog::done(result);
}

} // namespace ch
