// The Clearinghouse desktop application: parses the command line, opens the database and shows the
// main window. Everything else lives in the ui and models libraries.

#include "BackupController.h"
#include "DatabaseOpener.h"
#include "FirstPaintReporter.h"
#include "MainWindow.h"
#include "core/Translations.h"
#include "demo/DemoDataGenerator.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Session
{
    std::unique_ptr<ch::Database> database;
    std::unique_ptr<ch::MainWindow> window;
};

void show(Session &session, const QElapsedTimer *benchmarkStart = nullptr)
{
    session.window = std::make_unique<ch::MainWindow>(*session.database);
    QObject::connect(session.window.get(), &ch::MainWindow::openDatabaseRequested, session.window.get(),
                     [&session](const QString &path) {
                         auto other = ch::DatabaseOpener::open(path, session.window.get());
                         if (!other || !session.window->close())
                             return;
                         session.window.release()->deleteLater();
                         session.database = std::move(other); // the old window is gone before its database
                         show(session);
                     });
    QObject::connect(session.window->backups(), &ch::BackupController::restoreRequested, session.window.get(),
                     [&session](const QString &backup, const QString &passphrase) {
                         if (!session.window->close())
                             return;
                         const QString path = session.database->path();
                         session.window.release()->deleteLater();
                         session.database.reset(); // closed before its file is replaced
                         session.database = ch::DatabaseOpener::restoreAndOpen(backup, passphrase, path);
                         if (session.database)
                             show(session);
                         else
                             QApplication::quit();
                     });
    if (benchmarkStart)
        new ch::FirstPaintReporter(session.window.get(), *benchmarkStart); // owned by the window
    session.window->show();
    session.window->restoreDrafts();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // --benchmark-startup counts from here
    sinceStart.start();
#ifdef Q_OS_UNIX
    ::umask(077); // every file we create holds private data
#endif
    QApplication app(argc, argv);
    // No organization name: the data folder is then ~/.local/share/Clearinghouse, not .../Clearinghouse/Clearinghouse.
    QApplication::setApplicationName(u"Clearinghouse"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(CLEARINGHOUSE_VERSION));
    QLocale::setDefault(QLocale::system());
    ch::Translations::install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Case management for compassionate-release requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Open the database at <path>."),
                                      QApplication::translate("main", "path"), ch::Database::defaultPath());
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Fill the database with demonstration cases."));
    const QCommandLineOption benchmarkOption(
        u"benchmark-startup"_s,
        QApplication::translate("main", "Print the milliseconds to the first paint of the main window and quit."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(benchmarkOption);
    parser.process(app);

    Session session;
    QDir().mkpath(QFileInfo(parser.value(dbOption)).absolutePath());
    session.database = ch::DatabaseOpener::open(parser.value(dbOption));
    if (!session.database)
        return 1;
    if (parser.isSet(demoOption)) {
        // Demo data goes only into an empty database: never mixed with real cases.
        auto count = ch::CaseRepository(*session.database).count();
        if (count && *count == 0) {
            ch::DemoDataGenerator::Options options;
            options.cases = 300;
            options.volunteers = 40;
            if (ch::Status s = ch::DemoDataGenerator(options).generate(*session.database); !s) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Clearinghouse"),
                                      QApplication::translate("main", "The demonstration data could not be created.\n\n%1")
                                          .arg(s.error().message));
                return 1;
            }
        }
    }
    show(session, parser.isSet(benchmarkOption) ? &sinceStart : nullptr);
    return app.exec();
}
