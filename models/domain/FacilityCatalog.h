#pragma once

// FacilityCatalog: the Bureau of Prisons institutions (resources/data/facilities.json) with the town and
// state they are in, so that matching knows the state of "FMC Butner" as staff write it, without a ", NC".

#include <QList>
#include <QString>

namespace ch {

struct Facility
{
    QString name;     // "FMC Butner"
    QString location; // "Butner": the word(s) that name the institution in free text
    QString state;    // two-letter postal code
    bool medical = false; // a Federal Medical Center (or the Medical Center for Federal Prisoners)
};

class FacilityCatalog final
{
public:
    static const QList<Facility> &all();
    // The state of the institution a facility text names by its town ("FCI Butner Medium I",
    // "Federal Medical Center, Fort Worth"), case- and accent-insensitive; empty when none is recognised.
    static QString stateOf(QStringView facilityText);
};

} // namespace ch
