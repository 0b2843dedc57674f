#include "DatabaseProblemDialog.h"

#include "backup/BackupService.h"

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
    c << ChooseAnother << Quit;
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
    return new DatabaseProblemDialog(path, text, {OpenReadOnly, OpenAnyway, ChooseAnother, Quit}, parent);
}

void DatabaseProblemDialog::build(const QString &path, const QString &text, const QList<Choice> &choices)
{
    setObjectName(u"databaseProblemDialog"_s);
    setWindowTitle(tr("Clearinghouse — the database cannot be used as it is"));
    m_offered = choices;
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
    auto *file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setTextFormat(Qt::PlainText);
    file->setEnabled(false);
    layout->addWidget(file);

    auto *buttons = new QDialogButtonBox(this);
    for (Choice c : choices) {
        QString label;
        QString name;
        switch (c) {
        case OpenReadOnly:
            label = tr("Open &read-only");
            name = u"openReadOnlyButton"_s;
            break;
        case RestoreBackup:
            label = tr("Restore a &backup…");
            name = u"restoreBackupButton"_s;
            break;
        case ChooseAnother:
            label = tr("&Choose another file…");
            name = u"chooseAnotherButton"_s;
            break;
        case OpenAnyway:
            label = tr("Open &anyway");
            name = u"openAnywayButton"_s;
            break;
        case Quit:
            label = tr("&Quit");
            name = u"quitButton"_s;
            break;
        }
        QPushButton *b = buttons->addButton(label, c == Quit ? QDialogButtonBox::RejectRole : QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, c] { choose(c); });
    }
    layout->addWidget(buttons);
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
