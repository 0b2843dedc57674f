#include "ExternalChangeWatcher.h"

#include "SqlHelpers.h"

using namespace Qt::StringLiterals;

namespace ch {

ExternalChangeWatcher::ExternalChangeWatcher(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
}

void ExternalChangeWatcher::start()
{
    m_version = readVersion();
    m_timer.start();
}

qint64 ExternalChangeWatcher::readVersion() const
{
    if (!m_db.isOpen())
        return -1;
    auto v = Sql::scalar(m_db, u"PRAGMA data_version"_s);
    // A failed read (the file went away, the disk is busy) is not a change; the next tick tries again.
    return v && v->isValid() ? v->toLongLong() : -1;
}

void ExternalChangeWatcher::check()
{
    const qint64 now = readVersion();
    if (now < 0)
        return;
    const bool moved = m_version >= 0 && now != m_version;
    m_version = now;
    if (moved)
        Q_EMIT changedElsewhere();
}

} // namespace ch
