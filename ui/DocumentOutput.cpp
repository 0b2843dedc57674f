#include "DocumentOutput.h"

#include "MessageBox.h"
#include "PrintDialog.h"
#include "core/FilePermissions.h"
#include "packets/PacketWriter.h"

#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// "Print to file" writes the packet to disk; like every file we write it must be owner-only. A printer
// sending pages to a real printer has no output file and needs nothing. Before printing the file is created
// owner-only; after printing (the preview writes it itself) only a file that exists is restricted.
Status protectOutputFile(const QPrinter &printer, bool beforePrinting)
{
    if (printer.outputFormat() != QPrinter::PdfFormat || printer.outputFileName().isEmpty())
        return Status();
    const QString file = printer.outputFileName();
    if (beforePrinting) {
        if (Status s = FilePermissions::ensurePrivateFile(file); !s)
            return s;
    } else if (!QFile::exists(file)) {
        return Status();
    }
    return FilePermissions::restrictToOwner(file); // an existing file keeps its mode when truncated
}

} // namespace

QPrintPreviewDialog *DocumentOutput::preview(QWidget *parent, const QString &title, const Paint &paint,
                                             const std::function<void()> &onPrinted)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(900, 1000);
    PacketWriter::setUpPage(*dialog->printer());
    dialog->printer()->setDocName(title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [dialog, paint](QPrinter *printer) {
                         if (Status s = paint(printer); !s)
                             MessageBox::critical(dialog, tr("Preview failed"), s.error().message);
                     });
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, onPrinted] {
        // The preview wrote the file itself before accepting, so it can only be restricted afterwards.
        if (Status s = protectOutputFile(*dialog->printer(), false); !s)
            MessageBox::critical(dialog->parentWidget(), tr("Printed file not protected"),
                                 tr("%1 Check the file's permissions before sharing the computer.")
                                     .arg(s.error().message));
        if (onPrinted)
            onPrinted();
    });
    dialog->open();
    return dialog;
}

bool DocumentOutput::print(QWidget *parent, const QString &title, const Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    PacketWriter::setUpPage(printer);
    printer.setDocName(title);
    if (!PrintDialog::ask(printer, parent))
        return false;
    // Created owner-only before a single page is written to it.
    if (Status s = protectOutputFile(printer, true); !s) {
        MessageBox::critical(parent, tr("Not printed"), s.error().message);
        return false;
    }
    if (Status s = paint(&printer); !s) {
        MessageBox::critical(parent, tr("Not printed"), s.error().message);
        return false;
    }
    return true;
}

} // namespace ch
