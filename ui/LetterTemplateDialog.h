#pragma once

// LetterTemplateDialog: staff edit the letters to families, one kind and language at a time. The text is
// plain: blank lines separate paragraphs and {{placeholders}} are filled from the case; unknown
// placeholders are pointed out before saving. Reset goes back to the letter shipped with the program.

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ch {

class Database;

class LetterTemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterTemplateDialog)
public:
    LetterTemplateDialog(Database &database, QWidget *parent = nullptr, const QString &kind = {},
                         const QString &language = {});

    bool save();
    bool resetToDefault();
    bool isModified() const;

Q_SIGNALS:
    void saved();

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStatus();
    void load();
    void onChoiceChanged();
    void updateWarnings();
    bool confirmDiscard();

    Database &m_db;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_save = nullptr;
    QString m_loadedKind;
    QString m_loadedLanguage;
    QString m_loadError;
    bool m_loadedDefault = true;
    QString m_loadedBy;
    QDateTime m_loadedAt;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_help = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace ch
