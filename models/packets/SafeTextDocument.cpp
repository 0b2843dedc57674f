#include "SafeTextDocument.h"

#include <QTextBlock>
#include <QTextFragment>

namespace ch {

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

bool SafeTextDocument::hasNonTextObjects() const
{
    for (QTextBlock b = begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() &&
                (f.charFormat().isImageFormat() || f.charFormat().objectType() != QTextFormat::NoObject))
                return true;
        }
    }
    return false;
}

} // namespace ch
