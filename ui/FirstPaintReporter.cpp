#include "FirstPaintReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ch {

FirstPaintReporter::FirstPaintReporter(QWidget *watched, QElapsedTimer sinceStart)
    : QObject(watched)
    , m_sinceStart(sinceStart)
{
    watched->installEventFilter(this);
}

qint64 FirstPaintReporter::peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Queued: the paint event itself (and the flush of the window) finishes before the figure is taken.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintReporter::report()
{
    // Machine-readable output for the benchmark, not for people: not translated.
    std::printf("first-paint-ms %.1f peak-rss-kb %lld\n", m_sinceStart.nsecsElapsed() / 1e6,
                static_cast<long long>(peakRssKb()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace ch
