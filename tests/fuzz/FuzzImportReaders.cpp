// The libFuzzer entry point for the import readers: the same bytes go through the streaming CSV reader and
// the JSON row reader, with small caps so that each input is quick. Invariants that must hold for any input
// are checked with abort(), so the fuzzer reports them as crashes.
//   Built as fuzz_import_readers with -DCLEARINGHOUSE_FUZZ=ON and Clang (scripts/fuzz.sh), and replayed over
//   tests/fixtures/fuzz/ and the import fixtures by tst_fuzz_regressions in every build.

#include "io/CsvReader.h"
#include "io/JsonRowReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ch::CsvReader::Limits limits;
        limits.maxFieldBytes = 4096;
        limits.maxRowBytes = 16 * 1024;
        limits.maxFields = 200;
        ch::CsvReader reader(&buffer, limits);
        ch::CsvReader::Row row;
        qint64 last = 0;
        while (reader.next(row)) {
            if (row.number <= last || row.fields.size() > limits.maxFields)
                std::abort();
            for (int i : std::as_const(row.invalidUtf8)) {
                if (i < 0 || i >= row.fields.size())
                    std::abort();
            }
            for (int i : std::as_const(row.tooLong)) {
                if (i < 0 || i >= row.fields.size())
                    std::abort();
            }
            last = row.number;
        }
        if (reader.bytesConsumed() > bytes.size())
            std::abort();
    }
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        auto items = ch::JsonRowReader::load(&buffer, 1024 * 1024);
        if (items) {
            const QStringList columns = ch::JsonRowReader::columns(*items);
            for (qsizetype i = 0; i < items->size(); ++i) {
                const ch::ImportRow row = ch::JsonRowReader::row(*items, i);
                if (row.number != i + 1)
                    std::abort();
                for (const auto &[column, value] : row.cells) {
                    if (!columns.contains(column))
                        std::abort();
                }
            }
        }
    }
    return 0;
}
