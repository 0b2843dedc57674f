#pragma once

// RichText: the one way user text enters a packet or a letter. Everything is HTML-escaped, and characters
// that would change how the text around them is shown (bidirectional overrides, zero-width and other
// invisible controls) are printed as a visible [U+XXXX] marker, so a printed page shows exactly what was
// typed and cannot be made to read differently from what is stored.

#include <QString>
#include <QStringView>

namespace ch::RichText {

// One line of user text, safe to put between HTML tags.
QString escape(QStringView text);
// Several lines of user text: escaped, line breaks kept as <br/>.
QString escapeLines(QStringView text);
// True for the characters escape() shows as markers.
bool isHiddenControl(char32_t c);

} // namespace ch::RichText
