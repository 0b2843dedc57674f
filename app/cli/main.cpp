// clearinghouse-cli: headless batch use. Only wiring; the commands live in models/cli.
#include "cli/CliApplication.h"
#include "core/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    ::umask(077); // every file we create holds private data
#endif
    // Packets and letters need fonts and a paint engine, so the CLI is a GUI application that never shows a
    // window; the offscreen platform keeps it working without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // No organization name: the data folder is ~/.local/share/Clearinghouse.
    QCoreApplication::setApplicationName(QStringLiteral("Clearinghouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARINGHOUSE_VERSION));

    ch::Translations::install(QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    ch::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
