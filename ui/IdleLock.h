#pragma once

// IdleLock: after a configurable time without keyboard or mouse input (Preferences, "privacy/
// idleLockMinutes", 10 by default, 0 = never) the main window is covered by a lock screen, so case details
// are not left on an unattended screen. Work in progress stays as it is under the cover. Without user
// accounts (single-office mode) Unlock needs no password; it is a privacy curtain, not access control.

#include <QPointer>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;
class QTimer;

namespace ch {

class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    explicit IdleLock(QWidget *window);

    static int idleMinutes();
    static void setIdleMinutes(int minutes);

    bool isLocked() const;
    void lock();
    void unlock();
    void restartTimer(); // after the setting changed
    // Test seam: locks after `idle` instead of idleMinutes() (zero: back to the setting).
    void setIdleTimeForTesting(std::chrono::milliseconds idle);
    void retranslate();  // the cover's texts in the current language (the window calls it)

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QWidget *m_cover = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_unlock = nullptr;
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_testIdle{0};
};

} // namespace ch
