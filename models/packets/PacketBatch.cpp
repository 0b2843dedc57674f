#include "PacketBatch.h"

#include "PacketBuilder.h"
#include "PacketService.h"
#include "PacketWriter.h"
#include "PdfFile.h"
#include "storage/AssignmentRepository.h"

#include <QDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ch {

PacketBatch::PacketBatch(QSqlDatabase db, QList<qint64> caseIds, RedactionProfile profile, Mode mode,
                         QString target, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_ids(std::move(caseIds)), m_profile(std::move(profile)),
      m_mode(mode), m_target(std::move(target))
{}

PacketBatch::~PacketBatch()
{
    m_writer.reset();
    m_file.reset(); // an unfinished one-file batch is discarded
}

Result<QList<qint64>> PacketBatch::casesAssignedSince(const QSqlDatabase &db, const QDateTime &since)
{
    auto assigned = AssignmentRepository(db).assignedSince(since);
    if (!assigned)
        return assigned.error();
    QList<qint64> ids;
    for (const Assignment &a : *assigned)
        ids << a.caseId;
    return ids;
}

QString PacketBatch::fileNameFor(qint64 caseId)
{
    return u"case-%1-packet.pdf"_s.arg(caseId);
}

Status PacketBatch::begin()
{
    m_done = 0;
    m_cancelled = false;
    m_written.clear();
    m_inFile.clear();
    if (m_ids.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("There are no cases to print: no case was assigned in that "
                              "period. Choose an earlier date."));
    if (m_mode == Mode::OneFile) {
        m_file = std::make_unique<PdfFile>(m_target, tr("Case packets"));
        if (Status s = m_file->open(); !s)
            return s;
        m_writer = std::make_unique<PacketWriter>(m_file->writer());
    } else if (!QDir().mkpath(m_target)) {
        return Error::make(Error::Kind::Io, tr("The folder %1 cannot be created. Choose another folder.")
                                                .arg(QDir::toNativeSeparators(m_target)));
    }
    return Status();
}

Status PacketBatch::step()
{
    const qint64 id = m_ids.at(m_done);
    PacketService service(m_db);
    if (m_mode == Mode::OneFile) {
        auto doc = service.packet(id, m_profile);
        if (!doc)
            return doc.error();
        const PageDecoration decoration{PacketBuilder::headerText(id), PacketService::tr("Confidential"),
                                        true};
        if (Status s = m_writer->write(**doc, decoration); !s)
            return s;
        m_inFile << id; // recorded only once the file is committed (end())
    } else {
        const QString path = QDir(m_target).filePath(fileNameFor(id));
        if (Status s = service.savePacket(id, m_profile, path); !s)
            return s;
        m_written << path;
    }
    ++m_done;
    return Status();
}

Status PacketBatch::end()
{
    if (m_mode == Mode::OneFile) {
        if (Status s = m_writer->finish(); !s)
            return s;
        m_writer.reset();
        if (Status s = m_file->commit(); !s)
            return s;
        m_file.reset();
        m_written << m_target;
        // The history claims only packets that exist: a cancelled or failed batch records nothing.
        if (Status s = PacketService(m_db).recordPackets(m_inFile, m_profile, u"pdf"_s); !s)
            return s;
    }
    return Status();
}

Status PacketBatch::runToEnd()
{
    if (Status s = begin(); !s)
        return s;
    while (m_done < total()) {
        if (Status s = step(); !s) {
            m_writer.reset();
            m_file.reset();
            return s;
        }
        Q_EMIT progress(m_done, total());
    }
    return end();
}

void PacketBatch::start()
{
    if (m_running)
        return;
    if (Status s = begin(); !s) {
        fail(s.error());
        return;
    }
    m_running = true;
    Q_EMIT progress(0, total());
    stepLater();
}

void PacketBatch::stepLater()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        if (m_cancelled) {
            m_running = false;
            m_writer.reset();
            m_file.reset();
            Q_EMIT finished(
                false, m_mode == Mode::OneFile
                           ? tr("Cancelled; no file was written.")
                           : tr("Cancelled after %n packet(s); those files were kept.", nullptr, m_done));
            return;
        }
        if (Status s = step(); !s) {
            fail(s.error());
            return;
        }
        Q_EMIT progress(m_done, total());
        if (m_done < total()) {
            stepLater();
            return;
        }
        m_running = false;
        if (Status s = end(); !s) {
            fail(s.error());
            return;
        }
        Q_EMIT finished(true, tr("%n packet(s) written.", nullptr, m_done));
    });
}

void PacketBatch::cancel()
{
    m_cancelled = true;
}

void PacketBatch::fail(const Error &e)
{
    m_running = false;
    m_writer.reset();
    m_file.reset();
    Q_EMIT finished(false, e.message);
}

} // namespace ch
