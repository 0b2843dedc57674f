#include "PlainToolTip.h"

using namespace Qt::StringLiterals;

namespace ch::PlainToolTip {

QString from(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString lines = text;
    lines.replace(u"\r\n"_s, u"\n"_s); // pre-wrap breaks at \r and at \n: Windows line ends would show twice
    return u"<p style='white-space:pre-wrap'>"_s + lines.toHtmlEscaped() + u"</p>"_s;
}

} // namespace ch::PlainToolTip
