#pragma once

// SensitiveClipboard: text copied from a medical or family field (FieldCatalog's sensitive fields, or any
// widget with the dynamic property "sensitive" set) is cleared from the clipboard after a while
// (30 seconds by default), unless something else was copied meanwhile.

#include <QObject>
#include <QString>

class QTimer;

namespace ch {

class SensitiveClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitiveClipboard)
public:
    explicit SensitiveClipboard(QObject *parent = nullptr, int clearAfterMs = 30000);

    bool isArmed() const;
    // True for the widgets whose content counts as sensitive.
    static bool isSensitive(const QWidget *widget);

private:
    void onClipboardChanged();
    void clearIfUnchanged();

    QTimer *m_timer = nullptr;
    QString m_copied;
};

} // namespace ch
