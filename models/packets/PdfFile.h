#pragma once

// PdfFile: a PDF written the safe way: into a temporary file beside the target that only the owner may
// read (0600), renamed over the target only when every page is written (QSaveFile), so a failure or a
// cancel never leaves half a packet, and a packet is never readable by other accounts, not even briefly.

#include "core/Result.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace ch {

class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(ch::PdfFile)
    Q_DISABLE_COPY_MOVE(PdfFile)
public:
    PdfFile(const QString &path, const QString &title);
    ~PdfFile();

    Status open();
    QPdfWriter *writer() const { return m_writer.get(); }
    // Call after the painter on writer() has ended.
    Status commit();
    void cancel();
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_title;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace ch
