#pragma once

// CsvReader: a streaming RFC 4180 reader for questionnaire exports. It reads the device in fixed chunks and
// never holds more than one row (capped by Limits::maxRowBytes), so a 1 GB single-line file costs at most
// the cap in memory and is refused as soon as the cap is passed. Quoted fields, doubled quotes, CRLF, LF or
// CR line ends, newlines inside quotes and a UTF-8 byte-order mark are understood. Text must be UTF-8: a
// field that is not is reported (its index in Row::invalidUtf8), never silently repaired.
// Rows are numbered as a spreadsheet shows them: the header is row 1, a record with a quoted newline is one row.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ch {

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(ch::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)
public:
    struct Limits
    {
        qint64 maxFieldBytes = 256 * 1024; // one value; longer values are cut and reported in Row::tooLong
        qint64 maxRowBytes = 1024 * 1024;  // one record; bounds the memory the reader uses
        int maxFields = 2000;
    };

    struct Row
    {
        qint64 number = 0;        // 1 = the header
        qint64 line = 0;          // the line of the file where the row starts
        QStringList fields;       // fields not valid UTF-8 hold a lossy copy, for display only
        QList<int> invalidUtf8;   // indexes into fields
        QList<int> tooLong;       // indexes into fields, cut at maxFieldBytes
        QString error;            // a problem with the row as a whole (unterminated quote, too big, ...)
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Limits &limits);

    // Reads the next row. False at the end of the file or after a fatal error (see fatalError()).
    // Blank lines are skipped.
    bool next(Row &row);
    // Set when the file as a whole cannot be read: input/output error, binary data, UTF-16, a header row
    // over the size cap. Rows before it have been returned.
    QString fatalError() const { return m_fatal; }
    qint64 bytesConsumed() const { return m_consumed; }

private:
    bool fill();
    void finishField(Row &row);
    void finishRow(Row &row);

    QIODevice *m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_afterCr = false; // the last record ended with CR: a following LF belongs to it
    qint64 m_rowNumber = 0;
    qint64 m_line = 1;
    QString m_fatal;

    // The row being read.
    QList<QByteArray> m_fields;
    QByteArray m_field;
    qint64 m_rowBytes = 0;
    bool m_fieldTooLong = false;
    bool m_rowTooBig = false;
    QList<int> m_tooLong;
};

} // namespace ch
