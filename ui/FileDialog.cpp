#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStringList>

namespace ch {

namespace {

struct SeamState
{
    QStringList names;
    bool testMode = false;
    int unexpected = 0;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

// true when the seam answered; name then holds the answer.
bool seam(const QString &caption, QString &name)
{
    SeamState &s = state();
    if (!s.names.isEmpty()) {
        name = s.names.takeFirst();
        return true;
    }
    if (s.testMode) {
        ++s.unexpected;
        qWarning("FileDialog shown in test mode without a queued answer: %s", qPrintable(caption));
        name.clear();
        return true;
    }
    return false;
}

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (seam(caption, name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    QString name;
    if (seam(caption, name))
        return name;
    const QString start = QDir::isAbsolutePath(suggested) ? suggested : QDir(documentsDir()).filePath(suggested);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QString name;
    if (seam(caption, name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, dir.isEmpty() ? documentsDir() : dir);
}

void FileDialog::setNextFileName(const QString &name)
{
    state().names << name;
}

void FileDialog::setTestMode(bool on)
{
    state().testMode = on;
}

int FileDialog::unexpectedCount()
{
    return state().unexpected;
}

int FileDialog::pendingAnswers()
{
    return static_cast<int>(state().names.size());
}

void FileDialog::reset()
{
    SeamState &s = state();
    s.names.clear();
    s.unexpected = 0;
}

} // namespace ch
