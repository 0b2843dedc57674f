#pragma once

// DatabaseProblemDialog: what the user sees when the database cannot be opened (damaged, cut short,
// foreign, from a newer version, read-only, or on a network drive). It says what happened and offers only
// safe ways on: open read-only, restore a backup, choose another file, connect to a shared database on a
// server instead, or quit. Nothing here writes to
// the file in question.

#include "core/Result.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ch {

class DatabaseProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseProblemDialog)
public:
    enum Choice { Quit, OpenReadOnly, RestoreBackup, ChooseAnother, OpenAnyway, ConnectServer };
    Q_ENUM(Choice)

    DatabaseProblemDialog(const QString &path, const Error &error, QWidget *parent = nullptr);
    // For a database on a network file system: a warning, not an error.
    static DatabaseProblemDialog *networkWarning(const QString &path, QWidget *parent = nullptr);

    // Which ways on make sense for this error (tests check the offer without showing anything).
    static QList<Choice> choicesFor(const Error &error, bool backupsExist);
    Choice choice() const { return m_choice; }
    QList<Choice> offered() const { return m_offered; }
    // Test seam: choose as if the button was clicked.
    void choose(Choice c);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    DatabaseProblemDialog(const QString &path, const QString &text, const QList<Choice> &choices, QWidget *parent);
    void build(const QString &path, const QString &text, const QList<Choice> &choices);

    Choice m_choice = Quit;
    QList<Choice> m_offered;
    QString m_path;
    QLabel *m_file = nullptr;
    QList<std::pair<Choice, QPushButton *>> m_buttons;
};

} // namespace ch
