// clearinghouse-cli: headless batch use. Only wiring; the commands live in models/cli.
#include "cli/CliApplication.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    ::umask(077); // every file we create holds private data
#endif
    // Packets and letters need fonts and a paint engine: for those commands the CLI is a GUI application that
    // never shows a window (the offscreen platform works without a display); the others stay console-only.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (ch::CliApplication::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // No organization name: the data folder is ~/.local/share/Clearinghouse.
    QCoreApplication::setApplicationName(QStringLiteral("Clearinghouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARINGHOUSE_VERSION));

    ch::Translations::install(QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    ch::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
