#pragma once

// PreferencesDialog (Edit > Preferences…): the interface language, the minutes between automatic
// backups, an optional passphrase that encrypts backups (kept in memory for this run only, never in the
// settings) and the idle minutes before the window locks. OK applies them at once: the language changes without a restart (translators are swapped and
// every window gets a LanguageChange event), so open forms keep what was typed.

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace ch {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Settings (QSettings "ui/language"): "" follows the system, else "en" or "es".
    static QString language();
    static void setLanguage(const QString &code);
    // The locale for that setting; installs its translations (at start and after OK).
    static QLocale locale();
    static void applyLanguage();

    // Shared mode: backups belong to the server, so their settings are shown disabled, with the reason.
    void setBackupsOnServer(bool onServer);

    // Stores and applies what the dialog shows, then emits applied(); OK calls it.
    void apply();

Q_SIGNALS:
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePassphraseState();
    // Empty when the passphrase fields may be applied, else what is wrong with them.
    QString passphraseProblem() const;

    QComboBox *m_language = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_note = nullptr;
    QSpinBox *m_backupInterval = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_passphraseNote = nullptr;
    QLabel *m_passphraseProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_backupsOnServer = false;
};

} // namespace ch
