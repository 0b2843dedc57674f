#pragma once

// LetterBuilder: a letter to a family from a staff-edited template (LetterTemplateRepository). The
// template is plain text: blank lines separate paragraphs and {{name}} stands for a value of the case. The
// template text and every value are escaped, values are put in in one pass (a value that looks like a
// placeholder stays as typed), and the letter is written in the template's language, whatever language
// the program runs in.

#include "PacketData.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace ch {

class SafeTextDocument;

class LetterBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ch::LetterBuilder)
public:
    // "es" when the submitter (or else the person) writes in Spanish, otherwise "en".
    static QString familyLanguage(const CaseRecord &record);
    // Placeholders in body that the builder does not know (shown to staff in the template editor).
    static QStringList unknownPlaceholders(const QString &body);

    static QString html(const QString &templateBody, const PacketData &d, const QString &language,
                        QDate date);
    static std::unique_ptr<SafeTextDocument> build(const QString &templateBody, const PacketData &d,
                                                   const QString &language, QDate date);

private:
    static QString value(const QString &name, const PacketData &d, const QString &language, QDate date);
    static QString phrase(const QString &key, const QString &language);
};

} // namespace ch
