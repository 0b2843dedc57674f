#include "ImportJob.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace ch {

ImportJob::ImportJob(QString databasePath, QString filePath, ImportService::Options options, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_filePath(std::move(filePath)),
      m_options(std::move(options))
{}

ImportJob::~ImportJob() = default;

void ImportJob::cancel()
{
    m_cancel.store(true);
}

Result<ImportSummary> ImportJob::result() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_result)
        return Error::make(Error::Kind::General, ImportService::tr("The import has not finished yet."));
    return *m_result;
}

void ImportJob::run()
{
    std::optional<Result<ImportSummary>> outcome;
    {
        Database::Options dbOptions;
        dbOptions.migrate = false; // the window's connection already brought the schema up to date
        auto db = Database::open(m_databasePath, dbOptions);
        if (!db) {
            outcome = db.error();
        } else {
            ImportService::Options options = m_options;
            options.allOrNothing = true;
            QElapsedTimer sinceSignal;
            bool first = true;
            // Signals are throttled so that a fast import does not flood the window's event queue.
            options.progress = [this, &sinceSignal, &first](qint64 done, qint64 total) {
                if (first || sinceSignal.elapsed() >= 40 || done == total) {
                    first = false;
                    sinceSignal.start();
                    Q_EMIT progressed(done, total);
                }
                return !m_cancel.load();
            };
            ImportService service((*db)->connection());
            outcome = service.importFile(m_filePath, options);
        } // the worker's connection closes here, on the thread that opened it
    }
    {
        QMutexLocker lock(&m_mutex);
        m_result = std::move(outcome);
    }
    Q_EMIT finished();
}

} // namespace ch
