#include "IdleLock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

IdleLock::IdleLock(QWidget *window) : QObject(window), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);

    m_cover = new QWidget(window);
    m_cover->setObjectName(u"idleLockCover"_s);
    m_cover->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_cover);
    layout->addStretch();
    auto *text = new QLabel(m_cover);
    m_text = text;
    text->setAlignment(Qt::AlignCenter);
    text->setTextFormat(Qt::PlainText);
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    text->setFont(f);
    layout->addWidget(text);
    auto *unlockButton = new QPushButton(m_cover);
    m_unlock = unlockButton;
    unlockButton->setObjectName(u"unlockButton"_s);
    connect(unlockButton, &QPushButton::clicked, this, &IdleLock::unlock);
    layout->addWidget(unlockButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_cover->hide();
    retranslate();

    window->installEventFilter(this);
    qApp->installEventFilter(this);
    restartTimer();
}

void IdleLock::retranslate()
{
    m_text->setText(tr("Clearinghouse is locked to keep case details private.\nYour open work is kept as it is."));
    m_unlock->setText(tr("&Unlock"));
    m_unlock->setAccessibleDescription(tr("Shows the case details again"));
}

int IdleLock::idleMinutes()
{
    return QSettings().value(u"privacy/idleLockMinutes"_s, 10).toInt();
}

void IdleLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(u"privacy/idleLockMinutes"_s, qMax(0, minutes));
}

bool IdleLock::isLocked() const
{
    return m_cover->isVisible();
}

void IdleLock::restartTimer()
{
    const int minutes = idleMinutes();
    if (isLocked())
        m_timer->stop();
    else if (m_testIdle.count() > 0)
        m_timer->start(m_testIdle);
    else if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void IdleLock::setIdleTimeForTesting(std::chrono::milliseconds idle)
{
    m_testIdle = idle;
    restartTimer();
}

void IdleLock::lock()
{
    if (!m_window || isLocked())
        return;
    m_cover->setGeometry(m_window->rect());
    m_cover->raise();
    m_cover->show();
    m_cover->findChild<QPushButton *>(u"unlockButton"_s)->setFocus();
    Q_EMIT lockedChanged(true);
}

void IdleLock::unlock()
{
    if (!isLocked())
        return;
    m_cover->hide();
    restartTimer();
    Q_EMIT lockedChanged(false);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isLocked())
        m_cover->setGeometry(m_window->rect());
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_timer->isActive())
            m_timer->start(); // any input restarts the idle time
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ch
