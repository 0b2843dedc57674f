#include "LanguageWatcher.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace ch {

LanguageWatcher::LanguageWatcher(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

LanguageWatcher *LanguageWatcher::watch(QAbstractItemModel *model)
{
    auto *watcher = new LanguageWatcher(model);
    connect(watcher, &LanguageWatcher::changed, model, [model] { announce(model); });
    return watcher;
}

void LanguageWatcher::announce(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

bool LanguageWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ch
