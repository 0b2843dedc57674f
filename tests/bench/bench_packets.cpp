// bench_packets: one packet, and a batch of 50 into one PDF, beside a baseline measured in the same run: a
// plain QTextDocument with the same HTML printed by QTextDocument::print() to a QPdfWriter (no header,
// no page numbers, no database), set up like a packet's document and page (PacketBuilder's font, margin and
// stylesheet; Letter with the packet's margins at the packet's 600 dpi) so the ratio compares like with like. Goal (issue 6): one packet under 150 ms; within 1.5x of the baseline.
// The database is built with the demo generator and every case is assigned, so each packet is complete.
//
// Usage: bench_packets [rounds]   (run it from a Release build; it writes into a temporary folder)

#include "demo/DemoDataGenerator.h"
#include "packets/PacketBatch.h"
#include "packets/PacketBuilder.h"
#include "packets/PacketData.h"
#include "packets/PacketHtml.h"
#include "packets/PacketService.h"
#include "packets/PacketWriter.h"
#include "packets/PdfFile.h"
#include "packets/SafeTextDocument.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/VolunteerRepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

// Qt's layout resolution, as PacketWriter uses it (exported by QtGui, not in a public header).
Q_GUI_EXPORT int qt_defaultDpiX();
Q_GUI_EXPORT int qt_defaultDpiY();

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// The baseline print: what PacketBuilder::prepare() and PdfFile give a packet, without the safe document,
// the running header, the page numbers and the owner-only temporary file.
// Returns the number of pages printed.
int printBaseline(const QString &html, const QString &path)
{
    QTextDocument plain;
    plain.setDefaultFont(PacketBuilder::textFont(9.5));
    plain.setDocumentMargin(0);
    plain.setDefaultStyleSheet(PacketHtml::styleSheet());
    plain.setUndoRedoEnabled(false);
    plain.setHtml(html);
    QPdfWriter writer(path);
    writer.setResolution(600);
    PacketWriter::setUpPage(writer);
    // Laid out on the page's printable area in layout pixels, as PacketWriter does; print() then scales
    // it to the device instead of adding margins of its own.
    plain.setPageSize(QSizeF(writer.width() * double(qt_defaultDpiX()) / writer.logicalDpiX(),
                             writer.height() * double(qt_defaultDpiY()) / writer.logicalDpiY()));
    plain.print(&writer);
    return plain.pageCount();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"bench.db"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    DemoDataGenerator::Options o;
    o.cases = 60;
    o.volunteers = 20;
    if (Status s = DemoDataGenerator(o).generate(**db); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    const QList<qint64> ids = *CaseRepository(**db).allIds();
    const QList<Volunteer> volunteers = *VolunteerRepository(**db).all();
    AssignmentRepository assignments(**db);
    for (qsizetype i = 0; i < ids.size(); ++i)
        (void)assignments.assign(ids.at(i), volunteers.at(i % volunteers.size()).id);
    const qint64 id = ids.first();

    QList<double> packetMs, baselineMs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        if (Status s = PacketService((*db)->connection())
                           .savePacket(id, RedactionProfile::volunteer(), dir.filePath(u"one.pdf"_s));
            !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
            return 1;
        }
        packetMs << t.nsecsElapsed() / 1e6;

        // Baseline: the same HTML, plain QTextDocument, QTextDocument::print() to a QPdfWriter on a file.
        const auto data = PacketData::load((*db)->connection(), id);
        const QString html = PacketBuilder().html(*data);
        t.restart();
        printBaseline(html, dir.filePath(u"baseline.pdf"_s));
        baselineMs << t.nsecsElapsed() / 1e6;
    }

    // Where one packet's time goes.
    QList<double> loadMs, buildMs, layoutMs, writeMs, auditMs;
    int packetPages = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        const auto data = PacketData::load((*db)->connection(), id);
        loadMs << t.nsecsElapsed() / 1e6;
        t.restart();
        auto doc = PacketBuilder().build(*data);
        buildMs << t.nsecsElapsed() / 1e6;
        t.restart();
        doc->setPageSize(QSizeF(624, 860)); // about a Letter page's body at 96 dpi: layout alone
        (void)doc->pageCount();
        layoutMs << t.nsecsElapsed() / 1e6;
        doc->setPageSize(QSizeF(600, 860)); // force a new layout inside writePdf
        t.restart();
        (void)PacketService::writePdf(*doc, id, true, dir.filePath(u"parts.pdf"_s));
        packetPages = doc->pageCount();
        writeMs << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)PacketService((*db)->connection()).recordPacket(id, RedactionProfile::volunteer(), u"pdf"_s);
        auditMs << t.nsecsElapsed() / 1e6;
    }
    std::printf("parts: load %.1f ms, build %.1f ms, layout alone %.1f ms, lay out and write %.1f ms, audit %.1f ms\n",
                median(loadMs), median(buildMs), median(layoutMs), median(writeMs), median(auditMs));

    const QList<qint64> fifty = ids.mid(0, 50);
    QElapsedTimer t;
    t.start();
    PacketBatch batch((*db)->connection(), fifty, RedactionProfile::volunteer(), PacketBatch::Mode::OneFile,
                      dir.filePath(u"fifty.pdf"_s));
    if (Status s = batch.runToEnd(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    const double batchMs = t.nsecsElapsed() / 1e6;
    t.restart();
    for (qint64 c : fifty) {
        const auto data = PacketData::load((*db)->connection(), c);
        printBaseline(PacketBuilder().html(*data), dir.filePath(u"baseline-%1.pdf"_s.arg(c)));
    }
    const double batchBaselineMs = t.nsecsElapsed() / 1e6;

    const auto data = PacketData::load((*db)->connection(), id);
    std::printf("pages: packet %d, baseline %d (same HTML, font, page and resolution; the packet's header "
                "and footer take some of each page)\n",
                packetPages, printBaseline(PacketBuilder().html(*data), dir.filePath(u"pages.pdf"_s)));
    const double one = median(packetMs);
    const double base = median(baselineMs);
    std::printf("one packet (load, build, write PDF, audit): median %.1f ms over %d rounds (goal < 150 ms)\n",
                one, rounds);
    std::printf("baseline QTextDocument -> QPdfWriter, same HTML: median %.1f ms; ratio %.2f (goal <= 1.5)\n",
                base, base > 0 ? one / base : 0.0);
    std::printf("batch of 50 into one PDF: %.0f ms (%.1f ms a packet); baseline 50 plain prints incl. "
                "loading: %.0f ms; "
                "ratio %.2f\n",
                batchMs, batchMs / 50, batchBaselineMs,
                batchBaselineMs > 0 ? batchMs / batchBaselineMs : 0.0);
    return 0;
}
