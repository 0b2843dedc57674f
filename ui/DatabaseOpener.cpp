#include "DatabaseOpener.h"

#include "DatabaseProblemDialog.h"
#include "MessageBox.h"
#include "RestoreBackupDialog.h"
#include "ServerConnectionDialog.h"
#include "backup/BackupService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace ch {

std::unique_ptr<Database> DatabaseOpener::open(const QString &initialPath, QWidget *parent)
{
    QString path = initialPath;
    // The full integrity check reads the whole file; the main window runs it after it shows
    // (IntegrityMonitor), unless the schema is to be upgraded first (Database checks before that).
    Database::Options defaults;
    defaults.deferIntegrityCheck = true;
    Database::Options options = defaults;
    bool networkAccepted = false;
    for (;;) {
        if (!networkAccepted && !options.readOnly && Database::isOnNetworkFileSystem(path)) {
            std::unique_ptr<DatabaseProblemDialog> warn(DatabaseProblemDialog::networkWarning(path, parent));
            warn->exec();
            switch (warn->choice()) {
            case DatabaseProblemDialog::OpenAnyway:
                networkAccepted = true;
                break;
            case DatabaseProblemDialog::OpenReadOnly:
                options.readOnly = true;
                options.migrate = false;
                break;
            case DatabaseProblemDialog::ChooseAnother:
                path = QFileDialog::getSaveFileName(parent, tr("Choose a database"), QFileInfo(path).path(),
                                                    tr("Clearinghouse databases (*.db);;All files (*)"), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
                if (path.isEmpty())
                    return nullptr;
                continue;
            case DatabaseProblemDialog::ConnectServer:
                if (auto shared = openServer(ServerConnectionDialog::lastAddress(), {}, parent))
                    return shared;
                continue; // cancelled: back to the warning
            default:
                return nullptr;
            }
        }
        auto opened = Database::open(path, options);
        if (opened)
            return std::move(opened).value();
        qWarning("%s", qPrintable(opened.error().fullText()));
        DatabaseProblemDialog dialog(path, opened.error(), parent);
        dialog.exec();
        switch (dialog.choice()) {
        case DatabaseProblemDialog::OpenReadOnly:
            options.readOnly = true;
            options.migrate = false;
            options.skipIntegrityCheck = opened.error().kind == Error::Kind::Corrupt;
            break;
        case DatabaseProblemDialog::RestoreBackup: {
            RestoreBackupDialog pick(BackupService::defaultDirectory(path), parent);
            if (pick.exec() != QDialog::Accepted)
                break;
            auto restored = BackupService::restore(pick.selectedPath(), path, pick.passphrase());
            if (!restored)
                MessageBox::warning(parent, tr("Cannot restore this backup"), restored.error().message);
            options = defaults;
            break;
        }
        case DatabaseProblemDialog::ChooseAnother:
            path = QFileDialog::getSaveFileName(parent, tr("Choose a database"), QFileInfo(path).path(),
                                                tr("Clearinghouse databases (*.db);;All files (*)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
            if (path.isEmpty())
                return nullptr;
            options = defaults;
            networkAccepted = false;
            break;
        case DatabaseProblemDialog::ConnectServer:
            if (auto shared = openServer(ServerConnectionDialog::lastAddress(), {}, parent))
                return shared;
            break; // cancelled: back to the problem
        case DatabaseProblemDialog::OpenAnyway:
        case DatabaseProblemDialog::Quit:
            return nullptr;
        }
    }
}

std::unique_ptr<Database> DatabaseOpener::openServer(const QString &location, const QString &password,
                                                     QWidget *parent)
{
    std::optional<ServerAddress> server;
    QString problem;
    if (!location.isEmpty()) { // empty: nothing known yet, the user fills the dialog in
        auto parsed = ServerAddress::parse(location);
        if (parsed)
            server = *parsed;
        else
            problem = parsed.error().message;
    }
    QString secret = password;
    for (;;) {
        if (server) {
            Database::Options options;
            options.password = secret.isEmpty() ? server->password() : secret;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto opened = Database::open(*server, options);
            QApplication::restoreOverrideCursor();
            if (opened) {
                ServerConnectionDialog::rememberAddress(*server);
                return std::move(opened).value();
            }
            qWarning("%s", qPrintable(opened.error().fullText()));
            problem = opened.error().message;
        }
        ServerConnectionDialog dialog(parent);
        if (server)
            dialog.setAddress(*server);
        dialog.showProblem(problem);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        auto chosen = dialog.address();
        if (!chosen)
            return nullptr; // the dialog accepts only an address the server answered to
        server = *chosen;
        secret = dialog.password();
    }
}

std::unique_ptr<Database> DatabaseOpener::restoreAndOpen(const QString &backupPath, const QString &passphrase,
                                                        const QString &databasePath, QWidget *parent)
{
    auto restored = BackupService::restore(backupPath, databasePath, passphrase);
    if (!restored)
        MessageBox::warning(parent, tr("Cannot restore this backup"), restored.error().message);
    else
        MessageBox::information(parent, tr("Backup restored"),
                                restored->isEmpty()
                                    ? tr("The backup was restored.")
                                    : tr("The backup was restored. The database it replaced is kept as %1.")
                                          .arg(QDir::toNativeSeparators(*restored)));
    return open(databasePath, parent);
}

} // namespace ch
