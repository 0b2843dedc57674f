#pragma once

// HostileCorpus: the strings every way in must keep as literal text: SQL-injection attempts, FTS5 syntax,
// markup, bidi controls, spreadsheet formulas, line breaks, emoji and combining marks, format specifiers and
// an over-long value. Shared by the safety tests and the GUI tests that type them into the real form.

#include <QStringList>

namespace ch::test {

using namespace Qt::StringLiterals;

inline QStringList hostileCorpus()
{
    return {
        u"Robert'); DROP TABLE cases;--"_s,
        u"' OR '1'='1"_s,
        u"\" OR 1=1 --"_s,
        u"x'; DELETE FROM audit_log; --"_s,
        u"%' OR name LIKE '%"_s,
        u"NEAR(a b) OR \"unterminated"_s, // FTS5 syntax
        u"*"_s,
        u"<b>bold</b>"_s,
        u"<img src=\"file:///etc/hostname\">"_s,
        u"<script>alert(1)</script>"_s,
        u"&amp; &lt; &#x202E;"_s,
        u"<a href=\"https://example.invalid\">click</a>"_s,
        u"abc\u202Edef"_s,           // right-to-left override
        u"\u2066isolate\u2069 \u200Fmark"_s,
        u"=HYPERLINK(\"http://x\",\"y\")"_s,
        u"+SUM(1,2)"_s,
        u"line one\nline two\r\nline three"_s,
        u"José 🙂 Ñúñez Z\u0301"_s, // emoji and a combining accent
        u"\\x00 \\n %s %1 {0}"_s,
        QString(5000, u'A'),         // over-long for a name; fine for a summary
    };
}

} // namespace ch::test
