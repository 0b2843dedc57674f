// The Clearinghouse desktop application: parses the command line, opens the database and shows the
// main window. Everything else lives in the ui and models libraries.

#include "AppSession.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "demo/DemoDataGenerator.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

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
    ch::PreferencesDialog::applyLanguage(); // the language chosen in Preferences, else the system's

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Case management for compassionate-release requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Open the database at <path>."),
                                      QApplication::translate("main", "path"), ch::Database::defaultPath());
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Fill the database with demonstration cases."));
    // For installed-package smoke tests (scripts/ci-package.sh): open the main window, let it settle, close it
    // the way a user would and exit 0.
    const QCommandLineOption quitAfterOption(
        u"quit-after-ms"_s, QApplication::translate("main", "Close the main window after <ms> milliseconds."),
        QApplication::translate("main", "ms"));
    // Shared mode: a team's database on a PostgreSQL server. The password comes from the password file
    // (PGPASSFILE, else ~/.pgpass), else the connection dialog asks for it; it is never stored.
    const QCommandLineOption serverOption(
        u"server"_s,
        QApplication::translate("main", "Open the shared database at <address> (postgresql://user@host:port/database)."),
        QApplication::translate("main", "address"));
    parser.addOption(dbOption);
    parser.addOption(serverOption);
    parser.addOption(demoOption);
    // The desktop entry passes a database file opened from a file manager (Exec=clearinghouse %f).
    parser.addPositionalArgument(u"database"_s, QApplication::translate("main", "The database to open (as --db)."),
                                 u"[database]"_s);
    parser.addOption(quitAfterOption);
    const QCommandLineOption benchmarkOption(
        u"benchmark-startup"_s,
        QApplication::translate("main", "Print the milliseconds to the first paint of the main window and quit."));
    parser.addOption(benchmarkOption);
    parser.process(app);

    int quitAfterMs = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        quitAfterMs = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || quitAfterMs < 0) {
            std::fputs(qPrintable(QApplication::translate("main", "--quit-after-ms needs a number of milliseconds, "
                                                                  "such as 2000.\n")),
                       stderr);
            return 2;
        }
    }

    const QString dbPath =
        parser.positionalArguments().isEmpty() ? parser.value(dbOption) : parser.positionalArguments().constFirst();
    std::unique_ptr<ch::Database> database;
    if (parser.isSet(serverOption) || ch::ServerAddress::isServerLocation(dbPath)) {
        database = ch::DatabaseOpener::openServer(parser.isSet(serverOption) ? parser.value(serverOption) : dbPath);
    } else {
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
        database = ch::DatabaseOpener::open(dbPath);
    }
    if (!database)
        return 1;
    if (parser.isSet(demoOption)) {
        // Demo data goes only into an empty database: never mixed with real cases.
        auto count = ch::CaseRepository(*database).count();
        if (count && *count == 0) {
            ch::DemoDataGenerator::Options options;
            options.cases = 300;
            options.volunteers = 40;
            if (ch::Status s = ch::DemoDataGenerator(options).generate(*database); !s) {
                ch::MessageBox::critical(nullptr, QApplication::translate("main", "Clearinghouse"),
                                         QApplication::translate("main", "The demonstration data could not be created.\n\n%1")
                                             .arg(s.error().message)); // plain text: the message may quote data
                return 1;
            }
        }
    }
    ch::AppSession session(std::move(database));
    QObject::connect(&session, &ch::AppSession::ended, &app, &QApplication::quit);
    session.show(parser.isSet(benchmarkOption) ? &sinceStart : nullptr);
    if (quitAfterMs >= 0) {
        QTimer::singleShot(quitAfterMs, &app, [&session] {
            if (session.window())
                session.window()->close();
            QCoreApplication::exit(0); // also ends a dialog's event loop, so nothing can keep the test waiting
        });
    }
    return app.exec();
}
