#pragma once

// SafeTextDocument: a QTextDocument that never loads anything. Packets and letters are built from escaped
// text, so no <img> or stylesheet link should ever reach the layout; if one did (a bug in escaping), this
// refuses it and counts the attempt instead of reading a file or a URL.

#include <QTextDocument>

namespace ch {

class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)
public:
    explicit SafeTextDocument(QObject *parent = nullptr) : QTextDocument(parent) {}

    int refusedResources() const { return m_refused; }
    // True when the document holds an image or any other object that is not text.
    bool hasNonTextObjects() const;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace ch
