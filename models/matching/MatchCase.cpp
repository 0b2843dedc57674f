#include "MatchCase.h"

#include "domain/FacilityCatalog.h"
#include "domain/VolunteerValidator.h"

namespace ch {

QString MatchCase::nameKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c.toCaseFolded();
        } else if (c.isSpace() || c.isPunct()) {
            pendingSpace = true;
        }
    }
    return out;
}

QString MatchCase::stateOfFacility(const QString &facility)
{
    const QString t = facility.trimmed();
    if (t.size() >= 4) {
        const QChar sep = t.at(t.size() - 3);
        const QString code = t.right(2);
        if ((sep == u',' || sep == u' ') && code == code.toUpper()
            && VolunteerValidator::stateCodes().contains(code))
            return code;
    }
    // Staff usually write the institution alone ("FMC Butner"): the catalogue knows where it is.
    return FacilityCatalog::stateOf(t);
}

} // namespace ch
