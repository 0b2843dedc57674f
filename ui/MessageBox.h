#pragma once

// MessageBox: the one place the UI asks a modal question. Tests queue the answers with setNextAnswer()
// (as in KeePassXC's gui/MessageBox.h), so no dialog ever blocks a test run.

#include <QList>
#include <QMap>
#include <QMessageBox>
#include <QString>

namespace ch {

class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    using ButtonTexts = QMap<Button, QString>; // relabels standard buttons ("Save" -> "Save anyway")

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton, const ButtonTexts &texts = {});
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton,
                          const ButtonTexts &texts = {});
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);

    // Test seam: the next calls return these answers, in order, without showing anything.
    static void setNextAnswer(Button button);
    // Test mode: a box with no queued answer is not shown either; it returns NoButton and is counted.
    static void setTestMode(bool on);
    static int unexpectedCount();
    static int pendingAnswers();
    static QString lastText();
    static void reset();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton, const ButtonTexts &texts);
};

} // namespace ch
