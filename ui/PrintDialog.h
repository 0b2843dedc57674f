#pragma once

// PrintDialog: asks which printer to use (QPrintDialog) through a seam: tests queue an answer with
// setNextAnswer(), optionally sending the "printed" pages to a PDF file, so no dialog blocks a test run
// and the test can read what would have come out of the printer.

#include <QString>

class QPrinter;
class QWidget;

namespace ch {

class PrintDialog final
{
public:
    // True when the user chose a printer and pressed Print.
    static bool ask(QPrinter &printer, QWidget *parent);

    // Test seam: the next ask() returns accept without showing anything; with a file name, the printer
    // writes a PDF there instead.
    static void setNextAnswer(bool accept, const QString &pdfFile = {});
    static void setTestMode(bool on);
    static int unexpectedCount();
    static void reset();
};

} // namespace ch
