// Packets: the PDF a volunteer receives, read back with poppler's pdftotext: every answer of a fully filled
// case is there, the redacted ones are not, user text prints literally and loads nothing, an empty case
// prints without "null" or bare headings, every page has the running header and its number.
#include "PacketFixture.h"
#include "core/Translations.h"
#include "domain/DistrictCatalog.h"
#include "domain/FieldCatalog.h"
#include "packets/PacketBuilder.h"
#include "packets/PacketData.h"
#include "packets/PacketService.h"
#include "packets/RedactionProfile.h"
#include "packets/RichText.h"
#include "packets/SafeTextDocument.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

QString expectedText(const FieldInfo &f, const QString &value)
{
    switch (f.kind) {
    case FieldKind::Months:
        return value + u" months"_s;
    case FieldKind::Choice:
    case FieldKind::ReasonList:
        return FieldCatalog::valueLabel(f.key, value);
    case FieldKind::District:
        return DistrictCatalog::byCode(value)->name;
    default:
        return value.simplified();
    }
}

} // namespace

class TestPacketBuilder : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_volunteer = 0;

    // The text from a section's heading to the next section's heading (the last of each, after the cover).
    static QString section(const QString &text, const QString &heading, const QString &next)
    {
        const qsizetype from = text.lastIndexOf(heading);
        const qsizetype to = text.indexOf(next, from);
        return from < 0 || to < 0 ? QString() : text.mid(from, to - from);
    }

    QString packetPdf(qint64 caseId, const RedactionProfile &profile, const QString &name = u"packet.pdf"_s)
    {
        const QString path = m_t->dirPath() + u'/' + name;
        const Status s = PacketService(m_t->connection()).savePacket(caseId, profile, path);
        if (!s)
            qWarning("%s", qPrintable(s.error().fullText()));
        test::keepForLooking(path, QString::fromLatin1(QTest::currentTestFunction()) + u".pdf"_s);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_volunteer = test::addVolunteer(m_t->db(), u"Dana Whitfield"_s);
        QVERIFY(m_volunteer > 0);
    }
    void cleanup() { m_t.reset(); }

    void volunteerProfile_pdfHasEveryFieldAndSection()
    {
        const qint64 id = test::fullyDocumentedCase(m_t->db(), m_volunteer);
        QVERIFY(id > 0);
        const QString text = test::pdfText(packetPdf(id, RedactionProfile::volunteer()));
        const CaseRecord c = test::validCase();
        for (const FieldInfo &f : FieldCatalog::fields()) {
            const QString v = c.value(f.key);
            QVERIFY2(!v.isEmpty(), qPrintable(f.key));
            const QString want = expectedText(f, v);
            QVERIFY2(text.contains(want), qPrintable(f.key + u": "_s + want));
            QVERIFY2(text.contains(FieldCatalog::label(f.key)), qPrintable(FieldCatalog::label(f.key)));
        }
        for (const QString &want : {u"Case packet"_s,
                                    u"Dana Whitfield, Hill & Dale LLP"_s,
                                    u"Hon. Kimba M. Wood"_s,
                                    u"Confidential"_s,
                                    u"Redaction profile"_s,
                                    u"Volunteer"_s,
                                    u"EXHAUSTION RIPE"_s,
                                    u"9 February 2024"_s,
                                    u"Screening and key dates"_s,
                                    u"Reasons checklist"_s,
                                    u"Oncologist confirms end-stage disease."_s,
                                    u"Duke oncology chart, 2023–2024"_s,
                                    u"Documents to obtain"_s,
                                    u"Judgment and commitment order"_s,
                                    u"Presentence report (PSR)"_s,
                                    u"Request to the warden"_s,
                                    u"Warden's response"_s,
                                    u"Contacts"_s,
                                    u"Luis García"_s,
                                    u"(718) 555-0199"_s,
                                    u"Status history"_s,
                                    u"Questionnaire complete"_s,
                                    u"Sister prefers calls after 6 pm."_s,
                                    u"Notes (continued)"_s})
            QVERIFY2(text.contains(want), qPrintable(want));
        // Each section holds its own details, not merely the document somewhere.
        const QString reasons = section(text, u"Reasons checklist"_s, u"Documents to obtain"_s);
        QVERIFY2(reasons.contains(u"Likely"_s) && reasons.contains(u"Possible"_s), qPrintable(reasons));
        const QString contacts = section(text, u"Contacts"_s, u"Status history"_s);
        QVERIFY2(contacts.contains(u"Luis García"_s) && contacts.contains(u"Language"_s)
                     && contacts.contains(u"English"_s), // the second submitter's language
                 qPrintable(contacts));
    }

    void screenedOut_quotesTheReferralInTheProgramsLanguage()
    {
        CaseRecord c = test::validCase();
        c.setValue(u"court_type"_s, u"state"_s);
        auto id = CaseRepository(m_t->db()).create(c);
        QVERIFY(id);
        const auto text = [this, &id] {
            auto doc = PacketService(m_t->connection()).packet(*id, RedactionProfile::volunteer());
            return doc ? (*doc)->toPlainText() : doc.error().fullText();
        };
        QVERIFY2(text().contains(u"We can only help with federal cases"_s), qPrintable(text()));
        QCOMPARE(Translations::install(QLocale(QLocale::Spanish, QLocale::Spain)), u"es"_s);
        const QString spanish = text();
        QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)), u"en"_s);
        QVERIFY2(spanish.contains(u"Solo podemos ayudar con casos federales"_s), qPrintable(spanish));
        QVERIFY(!spanish.contains(u"We can only help with federal cases"_s));
    }

    void externalProfile_withholdsMedicalDetailsAndContacts()
    {
        const qint64 id = test::fullyDocumentedCase(m_t->db(), m_volunteer);
        const QString text = test::pdfText(packetPdf(id, RedactionProfile::external()));
        const CaseRecord c = test::validCase();
        for (const QString &gone : {c.value(u"medical_summary").simplified(), c.value(u"submitter_phone"),
                                    c.value(u"submitter_email"), c.value(u"submitter_address").simplified(),
                                    u"(718) 555-0199"_s, u"luis.g@example.net"_s, u"Oncologist confirms"_s,
                                    u"Duke oncology"_s, u"Sister prefers calls"_s, u"Bronx, NY 10451"_s})
            QVERIFY2(!text.contains(gone), qPrintable(gone));
        for (const QString &kept :
             {c.value(u"person_name"), c.value(u"register_number"), c.value(u"offense"),
              c.value(u"family_summary"), u"Ana García"_s, u"Luis García"_s, u"External"_s,
              u"Withheld under the External profile"_s, u"Medical records"_s})
            QVERIFY2(text.contains(kept), qPrintable(kept));
    }

    void userText_printsLiterallyAndLoadsNothing()
    {
        CaseRecord c = test::validCase(u"<b>x</b>"_s);
        c.setValue(u"offense"_s, u"&amp; fraud"_s);
        c.setValue(u"other_summary"_s, u"<img src=\"file:///etc/hostname\">"_s);
        c.setValue(u"aliases"_s, u"abc\u202Edef"_s);
        c.setValue(u"release_plan"_s, u"<script>alert(1)</script> <a href=\"http://example.com\">x</a>"_s);
        const qint64 id = test::fullyDocumentedCase(m_t->db(), m_volunteer, c);
        QVERIFY(id > 0);

        auto data = PacketData::load(m_t->connection(), id);
        QVERIFY(data);
        auto doc = PacketBuilder().build(*data);
        QCOMPARE(doc->refusedResources(), 0);
        QVERIFY(!doc->hasNonTextObjects());
        QVERIFY(!doc->toPlainText().contains(u'\u202E'));

        const QString path = packetPdf(id, RedactionProfile::volunteer());
        const QString text = test::pdfText(path);
        for (const QString &literal :
             {u"<b>x</b>"_s, u"&amp; fraud"_s, u"<img src=\"file:///etc/hostname\">"_s, u"abc[U+202E]def"_s,
              u"<script>alert(1)</script>"_s, u"<a href=\"http://example.com\">x</a>"_s})
            QVERIFY2(text.contains(literal), qPrintable(literal));
        const QByteArray bytes = test::readAll(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QCOMPARE(test::pdfImageCount(path), 0);
        QVERIFY(!bytes.contains("/URI"));
    }

    void richText_escapesMarkupAndShowsHiddenControls()
    {
        QCOMPARE(RichText::escape(u"<b>&amp;</b>"_s), u"&lt;b&gt;&amp;amp;&lt;/b&gt;"_s);
        QCOMPARE(RichText::escape(u"a\u202Eb\u200Bc\u2066d"_s), u"a[U+202E]b[U+200B]c[U+2066]d"_s);
        QCOMPARE(RichText::escape(u"José 😀"_s), u"José 😀"_s);
        QCOMPARE(RichText::escapeLines(u"a\r\nb<"_s), u"a<br/>b&lt;"_s);
    }

    void emptyCase_printsWithoutNullOrBareHeadings()
    {
        CaseRecord empty = test::minimalCase(u"Ola"_s);
        auto created = CaseRepository(m_t->db()).create(empty);
        QVERIFY(created);
        const qint64 id = *created;
        auto data = PacketData::load(m_t->connection(), id);
        QVERIFY(data);
        auto doc = PacketBuilder().build(*data);
        // Every heading is followed by something that is not another heading of the same or a higher level.
        int headings = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if (level == 0)
                continue;
            ++headings;
            QVERIFY2(!b.text().trimmed().isEmpty(), "empty heading");
            QTextBlock next = b.next();
            while (next.isValid() && next.text().trimmed().isEmpty() &&
                   next.blockFormat().headingLevel() == 0 && !next.text().contains(QChar::Nbsp))
                next = next.next();
            QVERIFY2(next.isValid(), qPrintable(u"nothing after "_s + b.text()));
            const int nextLevel = next.blockFormat().headingLevel();
            QVERIFY2(nextLevel == 0 || nextLevel > level, qPrintable(u"bare heading "_s + b.text()));
        }
        QVERIFY(headings > 10);
        const QString text = test::pdfText(packetPdf(id, RedactionProfile::volunteer()));
        for (const QString &bad : {u"null"_s, u"NULL"_s, u"()"_s, u"Invalid"_s, u"%1"_s, u"{{"_s})
            QVERIFY2(!text.contains(bad), qPrintable(bad));
        QVERIFY(text.contains(u"Not answered"_s));
        QVERIFY(text.contains(u"Not assigned yet"_s));
        QVERIFY(text.contains(u"no warden request on file"_s));
    }

    void everyPage_hasRunningHeaderAndNumber()
    {
        const qint64 id = test::fullyDocumentedCase(m_t->db(), m_volunteer);
        const QString path = packetPdf(id, RedactionProfile::volunteer());
        const int pages = test::pdfPages(path);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        for (int p = 1; p <= pages; ++p) {
            const QString text = test::pdfText(path, p);
            QVERIFY2(text.contains(u"Clearinghouse case %1"_s.arg(id)), qPrintable(text.left(200)));
            QVERIFY(text.contains(u"Confidential"_s));
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(p).arg(pages)), qPrintable(text.right(200)));
        }
        // The cover is a page of its own and the last two pages are for notes.
        QVERIFY(!test::pdfText(path, 1).contains(u"In custody since"_s));
        QVERIFY(test::pdfText(path, 2).contains(u"Confidential Case summary Person"_s));
        QVERIFY(test::pdfText(path, pages).contains(u"Notes (continued)"_s));
    }

    void savedPdf_isOwnerOnlyEvenOverAWiderFile_andAudited()
    {
        const qint64 id = test::fullyDocumentedCase(m_t->db(), m_volunteer);
        const QString path = m_t->dirPath() + u"/wide.pdf"_s;
        QVERIFY(test::writeAll(path, "old"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther));
        QVERIFY(PacketService(m_t->connection()).savePacket(id, RedactionProfile::external(), path));
        QVERIFY(test::isOwnerOnly(path));
        QVERIFY(test::readAll(path).startsWith("%PDF"));
        auto audit = AuditLog::entries(m_t->connection(), u"case"_s, id);
        QVERIFY(audit);
        QCOMPARE(audit->constLast().action, u"packet_printed"_s);
        QCOMPARE(audit->constLast().after.value(u"profile"_s).toString(), u"external"_s);
    }

    void unknownCase_failsWithASentenceAndWritesNothing()
    {
        const QString path = m_t->dirPath() + u"/none.pdf"_s;
        const Status s =
            PacketService(m_t->connection()).savePacket(999, RedactionProfile::volunteer(), path);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void profiles_byName()
    {
        QCOMPARE(RedactionProfile::names(), (QStringList{u"volunteer"_s, u"external"_s}));
        QVERIFY(!RedactionProfile::byName(u"everyone"));
        QVERIFY(RedactionProfile::byName(u"external")->hidesField(u"submitter_phone"));
        QVERIFY(!RedactionProfile::byName(u"volunteer")->hidesField(u"medical_summary"));
    }
};

QTEST_MAIN(TestPacketBuilder)
#include "tst_packetbuilder.moc"
