// Letters to families: the family's language picks the template, staff edits are stored and audited,
// values are escaped and filled in one pass, and the PDF reads as the template says.
#include "PacketFixture.h"
#include "packets/LetterBuilder.h"
#include "packets/PacketData.h"
#include "packets/PacketService.h"
#include "storage/AuditLog.h"
#include "storage/LetterTemplateRepository.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestLetters : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_t;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    }
    void cleanup() { m_t.reset(); }

    void familyLanguage_fromSubmitterThenPerson()
    {
        CaseRecord c;
        QCOMPARE(LetterBuilder::familyLanguage(c), u"en"_s);
        c.setValue(u"person_language"_s, u"Spanish"_s);
        QCOMPARE(LetterBuilder::familyLanguage(c), u"es"_s);
        c.setValue(u"submitter_language"_s, u"English"_s);
        QCOMPARE(LetterBuilder::familyLanguage(c), u"en"_s);
        for (const QString &es : {u"es"_s, u"Español"_s, u"espanol"_s, u"SPANISH"_s, u"es-MX"_s}) {
            c.setValue(u"submitter_language"_s, es);
            QCOMPARE(LetterBuilder::familyLanguage(c), u"es"_s);
        }
    }

    void everyDefaultTemplate_existsAndUsesOnlyKnownPlaceholders()
    {
        for (const QString &kind : LetterTemplateRepository::kinds()) {
            for (const QString &lang : LetterTemplateRepository::languages()) {
                auto body = LetterTemplateRepository::defaultBody(kind, lang);
                QVERIFY2(body && body->size() > 200, qPrintable(kind + u'.' + lang));
                QVERIFY2(LetterBuilder::unknownPlaceholders(*body).isEmpty(), qPrintable(kind + u'.' + lang));
            }
        }
        QCOMPARE(LetterBuilder::unknownPlaceholders(u"{{family_name}} {{ nope }} {{nope}}"_s),
                 QStringList{u"nope"_s});
    }

    void spanishFamily_getsSpanishLetterWithValuesFilled()
    {
        const qint64 vol = test::addVolunteer(m_t->db(), u"Dana Whitfield"_s);
        const qint64 id = test::fullyDocumentedCase(m_t->db(), vol); // submitter_language Spanish
        QVERIFY(id > 0);
        const QString path = m_t->dirPath() + u"/matched.pdf"_s;
        QVERIFY(PacketService(m_t->connection()).saveLetter(id, u"matched"_s, {}, path));
        test::keepForLooking(path, u"letter-matched-es.pdf"_s);
        QVERIFY(test::isOwnerOnly(path));
        const QString text = test::pdfText(path);
        for (const QString &want :
             {u"Estimado/a Ana García:"_s, u"José García"_s, u"Dana Whitfield, Hill & Dale LLP"_s,
              u"caso %1"_s.arg(id), u"12345-054"_s, u"Asunto"_s, u"12 Main Street"_s})
            QVERIFY2(text.contains(want), qPrintable(want + u" in "_s + text.left(400)));
        QVERIFY(!text.contains(u"{{"_s));
        QVERIFY(!text.contains(u"Confidential"_s)); // letters go to families: no packet header
        auto audit = AuditLog::entries(m_t->connection(), u"case"_s, id);
        QVERIFY(audit);
        QCOMPARE(audit->constLast().action, u"letter_printed"_s);
        QCOMPARE(audit->constLast().after.value(u"language"_s).toString(), u"es"_s);
    }

    void referralLetter_carriesTheScreeningReferral()
    {
        CaseRecord c = test::validCase();
        c.setValue(u"court_type"_s, u"state"_s);
        c.setValue(u"submitter_language"_s, u"English"_s);
        CaseRepository repo(m_t->db());
        auto id = repo.create(c);
        QVERIFY(id);
        auto data = PacketData::load(m_t->connection(), *id);
        QVERIFY(data && data->screening);
        const QString referral = data->screening->referralText(u"en");
        QVERIFY(!referral.isEmpty());
        const QString html =
            LetterBuilder::html(*LetterTemplateRepository::defaultBody(u"referral"_s, u"en"_s), *data,
                                u"en"_s, QDate(2026, 11, 29));
        QVERIFY(html.contains(u"November 29, 2026"_s));
        QVERIFY(html.contains(referral.left(30).toHtmlEscaped()));
    }

    void valuesAreEscapedAndNotExpandedTwice()
    {
        CaseRecord c = test::minimalCase(u"<b>x</b> {{family_name}}"_s);
        c.setValue(u"submitter_name"_s, u"&amp; \u202E"_s);
        auto id = CaseRepository(m_t->db()).create(c);
        QVERIFY(id);
        auto data = PacketData::load(m_t->connection(), *id);
        QVERIFY(data);
        const QString html =
            LetterBuilder::html(u"Dear {{family_name}},\n\nAbout {{person_name}} <i>{{unknown}}</i>."_s,
                                *data, u"en"_s, QDate(2026, 1, 2));
        QVERIFY(html.contains(u"&lt;b&gt;x&lt;/b&gt; {{family_name}}"_s));
        QVERIFY(html.contains(u"Dear &amp;amp; [U+202E],"_s));
        QVERIFY(html.contains(u"&lt;i&gt;{{unknown}}&lt;/i&gt;"_s));
        QVERIFY(!html.contains(u"<i>"_s));
    }

    void editedTemplate_isUsedAuditedAndCanBeReset()
    {
        LetterTemplateRepository repo(m_t->db());
        auto t = repo.load(u"received"_s, u"en"_s);
        QVERIFY(t && t->isDefault);
        QVERIFY(repo.save(u"received"_s, u"en"_s, u"Hello {{family_name}}, we have it."_s));
        t = repo.load(u"received"_s, u"en"_s);
        QVERIFY(t && !t->isDefault);
        QCOMPARE(t->body, u"Hello {{family_name}}, we have it."_s);
        QVERIFY(!t->updatedBy.isEmpty());
        QVERIFY(repo.save(u"received"_s, u"en"_s, u"Hello again."_s));
        QCOMPARE(repo.load(u"received"_s, u"en"_s)->body, u"Hello again."_s);
        QCOMPARE(repo.load(u"received"_s, u"es"_s)->isDefault, true);

        CaseRecord c = test::minimalCase(u"Ola"_s);
        auto id = CaseRepository(m_t->db()).create(c);
        QVERIFY(id);
        auto doc = PacketService(m_t->connection()).letter(*id, u"received"_s, u"en"_s);
        QVERIFY(doc);
        QVERIFY((*doc)->toPlainText().contains(u"Hello again."_s));

        QVERIFY(repo.resetToDefault(u"received"_s, u"en"_s));
        QVERIFY(repo.load(u"received"_s, u"en"_s)->isDefault);
        QVERIFY(!repo.save(u"received"_s, u"en"_s, u"   "_s));
        QCOMPARE(repo.save(u"thanks"_s, u"en"_s, u"x"_s).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(repo.load(u"received"_s, u"fr"_s).error().kind, Error::Kind::InvalidInput);
        auto count = test::scalar(m_t->connection(),
                                  u"SELECT count(*) FROM audit_log WHERE entity = 'letter_template'"_s);
        QCOMPARE(count.toInt(), 3); // two saves and a reset
    }
};

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
