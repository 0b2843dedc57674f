#include "DatabaseProblemDialog.h"

#include "backup/BackupService.h"

#include <QEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

QList<DatabaseProblemDialog::Choice> DatabaseProblemDialog::choicesFor(const Error &error, bool backupsExist)
{
    QList<Choice> c;
    switch (error.kind) {
    case Error::Kind::Corrupt:
        if (backupsExist)
            c << RestoreBackup;
        c << OpenReadOnly; // to copy out what can still be read
        break;
    case Error::Kind::Io:
    case Error::Kind::General:
        // Typically a read-only file or folder: reading still works.
        c << OpenReadOnly;
        if (backupsExist)
            c << RestoreBackup;
        break;
    case Error::Kind::NotADatabase:
        if (backupsExist)
            c << RestoreBackup; // an empty or cut-short file beside its backups
        break;
    case Error::Kind::NewerSchema:  // never touch a schema we do not know
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
    case Error::Kind::InvalidInput:
        break;
    }
    c << ChooseAnother << ConnectServer << Quit;
    return c;
}

DatabaseProblemDialog::DatabaseProblemDialog(const QString &path, const Error &error, QWidget *parent)
    : QDialog(parent)
{
    const bool backups = [&] {
        auto all = BackupService::list(BackupService::defaultDirectory(path));
        return all && !all->isEmpty();
    }();
    build(path, error.message, choicesFor(error, backups));
}

DatabaseProblemDialog::DatabaseProblemDialog(const QString &path, const QString &text, const QList<Choice> &choices,
                                             QWidget *parent)
    : QDialog(parent)
{
    build(path, text, choices);
}

DatabaseProblemDialog *DatabaseProblemDialog::networkWarning(const QString &path, QWidget *parent)
{
    const QString text =
        tr("The database %1 is on a network drive. Databases on network drives can be damaged when two computers "
           "use them at once, because file locking there is not reliable.\n\nA team that shares its cases should "
           "use the shared mode with a database server. To work alone, copy the file to this computer.")
            .arg(QDir::toNativeSeparators(path));
    return new DatabaseProblemDialog(path, text, {OpenReadOnly, OpenAnyway, ChooseAnother, ConnectServer, Quit}, parent);
}

void DatabaseProblemDialog::build(const QString &path, const QString &text, const QList<Choice> &choices)
{
    setObjectName(u"databaseProblemDialog"_s);
    m_offered = choices;
    m_path = path;
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *message = new QLabel(text, this);
    message->setObjectName(u"problemText"_s);
    message->setTextFormat(Qt::PlainText); // paths and error texts are shown literally
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->setMinimumWidth(460);
    row->addWidget(message, 1);
    layout->addLayout(row);
    auto *file = new QLabel(this);
    m_file = file;
    file->setTextFormat(Qt::PlainText);
    file->setEnabled(false);
    layout->addWidget(file);

    auto *buttons = new QDialogButtonBox(this);
    for (Choice c : choices) {
        QString name;
        switch (c) {
        case OpenReadOnly: name = u"openReadOnlyButton"_s; break;
        case RestoreBackup: name = u"restoreBackupButton"_s; break;
        case ChooseAnother: name = u"chooseAnotherButton"_s; break;
        case OpenAnyway: name = u"openAnywayButton"_s; break;
        case ConnectServer: name = u"connectServerButton"_s; break;
        case Quit: name = u"quitButton"_s; break;
        }
        QPushButton *b = buttons->addButton(QString(), c == Quit ? QDialogButtonBox::RejectRole : QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, c] { choose(c); });
        m_buttons.append({c, b});
    }
    layout->addWidget(buttons);
    retranslateUi();
}

void DatabaseProblemDialog::retranslateUi()
{
    // The problem's own text comes translated from the caller, in the language of the moment it arose.
    setWindowTitle(tr("Clearinghouse — the database cannot be used as it is"));
    m_file->setText(tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
    for (const auto &[c, b] : std::as_const(m_buttons)) {
        switch (c) {
        case OpenReadOnly: b->setText(tr("Open &read-only")); break;
        case RestoreBackup: b->setText(tr("Restore a &backup…")); break;
        case ChooseAnother: b->setText(tr("&Choose another file…")); break;
        case OpenAnyway: b->setText(tr("Open &anyway")); break;
        case ConnectServer: b->setText(tr("Connect to &shared database…")); break;
        case Quit: b->setText(tr("&Quit")); break;
        }
    }
}

void DatabaseProblemDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DatabaseProblemDialog::choose(Choice c)
{
    m_choice = c;
    if (c == Quit)
        reject();
    else
        accept();
}

} // namespace ch
