#include "FileDialog.h"

#include <QFileDialog>
#include <QList>

namespace ch {

namespace {

struct SeamState
{
    QList<QString> answers;
    bool testMode = false;
    int unexpected = 0;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

// Returns true (with the answer) when the seam answers instead of a real dialog.
bool seamAnswer(const QString &caption, QString &answer)
{
    SeamState &s = state();
    if (!s.answers.isEmpty()) {
        answer = s.answers.takeFirst();
        return true;
    }
    if (s.testMode) {
        ++s.unexpected;
        qWarning("FileDialog shown in test mode without a queued answer: %s", qPrintable(caption));
        answer.clear();
        return true;
    }
    return false;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString answer;
    if (seamAnswer(caption, answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString answer;
    if (seamAnswer(caption, answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    state().answers.append(fileName);
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
    return static_cast<int>(state().answers.size());
}

void FileDialog::reset()
{
    SeamState &s = state();
    s.answers.clear();
    s.unexpected = 0;
}

} // namespace ch
