#pragma once

// PlainToolTip: user text (a file's values, a name, a note) as a tooltip that shows literally. Qt renders a
// tooltip as rich text whenever it looks like HTML (Qt::mightBeRichText), so a cell holding "<img src=x>"
// or "<b>x</b>" would be rendered, and could even ask for an image, instead of being shown as typed. The
// text is escaped and wrapped in a paragraph that keeps its line breaks and spaces.

#include <QString>

namespace ch::PlainToolTip {

// Empty for empty text, so that no empty tooltip appears.
QString from(const QString &text);

} // namespace ch::PlainToolTip
