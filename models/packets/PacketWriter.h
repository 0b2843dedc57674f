#pragma once

// PacketWriter: paints QTextDocuments page by page on any paged device (QPdfWriter, QPrinter, the print
// preview) with a running header and "Page X of N" on every page. Several documents can go into one
// device (a batch): each starts on a new page and is numbered on its own. The document is laid out at
// 96 dpi and the painter scaled to the device, so a packet breaks into the same pages on every device of
// the same paper size.

#include "core/Result.h"

#include <QCoreApplication>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace ch {

struct PageDecoration
{
    QString headerLeft;      // e.g. "Clearinghouse case 12"; no header line when both sides are empty
    QString headerRight;     // e.g. "Confidential"
    bool pageNumbers = true; // "Page X of N" at the foot of the page
};

class PacketWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ch::PacketWriter)
    Q_DISABLE_COPY_MOVE(PacketWriter)
public:
    explicit PacketWriter(QPagedPaintDevice *device);
    ~PacketWriter();

    // US Letter, 0.75 inch margins: what the office prints on.
    static void setUpPage(QPagedPaintDevice &device);

    // Lays doc out for this device's pages (changing its page size) and paints every page.
    Status write(QTextDocument &doc, const PageDecoration &decoration);
    // Ends painting; for a PDF writer this writes the file's trailer. Called by the destructor otherwise.
    Status finish();
    int pageCount() const { return m_pages; }

private:
    void paintDecoration(const PageDecoration &decoration, int page, int pages, const QSizeF &size);

    QPagedPaintDevice *m_device = nullptr;
    QPainter m_painter;
    bool m_begun = false;
    int m_pages = 0;
};

} // namespace ch
