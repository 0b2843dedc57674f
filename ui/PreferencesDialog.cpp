#include "PreferencesDialog.h"

#include "BackupController.h"
#include "FormRows.h"
#include "core/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include "IdleLock.h"
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), QString()); // "System": retranslateUi()
    // Each language is named in itself, so that someone who cannot read the current one still finds theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));

    m_backupInterval = new QSpinBox(this);
    m_backupInterval->setObjectName(u"backupIntervalSpin"_s);
    m_backupInterval->setRange(0, 24 * 60);
    m_backupInterval->setSingleStep(5);
    m_backupInterval->setValue(BackupController::intervalMinutes());

    auto *form = new QFormLayout;
    m_form = form;
    FormRows::add(form, m_language);
    FormRows::add(form, m_backupInterval);
    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(u"idleLockSpin"_s);
    m_idleLock->setRange(0, 240);
    m_idleLock->setValue(IdleLock::idleMinutes());
    FormRows::add(form, m_idleLock);

    // Backup encryption. The passphrase lives only in memory (BackupController::sessionPassphrase()).
    const QString current = BackupController::sessionPassphrase();
    m_encrypt = new QCheckBox(this);
    m_encrypt->setObjectName(u"encryptBackupsCheck"_s);
    m_encrypt->setChecked(!current.isEmpty());
    form->addRow(m_encrypt);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(u"backupPassphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setText(current);
    FormRows::add(form, m_passphrase);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"backupPassphraseConfirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setText(current);
    FormRows::add(form, m_confirm);
    m_passphraseNote = new QLabel(this);
    m_passphraseNote->setObjectName(u"backupPassphraseNote"_s);
    m_passphraseNote->setTextFormat(Qt::PlainText);
    m_passphraseNote->setWordWrap(true);
    m_passphraseProblem = new QLabel(this);
    m_passphraseProblem->setObjectName(u"backupPassphraseProblem"_s);
    m_passphraseProblem->setTextFormat(Qt::PlainText);
    m_passphraseProblem->setStyleSheet(u"color: #b3261e;"_s);
    m_passphraseProblem->setWordWrap(true);
    connect(m_encrypt, &QCheckBox::toggled, this, &PreferencesDialog::updatePassphraseState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PreferencesDialog::updatePassphraseState);
    connect(m_confirm, &QLineEdit::textChanged, this, &PreferencesDialog::updatePassphraseState);

    auto *note = new QLabel(this);
    m_note = note;
    note->setObjectName(u"preferencesBackupNote"_s);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    buttons->setObjectName(u"preferencesButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passphraseNote);
    layout->addWidget(m_passphraseProblem);
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslateUi();
    updatePassphraseState();
    setMinimumWidth(480); // the notes wrap into a few readable lines
}

QString PreferencesDialog::passphraseProblem() const
{
    if (!m_encrypt->isChecked())
        return {};
    if (m_passphrase->text().isEmpty())
        return tr("Enter a passphrase, or turn encryption off.");
    if (m_passphrase->text() != m_confirm->text())
        return tr("The two passphrases differ; type the same one twice.");
    return {};
}

void PreferencesDialog::updatePassphraseState()
{
    const bool on = m_encrypt->isChecked();
    m_passphrase->setEnabled(on && !m_backupsOnServer);
    m_confirm->setEnabled(on && !m_backupsOnServer);
    const QString problem = passphraseProblem();
    // Nothing typed yet is not an error worth a red line; OK simply waits for the passphrase.
    m_passphraseProblem->setText(on && !m_passphrase->text().isEmpty() ? problem : QString());
    m_passphraseProblem->setVisible(!m_passphraseProblem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of menus, forms and letters on screen"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->setItemText(0, systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage));
    for (QSpinBox *minutes : {m_backupInterval, m_idleLock}) {
        minutes->setSuffix(tr(" min"));
        minutes->setSpecialValueText(tr("Never"));
    }
    m_backupInterval->setAccessibleName(tr("Minutes between automatic backups"));
    m_backupInterval->setAccessibleDescription(tr("0 turns automatic backups off; a backup is still made on closing"));
    m_idleLock->setAccessibleName(tr("Minutes without input before the window locks"));
    FormRows::setLabel(m_form, m_language, tr("&Language:"));
    FormRows::setLabel(m_form, m_backupInterval, tr("&Automatic backup every:"));
    FormRows::setLabel(m_form, m_idleLock, tr("Lock the window after &idle:"));
    m_encrypt->setText(tr("&Encrypt backups with a passphrase"));
    FormRows::setLabel(m_form, m_passphrase, tr("&Passphrase:"));
    FormRows::setLabel(m_form, m_confirm, tr("&Confirm passphrase:"));
    m_passphrase->setAccessibleName(tr("Backup passphrase"));
    m_confirm->setAccessibleName(tr("Backup passphrase again"));
    m_passphraseNote->setText(tr("The passphrase is kept only while the program runs and is never saved: enter it "
                                 "again after each start, or backups are written unencrypted. Without it an "
                                 "encrypted backup cannot be restored, so keep it somewhere safe."));
    if (m_buttons)
        updatePassphraseState(); // the problem line in the new language
    m_note->setText(m_backupsOnServer ? BackupController::sharedDatabaseNote()
                                      : tr("A backup is also made each time the program closes."));
}

void PreferencesDialog::setBackupsOnServer(bool onServer)
{
    m_backupsOnServer = onServer;
    m_backupInterval->setEnabled(!onServer);
    m_encrypt->setEnabled(!onServer);
    m_passphraseNote->setVisible(!onServer); // about backups this program writes, which it then does not
    updatePassphraseState();
    retranslateUi();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString PreferencesDialog::language()
{
    const QString code = QSettings().value(u"ui/language"_s).toString();
    return Translations::availableLanguages().contains(code) ? code : QString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

QLocale PreferencesDialog::locale()
{
    const QString code = language();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void PreferencesDialog::applyLanguage()
{
    const QLocale l = locale();
    QLocale::setDefault(l);
    Translations::install(l);
}

void PreferencesDialog::apply()
{
    const QString code = m_language->currentData().toString();
    const bool languageChanged = code != language();
    setLanguage(code);
    BackupController::setIntervalMinutes(m_backupInterval->value());
    IdleLock::setIdleMinutes(m_idleLock->value());
    if (passphraseProblem().isEmpty())
        BackupController::setSessionPassphrase(m_encrypt->isChecked() ? m_passphrase->text() : QString());
    if (languageChanged)
        applyLanguage();
    Q_EMIT applied();
}

} // namespace ch
