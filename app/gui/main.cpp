// The Clearinghouse desktop application: parses the command line, opens the database and shows the
// main window. Everything else lives in the ui and models libraries.

#include "MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Opens the database at path, or says why not. The window that uses it is created by the caller.
std::unique_ptr<ch::Database> openOrComplain(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto opened = ch::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Clearinghouse"),
                              QApplication::translate("main", "The database “%1” could not be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), opened.error().message));
        qWarning("%s", qPrintable(opened.error().fullText()));
        return nullptr;
    }
    return std::move(opened).value();
}

struct Session
{
    std::unique_ptr<ch::Database> database;
    std::unique_ptr<ch::MainWindow> window;
};

void show(Session &session)
{
    session.window = std::make_unique<ch::MainWindow>(*session.database);
    QObject::connect(session.window.get(), &ch::MainWindow::openDatabaseRequested, session.window.get(),
                     [&session](const QString &path) {
                         auto other = openOrComplain(path);
                         if (!other || !session.window->close())
                             return;
                         session.window.release()->deleteLater();
                         session.database = std::move(other); // the old window is gone before its database
                         show(session);
                     });
    session.window->show();
    session.window->restoreDrafts();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Clearinghouse"_s);
    QApplication::setApplicationName(u"Clearinghouse"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(CLEARINGHOUSE_VERSION));
    QLocale::setDefault(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Case management for compassionate-release requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Open the database at <path>."),
                                      QApplication::translate("main", "path"), ch::Database::defaultPath());
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Fill the database with demonstration cases."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    Session session;
    session.database = openOrComplain(parser.value(dbOption));
    if (!session.database)
        return 1;
    if (parser.isSet(demoOption)) {
        // TODO(lead): fill demo data
    }
    show(session);
    return app.exec();
}
