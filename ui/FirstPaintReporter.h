#pragma once

// FirstPaintReporter: for `clearinghouse --benchmark-startup` (issue 10). Watches one widget; when its
// first paint event has been handled it prints "first-paint-ms N peak-rss-kb M" to stdout (N counted
// from the QElapsedTimer the caller started at the top of main) and quits the application, so a
// benchmark can time the start of the program over a large database without a person watching.

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace ch {

class FirstPaintReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintReporter)
public:
    FirstPaintReporter(QWidget *watched, QElapsedTimer sinceStart);

    // Peak resident memory of this process in KiB (VmHWM), 0 where the system does not say.
    static qint64 peakRssKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace ch
