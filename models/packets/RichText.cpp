#include "RichText.h"

using namespace Qt::StringLiterals;

namespace ch::RichText {

bool isHiddenControl(char32_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c < 0xa0) // C0 and C1 controls
           || c == 0x061c                      // Arabic letter mark
           || (c >= 0x200b && c <= 0x200f)     // zero-width space/joiners, LRM, RLM
           || (c >= 0x2028 && c <= 0x202e)     // line/paragraph separators, embeddings, overrides
           || (c >= 0x2060 && c <= 0x2069)     // word joiner, invisible operators, isolates
           || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb);
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isHiddenControl(c)) {
            out +=
                u"[U+%1]"_s.arg(QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0'));
            continue;
        }
        switch (c) {
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        case u'\t':
            out += u' ';
            break;
        default:
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString escapeLines(QStringView text)
{
    QString normalized = text.toString();
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    return escape(normalized).replace(u'\n', u"<br/>"_s);
}

} // namespace ch::RichText
