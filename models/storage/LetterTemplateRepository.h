#pragma once

// LetterTemplateRepository: the letters sent to families (referral for a screened-out case; received, in
// review, matched) in English and Spanish. Defaults ship in resources/letters; staff edits are stored in
// the letter_templates table (schema v8) and audited. A template is plain text with {{placeholders}}
// (see placeholders()); it is never read as markup.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace ch {

class Database;

struct LetterTemplate
{
    QString kind;
    QString language;
    QString body;
    bool isDefault = true;
    QDateTime updatedAt; // for an edited template
    QString updatedBy;
};

class LetterTemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::LetterTemplateRepository)
public:
    explicit LetterTemplateRepository(const Database &database);
    explicit LetterTemplateRepository(QSqlDatabase connection);

    static QStringList kinds();     // referral, received, in_review, matched
    static QStringList languages(); // en, es
    static QString kindLabel(QStringView kind);
    static QString languageLabel(QStringView language);
    static QStringList placeholders(); // names usable as {{name}}
    static Result<QString> defaultBody(const QString &kind, const QString &language);

    Result<LetterTemplate> load(const QString &kind, const QString &language) const;
    // Stores an edited template; refuses an empty body and unknown kinds or languages.
    Status save(const QString &kind, const QString &language, const QString &body);
    // Goes back to the shipped default.
    Status resetToDefault(const QString &kind, const QString &language);

private:
    Status check(const QString &kind, const QString &language) const;
    QSqlDatabase m_db;
};

} // namespace ch
