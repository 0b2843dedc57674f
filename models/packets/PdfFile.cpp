#include "PdfFile.h"

#include "PacketWriter.h"
#include "core/FilePermissions.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ch {

PdfFile::PdfFile(const QString &path, const QString &title) : m_path(path), m_title(title), m_file(path) {}

PdfFile::~PdfFile()
{
    cancel();
}

Status PdfFile::open()
{
    if (QFileInfo(m_path).isDir())
        return Error::make(
            Error::Kind::Io,
            tr("%1 is a folder. Give a file name ending in .pdf.").arg(QDir::toNativeSeparators(m_path)));
    if (!m_file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io,
                           tr("%1 cannot be written: %2. Choose another folder or file name.")
                               .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    // The temporary file gets the final permissions before anything is in it; the rename keeps them.
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_file.cancelWriting();
        return Error::make(Error::Kind::Io, tr("%1 cannot be made private to you, so nothing was written.")
                                                .arg(QDir::toNativeSeparators(m_path)));
    }
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setTitle(m_title);
    m_writer->setCreator(u"Clearinghouse"_s);
    m_writer->setResolution(600);
    PacketWriter::setUpPage(*m_writer);
    return Status();
}

Status PdfFile::commit()
{
    m_writer.reset();
    if (!m_file.isOpen())
        return Error::make(Error::Kind::Io, tr("The PDF was not written."));
    if (!m_file.commit())
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be saved: %2. Check the free space and try again.")
                               .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    return FilePermissions::restrictToOwner(m_path);
}

void PdfFile::cancel()
{
    m_writer.reset();
    if (m_file.isOpen())
        m_file.cancelWriting();
    if (m_file.isOpen())
        m_file.commit(); // cancelWriting() makes commit() discard the temporary file
}

} // namespace ch
