#pragma once

// RegisterNumber: the BOP register number, NNNNN-NNN. "12345678" and "12345 678" are accepted and written
// in the canonical form; anything else is invalid. The last three digits name the committing district.

#include <QString>

namespace ch::RegisterNumber {

// Canonical "NNNNN-NNN", or an empty string when text is not a register number.
QString normalize(QStringView text);
bool isValid(QStringView text);

} // namespace ch::RegisterNumber
