#include "Collation.h"

#include <QLocale>

namespace ch::Collation {

QCollator forNames()
{
    QCollator c{QLocale()};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    c.setIgnorePunctuation(false);
    return c;
}

bool nameLess(const QString &a, const QString &b)
{
    return forNames().compare(a, b) < 0;
}

QString sortKey(const QString &name)
{
    // Canonical decomposition splits "Á" into "A" and a combining accent, which is then dropped; letters
    // without a decomposition (ß, Ø, Ł) keep their own code point and still sort apart from ASCII.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace ch::Collation
