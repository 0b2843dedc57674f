#include "PacketWriter.h"

#include "PacketBuilder.h"
#include <QAbstractTextDocumentLayout>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QTextDocument>

// The resolution QTextDocument lays out at when it has no paint device of its own (QFont's default).
Q_GUI_EXPORT int qt_defaultDpiX();
Q_GUI_EXPORT int qt_defaultDpiY();

using namespace Qt::StringLiterals;

namespace ch {

namespace {
constexpr double kHeaderHeight = 42.0; // in layout pixels (1/96 inch)
constexpr double kFooterHeight = 36.0;
} // namespace

PacketWriter::PacketWriter(QPagedPaintDevice *device) : m_device(device) {}

PacketWriter::~PacketWriter()
{
    (void)finish();
}

void PacketWriter::setUpPage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                     QMarginsF(0.75, 0.6, 0.75, 0.6), QPageLayout::Inch));
}

Status PacketWriter::write(QTextDocument &doc, const PageDecoration &decoration)
{
    if (!m_begun) {
        if (!m_painter.begin(m_device))
            return Error::make(Error::Kind::Io,
                               tr("The pages could not be drawn: the printer or file refused them. "
                                  "Check the printer or the folder and try again."));
        m_begun = true;
    }
    const double sx = m_device->logicalDpiX() / double(qt_defaultDpiX());
    const double sy = m_device->logicalDpiY() / double(qt_defaultDpiY());
    const QSizeF page(m_device->width() / sx, m_device->height() / sy);
    const double bodyHeight = page.height() - kHeaderHeight - kFooterHeight;
    doc.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = doc.pageCount();

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < pages; ++i) {
        if (m_pages > 0 && !m_device->newPage())
            return Error::make(Error::Kind::Io,
                               tr("A new page could not be started. Check the printer or the "
                                  "free space and try again."));
        ++m_pages;
        m_painter.save();
        m_painter.scale(sx, sy);
        paintDecoration(decoration, i + 1, pages, page);
        m_painter.translate(0, kHeaderHeight);
        m_painter.setClipRect(QRectF(0, 0, page.width(), bodyHeight));
        m_painter.translate(0, -i * bodyHeight);
        context.clip = QRectF(0, i * bodyHeight, page.width(), bodyHeight);
        doc.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }
    return Status();
}

void PacketWriter::paintDecoration(const PageDecoration &decoration, int page, int pages, const QSizeF &size)
{
    QFont font = PacketBuilder::textFont(8);
    font.setPixelSize(10); // layout pixels: the painter is already scaled to the device
    m_painter.setFont(font);
    m_painter.setPen(QColor(0x4a, 0x4a, 0x4f));
    if (!decoration.headerLeft.isEmpty() || !decoration.headerRight.isEmpty()) {
        const QRectF band(0, 0, size.width(), kHeaderHeight - 14);
        m_painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, decoration.headerLeft);
        QFont bold = font;
        bold.setBold(true);
        m_painter.setFont(bold);
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, decoration.headerRight);
        m_painter.setFont(font);
        m_painter.setPen(QPen(QColor(0x9d, 0xb3, 0xd6), 0.8));
        m_painter.drawLine(QPointF(0, kHeaderHeight - 9), QPointF(size.width(), kHeaderHeight - 9));
        m_painter.setPen(QColor(0x4a, 0x4a, 0x4f));
    }
    if (decoration.pageNumbers) {
        const QRectF foot(0, size.height() - kFooterHeight + 12, size.width(), kFooterHeight - 12);
        m_painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom,
                           tr("Page %1 of %2").arg(page).arg(pages));
    }
}

Status PacketWriter::finish()
{
    if (m_begun) {
        m_begun = false;
        if (!m_painter.end())
            return Error::make(Error::Kind::Io,
                               tr("The pages could not be finished. Check the printer or the free "
                                  "space and try again."));
    }
    return Status();
}

} // namespace ch
