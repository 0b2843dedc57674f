#pragma once

// FileDialog: the one place the UI asks for a file or folder name. Tests queue the answers with
// setNextFileName() (as in KeePassXC's gui/FileDialog.h), so no native dialog ever blocks a test run;
// an empty answer is a cancelled dialog.

#include <QString>

class QWidget;

namespace ch {

class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // A relative `suggested` name starts in the Documents folder.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});

    // Test seam: the next calls return these names, in order, without showing anything.
    static void setNextFileName(const QString &name);
    // Test mode: a dialog with no queued answer is not shown; it returns an empty name and is counted.
    static void setTestMode(bool on);
    static int unexpectedCount();
    static int pendingAnswers();
    static void reset();
};

} // namespace ch
