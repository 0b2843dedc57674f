#include "LetterBuilder.h"

#include "PacketBuilder.h"
#include "PacketHtml.h"
#include "RichText.h"
#include "SafeTextDocument.h"
#include "storage/LetterTemplateRepository.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z_]+)\\s*\\}\\}"_s);
    return re;
}

} // namespace

QString LetterBuilder::familyLanguage(const CaseRecord &record)
{
    for (const QString &key : {u"submitter_language"_s, u"person_language"_s}) {
        const QString v = record.value(key).trimmed().toLower();
        if (v.isEmpty())
            continue;
        if (v == u"es"_s || v.startsWith(u"es-"_s) || v.startsWith(u"es_"_s) || v.startsWith(u"span"_s) ||
            v.startsWith(u"espa"_s))
            return u"es"_s;
        return u"en"_s;
    }
    return u"en"_s;
}

QStringList LetterBuilder::unknownPlaceholders(const QString &body)
{
    QStringList unknown;
    const QStringList known = LetterTemplateRepository::placeholders();
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

// The few words a letter needs beyond its template, in the letter's language (not the program's).
QString LetterBuilder::phrase(const QString &key, const QString &language)
{
    const bool es = language == u"es"_s;
    if (key == u"family_name"_s)
        return es ? u"familiar"_s : u"family member"_s;
    if (key == u"person_name"_s)
        return es ? u"su ser querido"_s : u"your loved one"_s;
    if (key == u"register_number"_s)
        return es ? u"no indicado"_s : u"not given"_s;
    if (key == u"volunteer_name"_s)
        return es ? u"un abogado voluntario"_s : u"a volunteer lawyer"_s;
    if (key == u"referral_text"_s)
        return es ? u"Adjuntamos información sobre otros recursos que pueden ayudarle."_s
                  : u"We have enclosed information about other resources that may help."_s;
    if (key == u"facility"_s)
        return es ? u"su centro"_s : u"the facility"_s;
    if (key == u"re"_s)
        return es ? u"Asunto"_s : u"Re"_s;
    if (key == u"case"_s)
        return es ? u"caso %1"_s : u"case %1"_s;
    return {};
}

QString LetterBuilder::value(const QString &name, const PacketData &d, const QString &language, QDate date)
{
    const CaseRecord &r = d.record;
    auto orPhrase = [&](const QString &v) {
        return v.trimmed().isEmpty() ? RichText::escape(phrase(name, language)) : RichText::escape(v);
    };
    if (name == u"family_name"_s)
        return orPhrase(r.value(u"submitter_name"));
    if (name == u"person_name"_s)
        return orPhrase(r.value(u"person_name"));
    if (name == u"register_number"_s)
        return orPhrase(r.value(u"register_number"));
    if (name == u"facility"_s)
        return orPhrase(r.value(u"facility"));
    if (name == u"case_id"_s)
        return QString::number(r.id);
    if (name == u"volunteer_name"_s) {
        QString v = d.assignment ? d.assignment->volunteerName : QString();
        if (d.volunteer && !d.volunteer->organization.isEmpty() && !v.isEmpty())
            v += u", "_s + d.volunteer->organization;
        return orPhrase(v);
    }
    if (name == u"referral_text"_s) {
        const QString text = d.screening ? d.screening->referralText(language) : QString();
        return text.trimmed().isEmpty() ? RichText::escape(phrase(name, language))
                                        : RichText::escapeLines(text);
    }
    if (name == u"date"_s)
        return RichText::escape(
            QLocale(language == u"es"_s ? QLocale::Spanish : QLocale::English)
                .toString(date, language == u"es"_s ? u"d 'de' MMMM 'de' yyyy"_s : u"MMMM d, yyyy"_s));
    return {};
}

QString LetterBuilder::html(const QString &templateBody, const PacketData &d, const QString &language,
                            QDate date)
{
    QString body = templateBody;
    body.replace(u"\r\n"_s, u"\n"_s);
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n+"_s);
    const QStringList paragraphs = body.trimmed().split(blankLines, Qt::SkipEmptyParts);

    const QString letterDate = value(u"date"_s, d, language, date);
    QString out = u"<html><body>"_s;
    out += u"<p style=\"font-size: 15pt; font-weight: bold; color: #1c3d6e; margin-bottom: 0px;\">"
           "Compassionate Release Clearinghouse</p>"_s;
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom: 28px;\"><tr>"
           "<td style=\"border-bottom: 1px solid #9db3d6;\">&nbsp;</td></tr></table>"_s;
    out += u"<p align=\"right\" style=\"margin-bottom: 22px;\">%1</p>"_s.arg(letterDate);
    // The recipient block: the first submitter, as the family wrote their name and address.
    const QString name = d.record.value(u"submitter_name");
    const QString address = d.record.value(u"submitter_address");
    if (!name.isEmpty() || !address.isEmpty()) {
        QStringList lines;
        if (!name.isEmpty())
            lines << RichText::escape(name);
        if (!address.isEmpty())
            lines << RichText::escapeLines(address.trimmed());
        out += u"<p style=\"margin-bottom: 22px;\">%1</p>"_s.arg(lines.join(u"<br/>"_s));
    }
    QString re = value(u"person_name"_s, d, language, date);
    if (!d.record.value(u"register_number").isEmpty())
        re += u", "_s + value(u"register_number"_s, d, language, date);
    re += u" ("_s + phrase(u"case"_s, language).arg(d.record.id) + u")"_s;
    out += u"<p style=\"margin-bottom: 18px;\"><b>%1: %2</b></p>"_s.arg(phrase(u"re"_s, language), re);

    const QStringList known = LetterTemplateRepository::placeholders();
    for (const QString &paragraph : paragraphs) {
        const QString escaped = RichText::escapeLines(paragraph.trimmed());
        QString filled;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(escaped);
        while (it.hasNext()) {
            const auto m = it.next();
            filled += escaped.mid(last, m.capturedStart() - last);
            filled += known.contains(m.captured(1)) ? value(m.captured(1), d, language, date) : m.captured(0);
            last = m.capturedEnd();
        }
        filled += escaped.mid(last);
        out += u"<p style=\"margin-bottom: 12px; line-height: 125%;\">%1</p>"_s.arg(filled);
    }
    out += u"</body></html>"_s;
    return out;
}

std::unique_ptr<SafeTextDocument> LetterBuilder::build(const QString &templateBody, const PacketData &d,
                                                       const QString &language, QDate date)
{
    auto doc = std::make_unique<SafeTextDocument>();
    PacketBuilder::prepare(*doc);
    doc->setDefaultFont(PacketBuilder::textFont(10.5));
    doc->setDefaultStyleSheet(u"body { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #1d1d1f; }"_s);
    doc->setHtml(html(templateBody, d, language, date));
    return doc;
}

} // namespace ch
