#include "RegisterNumber.h"

namespace ch::RegisterNumber {

QString normalize(QStringView text)
{
    QString digits;
    int separators = 0;
    for (QChar c : text.trimmed()) {
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == u'-' || c == u' ') {
            if (++separators > 1)
                return {};
        } else {
            return {};
        }
    }
    if (digits.size() != 8)
        return {};
    // A separator is only allowed between the 5th and 6th digit.
    const QString t = text.trimmed().toString();
    if (separators == 1 && !(t.size() == 9 && (t.at(5) == u'-' || t.at(5) == u' ')))
        return {};
    return digits.left(5) + u'-' + digits.right(3);
}

bool isValid(QStringView text)
{
    return !normalize(text).isEmpty();
}

} // namespace ch::RegisterNumber
