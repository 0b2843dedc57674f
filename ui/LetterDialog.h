#pragma once

// LetterDialog: the letters to a case's family. Staff pick the letter (the case's status suggests one)
// and the language (the family's, from the questionnaire), read it, then preview, print or save it as a
// PDF. The template behind it opens in LetterTemplateDialog.

#include <QDialog>

#include <memory>

class QComboBox;
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

private:
    static QString suggestedKind(const QString &status);

    Database &m_db;
    qint64 m_caseId = 0;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QTextEdit *m_preview = nullptr;
    std::unique_ptr<SafeTextDocument> m_doc;
};

} // namespace ch
