#include "IntegrityMonitor.h"

#include "MessageBox.h"
#include "storage/BackgroundRead.h"
#include "storage/Database.h"

#include <QDir>
#include <QLabel>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ch {

IntegrityMonitor::IntegrityMonitor(Database &database, QWidget *window)
    : QObject(window), m_db(database), m_window(window), m_read(new BackgroundRead(database.connection(), this)),
      m_label(new QLabel(window))
{
    m_label->setObjectName(u"integrityLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    connect(m_read, &BackgroundRead::finished, this, [this](const QVariant &problems) {
        if (problems.toString().isEmpty()) {
            setState(State::Passed);
            return;
        }
        setState(State::Failed);
        (void)m_db.refuseWrites();
        const QString message =
            tr("The database %1 is damaged: its integrity check failed. To keep the damage from spreading, "
               "nothing more will be saved to it in this window. Copy or export what you need, then restore a "
               "backup (File menu) or open another database.")
                .arg(QDir::toNativeSeparators(m_db.path()));
        qWarning("Integrity check failed: %s", qPrintable(problems.toString()));
        Q_EMIT damaged(message);
        MessageBox::critical(m_window, tr("The database is damaged"), message);
    });
    connect(m_read, &BackgroundRead::failed, this, [this](const QString &message) {
        // The check itself could not run (the file vanished, the disk failed): say so, but do not claim damage.
        setState(State::NotChecked);
        m_label->setText(tr("Database not checked: %1").arg(message));
    });
    // A shared database on a server has no file here to read: the server looks after its own storage.
    if (database.integrityCheckPending() && !database.isShared()) {
        setState(State::Waiting);
        QTimer::singleShot(kStartDelayMs, this, &IntegrityMonitor::start);
    }
}

void IntegrityMonitor::start()
{
    if (m_state != State::Waiting)
        return;
    setState(State::Running);
    const QString path = m_db.path();
    m_read->start([path](const QSqlDatabase &connection, QString *) -> QVariant {
        const Status s = Database::checkIntegrity(connection, path);
        return s ? QString() : (s.error().detail.isEmpty() ? s.error().message : s.error().detail);
    });
}

void IntegrityMonitor::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::NotNeeded:
    case State::Waiting:
        m_label->hide();
        return;
    case State::Running:
        m_label->setText(tr("Checking the database for damage…"));
        break;
    case State::Passed:
        m_label->setText(tr("Database checked: no damage found"));
        QTimer::singleShot(10000, m_label, &QLabel::hide);
        break;
    case State::NotChecked:
        break; // the caller says why
    case State::Failed:
        m_label->setText(tr("Database damaged: read-only"));
        m_label->setStyleSheet(u"color: palette(bright-text); background: #b3261e; padding: 0 6px;"_s);
        break;
    }
    m_label->show();
}

} // namespace ch
