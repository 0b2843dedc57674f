#include "DocumentOutput.h"

#include "MessageBox.h"
#include "PrintDialog.h"
#include "packets/PacketWriter.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace ch {

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
    QObject::connect(dialog, &QDialog::accepted, dialog, [onPrinted] {
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
    if (Status s = paint(&printer); !s) {
        MessageBox::critical(parent, tr("Not printed"), s.error().message);
        return false;
    }
    return true;
}

} // namespace ch
