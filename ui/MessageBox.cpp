#include "MessageBox.h"

#include <QAbstractButton>
#include <QtGlobal>

namespace ch {

namespace {

struct SeamState
{
    QList<MessageBox::Button> answers;
    bool testMode = false;
    int unexpected = 0;
    QString lastText;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton,
                                    const ButtonTexts &texts)
{
    SeamState &s = state();
    s.lastText = text;
    if (!s.answers.isEmpty())
        return s.answers.takeFirst();
    if (s.testMode) {
        ++s.unexpected;
        qWarning("MessageBox shown in test mode without a queued answer: %s", qPrintable(text));
        return QMessageBox::NoButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // user values may appear in the text
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (QAbstractButton *b = box.button(it.key()))
            b->setText(it.value());
    }
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton, const ButtonTexts &texts)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, texts);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton, const ButtonTexts &texts)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton, texts);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton, {});
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton, {});
}

void MessageBox::setNextAnswer(Button button)
{
    state().answers.append(button);
}

void MessageBox::setTestMode(bool on)
{
    state().testMode = on;
}

int MessageBox::unexpectedCount()
{
    return state().unexpected;
}

int MessageBox::pendingAnswers()
{
    return static_cast<int>(state().answers.size());
}

QString MessageBox::lastText()
{
    return state().lastText;
}

void MessageBox::reset()
{
    SeamState &s = state();
    s.answers.clear();
    s.unexpected = 0;
    s.lastText.clear();
}

} // namespace ch
