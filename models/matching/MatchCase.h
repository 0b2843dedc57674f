#pragma once

// MatchCase: what matching needs to know about one case (domain primer §5): its reasons, where it was
// sentenced, where the person is held, the languages of the person and the family, and the names of the
// parties a volunteer may be conflicted with, and who has declined it. MatchCaseRepository fills it from the database.

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ch {

struct MatchDecline
{
    QDate on;
    QString reason; // as the volunteer gave it
};

struct MatchCase
{
    qint64 id = 0;
    QString personName;
    QStringList reasons;   // reason codes
    QString district;      // sentencing district code
    QString facility;      // as entered
    QString facilityState; // two-letter code: named ("..., NC") or known from the catalogue ("FMC Butner")
    QStringList languages; // of the person and of the family
    QStringList parties;   // co-defendants, then the person and their aliases
    // Volunteers whose latest assignment to this case ended in a decline: never proposed for it again.
    QHash<qint64, MatchDecline> declines;

    bool isUrgent() const { return reasons.contains(QLatin1String("terminal_illness")); }
    // A key for comparing names: case-folded, accents and punctuation dropped, spaces collapsed.
    static QString nameKey(const QString &name);
    // The state a facility's text names in its last two letters after a comma or space ("..., NC"), else
    // the state of the institution FacilityCatalog recognises in it; empty when neither.
    static QString stateOfFacility(const QString &facility);
};

} // namespace ch
