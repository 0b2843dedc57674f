#include "SensitiveClipboard.h"

#include "domain/FieldCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ch {

SensitiveClipboard::SensitiveClipboard(QObject *parent, int clearAfterMs) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(clearAfterMs);
    connect(m_timer, &QTimer::timeout, this, &SensitiveClipboard::clearIfUnchanged);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &SensitiveClipboard::onClipboardChanged);
}

bool SensitiveClipboard::isArmed() const
{
    return m_timer->isActive();
}

bool SensitiveClipboard::isSensitive(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->property("sensitive").toBool())
            return true;
        const QString name = w->objectName();
        if (name.startsWith(u"field_"_s)) {
            const FieldInfo *f = FieldCatalog::find(name.mid(6));
            return f && f->sensitive;
        }
    }
    return false;
}

void SensitiveClipboard::onClipboardChanged()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty() || text == m_copied)
        return;
    if (isSensitive(QApplication::focusWidget())) {
        m_copied = text;
        m_timer->start();
    } else {
        m_copied.clear();
        m_timer->stop();
    }
}

void SensitiveClipboard::clearIfUnchanged()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace ch
