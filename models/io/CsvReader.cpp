#include "CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

constexpr qint64 kChunk = 64 * 1024;

enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\0')
            return false;
    }
    return true;
}

// Strict decoding: a malformed, overlong or truncated sequence, or a NUL, makes the field invalid.
bool decodeUtf8(const QByteArray &bytes, QString &out)
{
    if (isAscii(bytes)) {
        out = QString::fromLatin1(bytes);
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}

QString mebibytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'g', 3);
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Limits{}) {}

CsvReader::CsvReader(QIODevice *device, const Limits &limits) : m_device(device), m_limits(limits) {}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(kChunk);
    const qint64 n = m_device->read(m_buffer.data(), kChunk);
    if (n < 0) {
        m_fatal = tr("The file could not be read: %1.").arg(m_device->errorString());
        m_eof = true;
        m_buffer.clear();
        return false;
    }
    m_buffer.resize(n);
    m_pos = 0;
    if (n == 0) {
        m_eof = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            m_fatal = tr("The file is in UTF-16, not UTF-8. Save it again as UTF-8 CSV and import it again.");
            m_eof = true;
            return false;
        }
        if (m_buffer.contains('\0')) {
            m_fatal = tr("The file holds binary data: it is not a CSV file.");
            m_eof = true;
            return false;
        }
    }
    return true;
}

void CsvReader::finishField(Row &row)
{
    Q_UNUSED(row);
    if (m_fields.size() >= m_limits.maxFields) {
        m_field.clear();
        m_fieldTooLong = false;
        return;
    }
    if (m_fieldTooLong)
        m_tooLong << static_cast<int>(m_fields.size());
    m_fields << m_field;
    m_field.clear();
    m_fieldTooLong = false;
}

void CsvReader::finishRow(Row &row)
{
    row.fields.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        QString text;
        if (!decodeUtf8(m_fields.at(i), text))
            row.invalidUtf8 << static_cast<int>(i);
        row.fields << text;
    }
    row.tooLong = m_tooLong;
    if (m_rowTooBig && row.error.isEmpty()) {
        row.error = tr("The row is larger than %1 MiB; it was not read.").arg(mebibytes(m_limits.maxRowBytes));
        row.fields.clear();
        row.invalidUtf8.clear();
        row.tooLong.clear();
    } else if (m_fields.size() >= m_limits.maxFields && row.error.isEmpty()) {
        row.error = tr("The row has more than %1 values.").arg(m_limits.maxFields);
    }
}

bool CsvReader::next(Row &row)
{
    if (!m_fatal.isEmpty())
        return false;
    for (;;) {
        row = Row{};
        row.line = m_line;
        m_fields.clear();
        m_field.clear();
        m_tooLong.clear();
        m_rowBytes = 0;
        m_fieldTooLong = false;
        m_rowTooBig = false;
        State state = State::FieldStart;
        bool anyByte = false;  // the record holds at least one byte besides its line end
        bool quotedAny = false;
        bool ended = false;

        while (!ended) {
            // A chunk can hold nothing past the byte-order mark: read on until there is a byte or the end.
            bool more = m_pos < m_buffer.size();
            while (!more && fill())
                more = m_pos < m_buffer.size();
            if (!more) {
                if (!m_fatal.isEmpty())
                    return false;
                if (!anyByte && m_fields.isEmpty())
                    return false; // nothing left but line ends
                if (state == State::Quoted)
                    row.error = tr("A quoted value that starts on line %1 is never closed: the file ends inside "
                                   "it.")
                                    .arg(row.line);
                ended = true;
                break;
            }
            const char c = m_buffer.at(m_pos++);
            ++m_consumed;
            if (m_afterCr) {
                m_afterCr = false;
                if (c == '\n' && !anyByte && m_fields.isEmpty()) {
                    row.line = m_line; // the LF of a CRLF that ended the previous record
                    continue;
                }
            }
            ++m_rowBytes;
            if (m_rowBytes > m_limits.maxRowBytes && !m_rowTooBig) {
                m_rowTooBig = true;
                m_field.clear();
                m_fields.clear();
                if (m_rowNumber == 0) {
                    m_fatal = tr("The first row of the file is larger than %1 MiB: this is not a questionnaire "
                                 "export (or its lines are not separated). Nothing was imported.")
                                  .arg(mebibytes(m_limits.maxRowBytes));
                    return false;
                }
            }
            const bool keep = !m_rowTooBig;
            auto append = [&](char ch) {
                if (!keep)
                    return;
                if (m_field.size() >= m_limits.maxFieldBytes)
                    m_fieldTooLong = true;
                else
                    m_field.append(ch);
            };
            auto endOfLine = [&](char ch) {
                ++m_line;
                if (ch == '\r')
                    m_afterCr = true;
            };
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    state = State::Quoted;
                    quotedAny = true;
                    anyByte = true;
                } else if (c == ',') {
                    anyByte = true;
                    if (keep)
                        finishField(row);
                } else if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    ended = true;
                } else {
                    anyByte = true;
                    append(c);
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (c == ',') {
                    if (keep)
                        finishField(row);
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    ended = true;
                } else {
                    if (c == '"' && row.error.isEmpty())
                        row.error = tr("A quote appears inside a value that does not start with a quote.");
                    append(c);
                }
                break;
            case State::Quoted:
                if (c == '"') {
                    state = State::QuoteInQuoted;
                } else {
                    if (c == '\n' || (c == '\r' && (m_pos >= m_buffer.size() || m_buffer.at(m_pos) != '\n')))
                        ++m_line;
                    append(c);
                }
                break;
            case State::QuoteInQuoted:
                if (c == '"') {
                    append('"');
                    state = State::Quoted;
                } else if (c == ',') {
                    if (keep)
                        finishField(row);
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    ended = true;
                } else {
                    if (row.error.isEmpty())
                        row.error = tr("There is text after the closing quote of a value.");
                    append(c);
                    state = State::Unquoted;
                }
                break;
            }
        }
        if (!anyByte && m_fields.isEmpty() && !quotedAny && row.error.isEmpty())
            continue; // a blank line
        if (!m_rowTooBig)
            finishField(row);
        ++m_rowNumber;
        row.number = m_rowNumber;
        finishRow(row);
        return true;
    }
}

} // namespace ch
