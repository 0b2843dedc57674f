// Replays the fuzz target over every file in tests/fixtures/fuzz/ (inputs that once crashed or found a bug,
// kept as regression files, and seeds) and over the import fixtures, in every build, with or without Clang.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void everyKeptInputRunsCleanly_data()
    {
        QTest::addColumn<QString>("path");
        int n = 0;
        for (const QString &dir : {u"/fuzz"_s, u"/import"_s}) {
            QDirIterator it(QStringLiteral(CH_FIXTURES_DIR) + dir, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
                ++n;
            }
        }
        QVERIFY(n > 20);
    }
    void everyKeptInputRunsCleanly()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.read(4 * 1024 * 1024);
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                        static_cast<std::size_t>(data.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_FuzzRegressions.moc"
