#pragma once

// ImportJob: one import run on a worker thread, so that the window stays responsive. It opens its own
// connection to the database (a Qt SQL connection belongs to the thread that opened it) and imports the
// whole file as one transaction (ImportService::Options::allOrNothing): cancel() is honoured at the next
// row, and then the database is exactly as it was before the import.
//
//   auto *job = new ImportJob(dbPath, filePath, options);
//   job->moveToThread(thread); connect(thread, &QThread::started, job, &ImportJob::run); ...

#include "io/ImportService.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <optional>

namespace ch {

class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)
public:
    ImportJob(QString databasePath, QString filePath, ImportService::Options options,
              QObject *parent = nullptr);
    ~ImportJob() override;

    void cancel(); // any thread
    bool isCancelRequested() const { return m_cancel.load(); }
    // After finished(): the summary (cancelled set when cancel() stopped it) or why the file was not
    // imported.
    Result<ImportSummary> result() const;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // done and total as ImportService counts them (bytes for CSV, items for JSON); emitted from the worker
    // thread, at most every few milliseconds.
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    QString m_databasePath;
    QString m_filePath;
    ImportService::Options m_options;
    std::atomic_bool m_cancel = false;
    mutable QMutex m_mutex;
    std::optional<Result<ImportSummary>> m_result;
};

} // namespace ch
