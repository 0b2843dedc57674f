#pragma once

// Collation: how names are compared and ordered. In memory a QCollator for the current locale (the one the
// preferences set with QLocale::setDefault), so that a Spanish speaker sees "Ábrego" beside "abad" and "Ñ"
// after "N"; in SQL, where no collator runs, a stored sort key that at least ignores case and accents.

#include <QCollator>
#include <QString>

namespace ch::Collation {

// Case-insensitive, numeric mode on ("Room 9" before "Room 10"); follows QLocale() at the time of the call.
QCollator forNames();
// True when a sorts before b for forNames().
bool nameLess(const QString &a, const QString &b);
// Locale-neutral key for ORDER BY: accents stripped, case folded, spaces collapsed ("Ábrego" -> "abrego").
QString sortKey(const QString &name);

} // namespace ch::Collation
