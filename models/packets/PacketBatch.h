#pragma once

// PacketBatch: packets for many cases (e.g. every case assigned since a date), into one PDF or one PDF per
// case, a case at a time so that a window can show progress and cancel between cases. Run it with start()
// (one case per event-loop turn, signals progress() and finished()) or runToEnd() (CLI, benchmarks).
// A cancelled or failed one-file batch leaves no file; a file-per-case batch keeps the files it finished.

#include "RedactionProfile.h"
#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace ch {

class PdfFile;
class PacketWriter;

class PacketBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketBatch)
public:
    enum class Mode
    {
        OneFile,
        FilePerCase
    };

    // target: the PDF file (OneFile) or the folder (FilePerCase).
    PacketBatch(QSqlDatabase db, QList<qint64> caseIds, RedactionProfile profile, Mode mode, QString target,
                QObject *parent = nullptr);
    ~PacketBatch() override;

    // The cases with an open assignment made on or after since, oldest assignment first.
    static Result<QList<qint64>> casesAssignedSince(const QSqlDatabase &db, const QDateTime &since);
    static QString fileNameFor(qint64 caseId); // "case-12-packet.pdf"

    void start();
    Status runToEnd();
    void cancel();

    int done() const { return m_done; }
    int total() const { return static_cast<int>(m_ids.size()); }
    bool isRunning() const { return m_running; }
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    Status begin();
    Status step();
    Status end();
    void stepLater();
    void fail(const Error &e);

    QSqlDatabase m_db;
    QList<qint64> m_ids;
    RedactionProfile m_profile;
    Mode m_mode;
    QString m_target;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    std::unique_ptr<PdfFile> m_file;
    std::unique_ptr<PacketWriter> m_writer;
    QStringList m_written;
    QList<qint64> m_inFile; // cases written into the one file so far
};

} // namespace ch
