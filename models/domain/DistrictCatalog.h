#pragma once

// DistrictCatalog: the 94 U.S. district courts (resources/data/districts.json), looked up by short code
// ("nysd"), by name ("Southern District of New York") or by the usual abbreviation ("S.D.N.Y.").

#include <QList>
#include <QString>

namespace ch {

struct District
{
    QString code;
    QString name;
    QString circuit; // "1".."11" or "DC"
    QString state;   // two-letter postal code
};

class DistrictCatalog final
{
public:
    static const QList<District> &all();
    static const District *byCode(QStringView code);
    // Accepts a code, a name or an abbreviation; returns the canonical code or an empty string.
    static QString normalize(QStringView text);
};

} // namespace ch
