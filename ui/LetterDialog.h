#pragma once

// LetterDialog: the letters to a case's family. Staff pick the letter (the case's status suggests one)
// and the language (the family's, from the questionnaire), read it, then preview, print or save it as a
// PDF. The template behind it opens in LetterTemplateDialog.

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QPushButton;
class QLabel;
class QTextEdit;

namespace ch {

class Database;
class SafeTextDocument;

class LetterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterDialog)
public:
    LetterDialog(Database &database, qint64 caseId, QWidget *parent = nullptr);
    ~LetterDialog() override;

    QString kind() const;
    QString language() const;
    QString previewText() const;

    void preview();
    bool print();
    bool saveAsPdf();
    void editTemplate();
    void refresh();

Q_SIGNALS:
    void recorded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static QString suggestedKind(const QString &status);

    Database &m_db;
    qint64 m_caseId = 0;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_editTemplate = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QString m_writtenLanguage;
    bool m_languageKnown = false;
    QTextEdit *m_preview = nullptr;
    std::unique_ptr<SafeTextDocument> m_doc;
};

} // namespace ch
