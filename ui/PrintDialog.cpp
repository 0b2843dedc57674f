#include "PrintDialog.h"

#include <QList>
#include <QPrintDialog>
#include <QPrinter>

namespace ch {

namespace {

struct Answer
{
    bool accept = false;
    QString pdfFile;
};

struct SeamState
{
    QList<Answer> answers;
    bool testMode = false;
    int unexpected = 0;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

} // namespace

bool PrintDialog::ask(QPrinter &printer, QWidget *parent)
{
    SeamState &s = state();
    if (!s.answers.isEmpty()) {
        const Answer a = s.answers.takeFirst();
        if (a.accept && !a.pdfFile.isEmpty()) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(a.pdfFile);
        }
        return a.accept;
    }
    if (s.testMode) {
        ++s.unexpected;
        qWarning("PrintDialog shown in test mode without a queued answer");
        return false;
    }
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialog::setNextAnswer(bool accept, const QString &pdfFile)
{
    state().answers << Answer{accept, pdfFile};
}

void PrintDialog::setTestMode(bool on)
{
    state().testMode = on;
}

int PrintDialog::unexpectedCount()
{
    return state().unexpected;
}

void PrintDialog::reset()
{
    SeamState &s = state();
    s.answers.clear();
    s.unexpected = 0;
}

} // namespace ch
