#pragma once

// DocumentOutput: print preview and printing of packets and letters, shared by the case view and the
// letters dialog. The caller supplies how to paint the pages on a device (PacketWriter); this class owns
// the printers and dialogs. The preview is not modal, so tests find it and close it.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrintPreviewDialog;
class QWidget;

namespace ch {

class DocumentOutput final
{
    Q_DECLARE_TR_FUNCTIONS(ch::DocumentOutput)
public:
    using Paint = std::function<Status(QPagedPaintDevice *device)>;

    // Opens the preview (objectName "printPreviewDialog"); onPrinted runs when the user prints from it.
    static QPrintPreviewDialog *preview(QWidget *parent, const QString &title, const Paint &paint,
                                        const std::function<void()> &onPrinted);
    // Asks for a printer (PrintDialog seam) and prints; false when cancelled or failed (the user is told).
    static bool print(QWidget *parent, const QString &title, const Paint &paint);
};

} // namespace ch
