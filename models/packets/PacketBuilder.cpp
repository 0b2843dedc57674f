#include "PacketBuilder.h"

#include "PacketHtml.h"
#include "RichText.h"
#include "SafeTextDocument.h"
#include "core/Translations.h"
#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "domain/FieldCatalog.h"
#include "domain/ReasonCatalog.h"

#include <QFont>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

using H = PacketHtml;

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"d MMM yyyy, HH:mm"_s) : QString();
}

int ageOn(QDate born, QDate on)
{
    int years = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --years;
    return years;
}

// "240 months", "1 month", "Life": spelled out here because the packet must read well even where no
// translation (with its plural forms) is installed.
QString monthsText(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value == u"life"_s)
        return FieldCatalog::valueLabel(u"sentence_months", value);
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok)
        return value;
    const QString months = n == 1 ? PacketBuilder::tr("1 month") : PacketBuilder::tr("%1 months").arg(n);
    if (n < 24)
        return months;
    // Volunteers think in years: "297 months (24 years 9 months)".
    return n % 12 == 0 ? PacketBuilder::tr("%1 (%2 years)").arg(months).arg(n / 12)
                       : PacketBuilder::tr("%1 (%2 years %3 months)").arg(months).arg(n / 12).arg(n % 12);
}

QString judgeOf(const CaseRecord &r)
{
    for (const QString &key : {u"sentencing_judge"_s, u"judge"_s}) {
        const QString v = r.extraAnswers.value(key).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

PacketBuilder::PacketBuilder(RedactionProfile profile) : m_profile(std::move(profile)) {}

QString PacketBuilder::headerText(qint64 caseId)
{
    return tr("Clearinghouse case %1").arg(caseId);
}

void PacketBuilder::prepare(SafeTextDocument &doc)
{
    doc.setDefaultFont(textFont(9.5));
    doc.setDocumentMargin(0); // the page margins come from the device's page layout
    doc.setDefaultStyleSheet(H::styleSheet());
    doc.setUndoRedoEnabled(false);
}

QFont PacketBuilder::textFont(double pointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(pointSize);
    // A letter spacing other than zero turns off optional ligatures (Qt has no other switch before 6.7), so
    // "fi" stays two letters: copied or searched text reads "Confidential", not "Conﬁdential". A 64th of a
    // pixel does not show.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

QString PacketBuilder::keyDateLabel(QStringView code)
{
    if (code == u"age_prong")
        return tr("Age prong, §1B1.13(b)(2)");
    if (code == u"ten_years_served")
        return tr("Ten years served, §1B1.13(b)(6)");
    if (code == u"statutory_70_30")
        return tr("Age 70 and 30 years served, §3582(c)(1)(A)(ii)");
    if (code == u"exhaustion_ripe")
        return tr("Exhaustion ripe (30 days after the warden's receipt)");
    return code.toString();
}

QString PacketBuilder::gateLabel(QStringView code)
{
    if (code == u"not_federal")
        return tr("Not a federal case");
    if (code == u"not_compassionate_release")
        return tr("Not a request for compassionate release");
    if (code == u"not_sentenced")
        return tr("Not yet sentenced");
    if (code == u"not_in_custody")
        return tr("No longer in custody");
    return code.toString();
}

QString PacketBuilder::html(const PacketData &d) const
{
    QString out;
    out.reserve(32 * 1024);
    out += u"<html><body>"_s;
    out += cover(d);
    out += summary(d);
    out += screening(d);
    out += reasons(d);
    out += documents(d);
    out += answers(d);
    out += contacts(d);
    out += history(d);
    out += staffNotes(d);
    out += notesPages();
    out += u"</body></html>"_s;
    return out;
}

std::unique_ptr<SafeTextDocument> PacketBuilder::build(const PacketData &d) const
{
    auto doc = std::make_unique<SafeTextDocument>();
    prepare(*doc);
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Case packet, case %1").arg(d.record.id));
    doc->setHtml(html(d));
    return doc;
}

QString PacketBuilder::exhaustionBox(const PacketData &d) const
{
    QString inner =
        u"<p class=\"kicker\">%1</p>"_s.arg(H::esc(tr("EXHAUSTION RIPE: MAY FILE IN COURT FROM")));
    if (!d.screening) {
        inner += H::paragraph(H::muted(tr("Screening could not be run, so this date is not known.")));
        return H::box(inner, u"key"_s);
    }
    const KeyDate &k = d.screening->exhaustionRipe;
    if (k.date.isValid()) {
        const QString timing = k.isReached() ? tr("reached") : tr("upcoming");
        inner +=
            u"<p class=\"big\">%1 <span style=\"font-size: 10pt; font-weight: normal;\">(%2)</span></p>"_s
                .arg(H::esc(H::longDate(k.date)), H::esc(timing));
    } else {
        inner += u"<p class=\"big\">%1</p>"_s.arg(H::esc(tr("Not yet: no warden request on file")));
    }
    inner += H::paragraph(H::esc(k.explanation()));
    return H::box(inner, u"key"_s);
}

QString PacketBuilder::cover(const PacketData &d) const
{
    const CaseRecord &r = d.record;
    QString out;
    out += u"<p class=\"kicker\">%1</p>"_s.arg(H::esc(tr("COMPASSIONATE RELEASE CLEARINGHOUSE")));
    out += u"<h1>%1</h1>"_s.arg(H::esc(tr("Case packet")));
    const QString name = r.value(u"person_name");
    out += u"<p class=\"big\" style=\"margin-bottom: 12px;\">%1</p>"_s.arg(
        name.isEmpty() ? H::muted(tr("Name not given")) : H::esc(name));

    H::Facts facts;
    facts.addText(tr("Clearinghouse case"), QString::number(r.id));
    facts.addText(tr("Register number"), r.value(u"register_number"));
    facts.addText(tr("Facility"), r.value(u"facility"));
    const QString districtCode = r.value(u"sentencing_district");
    if (const District *district = DistrictCatalog::byCode(districtCode))
        facts.addText(
            tr("Sentencing district"),
            tr("%1 (%2), circuit %3").arg(district->name, district->code.toUpper(), district->circuit));
    else
        facts.addText(tr("Sentencing district"), districtCode);
    const QString judge = judgeOf(r);
    facts.add(tr("Sentencing judge"),
              judge.isEmpty() ? H::muted(tr("Not recorded: see the judgment")) : H::esc(judge));
    facts.addText(tr("Court case number"), r.value(u"case_number"));
    if (d.assignment) {
        QString who = H::esc(d.assignment->volunteerName);
        if (d.volunteer && !d.volunteer->organization.isEmpty())
            who += u", "_s + H::esc(d.volunteer->organization);
        who += u"<br/>"_s +
               H::muted(tr("assigned on %1").arg(H::longDate(d.assignment->assignedAt.toLocalTime().date())));
        facts.add(tr("Assigned volunteer"), who);
    } else {
        facts.add(tr("Assigned volunteer"), H::muted(tr("Not assigned yet")));
    }
    facts.addText(tr("Status"), CaseStatus::label(r.status));
    facts.addText(tr("Prepared"), d.preparedBy.isEmpty()
                                      ? H::longDate(d.asOf)
                                      : tr("%1 by %2").arg(H::longDate(d.asOf), d.preparedBy));
    facts.add(tr("Redaction profile"), u"<b>%1</b>"_s.arg(H::esc(m_profile.label())));
    out += facts.html();

    out += exhaustionBox(d);

    const QString notice = u"<p><b>%1</b></p><p>%2</p><p><b>%3</b> %4</p>"_s.arg(
        H::esc(tr("Confidential")),
        H::esc(tr("This packet holds private information about a person in federal custody and their family. "
                  "It is shared with you only for your work on this case. Do not copy it or pass it on, keep "
                  "it where others cannot read it, and return or destroy it when your work ends.")),
        H::esc(tr("Redaction profile: %1.").arg(m_profile.label())), H::esc(m_profile.description()));
    out += H::box(notice, u"notice"_s);

    QStringList contents{tr("Case summary"),        tr("Screening and key dates"), tr("Reasons checklist"),
                         tr("Documents to obtain"), tr("Questionnaire answers"),   tr("Contacts"),
                         tr("Status history")};
    if (m_profile.showsStaffNotes())
        contents << tr("Staff notes");
    contents << tr("Pages for your notes");
    out += u"<p style=\"margin-top: 14px;\">%1 %2</p>"_s.arg(
        u"<span class=\"label\">%1</span>"_s.arg(H::esc(tr("In this packet:"))),
        H::esc(contents.join(u" · "_s)));
    return out;
}

QString PacketBuilder::summary(const PacketData &d) const
{
    const CaseRecord &r = d.record;
    QString out = H::heading(tr("Case summary"), true);
    H::Facts facts;
    QString person = r.value(u"person_name");
    const QDate born = r.date(u"date_of_birth");
    if (born.isValid())
        person = person.isEmpty() ? tr("Age %1").arg(ageOn(born, d.asOf))
                                  : tr("%1, age %2").arg(person).arg(ageOn(born, d.asOf));
    facts.addText(tr("Person"), person);
    facts.add(tr("Offense"), H::escLines(r.value(u"offense")));
    facts.addText(tr("Sentence"), monthsText(r.value(u"sentence_months")));
    facts.addText(tr("In custody since"), r.value(u"custody_start_date"));
    facts.addText(tr("Projected release"), r.value(u"projected_release_date"));
    facts.addText(tr("Relief sought"), FieldCatalog::valueLabel(u"relief_sought", r.value(u"relief_sought")));
    facts.addText(tr("Reasons claimed"), FieldCatalog::valueLabel(u"reasons", r.value(u"reasons")));
    if (const QString req = r.value(u"warden_request_date"); !req.isEmpty()) {
        QString warden = tr("Request received %1").arg(req);
        if (const QString resp = r.value(u"warden_response"); !resp.isEmpty()) {
            const QString on = r.value(u"warden_response_date");
            const QString label = FieldCatalog::valueLabel(u"warden_response", resp);
            warden += u" · "_s + (on.isEmpty() ? tr("Response: %1").arg(label)
                                               : tr("Response: %1 on %2").arg(label, on));
        }
        facts.addText(tr("Warden"), warden);
    }
    if (r.returningPerson)
        facts.addText(tr("Earlier requests"), tr("This person has asked before; see the case list."));
    out += facts.isEmpty()
               ? H::paragraph(H::muted(tr("Few answers are on file yet; see the questionnaire answers.")))
               : facts.html();
    return out;
}

QString PacketBuilder::screening(const PacketData &d) const
{
    QString out = H::heading(tr("Screening and key dates"));
    if (!d.screening)
        return out + H::paragraph(H::muted(tr("Screening could not be run for this case; ask the office.")));
    const ScreeningResult &s = *d.screening;
    QString outcome;
    switch (s.outcome) {
    case ScreeningResult::Outcome::ScreenedIn:
        outcome = tr("Screened in");
        break;
    case ScreeningResult::Outcome::ScreenedOut:
        outcome = tr("Screened out");
        break;
    case ScreeningResult::Outcome::NeedsInfo:
        outcome = tr("Needs more information");
        break;
    }
    out += H::paragraph(u"<b>%1</b> %2"_s.arg(
        H::esc(outcome), H::muted(tr("as of %1, rules %2").arg(H::longDate(s.asOf), s.ruleSetVersion))));
    if (!s.reasons.isEmpty()) {
        QStringList gates;
        for (const QString &g : s.reasons)
            gates << gateLabel(g);
        out += H::paragraph(H::esc(tr("Why: %1.").arg(gates.join(u"; "_s))));
    }
    if (!s.missing.isEmpty()) {
        QStringList fields;
        for (const QString &f : s.missing)
            fields << FieldCatalog::label(f);
        out += H::paragraph(H::esc(tr("Still needed: %1.").arg(fields.join(u", "_s))));
    }
    for (const QString &w : s.warnings)
        out += H::paragraph(H::esc(tr("Note: %1").arg(w)));

    H::Grid grid({tr("Key date"), tr("Date"), tr("Explanation")}, {28, 18, 54});
    for (const KeyDate *k : s.keyDates()) {
        QString date = k->date.isValid() ? H::esc(H::longDate(k->date)) : H::muted(tr("Not available"));
        if (k->date.isValid())
            date += u"<br/>"_s + H::muted(k->isReached() ? tr("reached") : tr("upcoming"));
        if (k->afterRelease)
            date += u"<br/>"_s + H::muted(tr("after projected release"));
        const bool key = k->code == u"exhaustion_ripe"_s;
        const QString label =
            key ? u"<b>%1</b>"_s.arg(H::esc(keyDateLabel(k->code))) : H::esc(keyDateLabel(k->code));
        grid.addRow({label, key ? u"<b>%1</b>"_s.arg(date) : date, H::esc(k->explanation())},
                    key ? u"background-color: #fdf0d5;"_s : QString());
    }
    out += grid.html();
    for (const ContestedReason &c : s.contested) {
        QString text = tr("%1 is contested").arg(ReasonCatalog::label(c.reason));
        if (!c.circuit.isEmpty() && !c.circuitStatus.isEmpty())
            text += tr("; in circuit %1 it is %2")
                        .arg(c.circuit, c.circuitStatus == u"rejected"_s ? tr("rejected") : tr("contested"));
        text += u". "_s + (c.circuitNote.isEmpty() ? c.note : c.circuitNote);
        out += H::paragraph(H::esc(text.trimmed()));
    }
    if (s.outcome == ScreeningResult::Outcome::ScreenedOut) {
        // The packet is written in the program's language; the referral quoted in it follows.
        const QString referral = s.referralText(Translations::current());
        if (!referral.isEmpty())
            out += H::box(u"<p><b>%1</b></p><p>%2</p>"_s.arg(H::esc(tr("Referral given to the family")),
                                                             H::escLines(referral)),
                          u"plain"_s);
    }
    return out;
}

QString PacketBuilder::reasons(const PacketData &d) const
{
    QString out = H::heading(tr("Reasons checklist (USSG §1B1.13(b))"));
    out += H::paragraph(
        H::muted(tr("A ticked box is a reason the family claimed. The assessment and the evidence "
                    "are the office's work so far.")));
    H::Grid grid({QString(), tr("Reason"), tr("Assessment"), tr("Evidence")}, {5, 35, 20, 40});
    const QStringList claimed = d.record.list(u"reasons");
    for (const ReasonAssessment &a : d.reasons) {
        const ReasonInfo *info = ReasonCatalog::find(a.code);
        const bool isClaimed = a.claimed || claimed.contains(a.code);
        const bool medical = info && info->category == u"medical"_s;
        QString reason = u"<b>%1</b>"_s.arg(H::esc(ReasonCatalog::label(a.code)));
        if (info && !info->section.isEmpty())
            reason += u" "_s + H::muted(info->section);
        if (!a.narrative.isEmpty()) {
            reason += u"<br/>"_s +
                      (medical && !m_profile.showsMedical()
                           ? H::muted(tr("Narrative withheld under the %1 profile.").arg(m_profile.label()))
                           : H::escLines(a.narrative));
        }
        QStringList evidence;
        for (const EvidenceItem &e : a.evidence) {
            QString item = H::esc(ReasonRepository::evidenceTypeLabel(e.type));
            const bool hide = RedactionProfile::isMedicalEvidence(e.type) && !m_profile.showsMedical();
            if (!e.description.isEmpty() && !hide)
                item += u": "_s + H::esc(e.description);
            if (e.isReceived())
                item += u" "_s + H::muted(tr("(received %1)").arg(QLocale().toString(e.receivedOn, QLocale::ShortFormat)));
            else if (e.requestedOn.isValid())
                item += u" "_s + H::muted(tr("(requested %1)").arg(QLocale().toString(e.requestedOn, QLocale::ShortFormat)));
            else
                item += u" "_s + H::muted(tr("(to request)"));
            evidence << item;
        }
        grid.addRow({H::checkbox(isClaimed), reason, H::esc(ReasonRepository::assessmentLabel(a.assessment)),
                     evidence.isEmpty() ? H::muted(tr("None on file")) : evidence.join(u"<br/>"_s)},
                    isClaimed ? u"background-color: #f3f6fb;"_s : QString());
    }
    if (grid.isEmpty())
        return out + H::paragraph(H::muted(tr("The reasons tracker could not be read.")));
    return out + grid.html();
}

QString PacketBuilder::documents(const PacketData &d) const
{
    const CaseRecord &r = d.record;
    QList<EvidenceItem> all;
    for (const ReasonAssessment &a : d.reasons)
        all += a.evidence;
    auto statusOf = [&all](const QStringList &types, bool &done) {
        QStringList parts;
        done = false;
        for (const EvidenceItem &e : all) {
            if (!types.contains(e.type))
                continue;
            if (e.isReceived()) {
                done = true;
                parts << tr("received %1").arg(QLocale().toString(e.receivedOn, QLocale::ShortFormat));
            } else if (e.requestedOn.isValid()) {
                parts << tr("requested %1").arg(QLocale().toString(e.requestedOn, QLocale::ShortFormat));
            }
        }
        parts.removeDuplicates();
        return parts;
    };
    struct Doc
    {
        QString label;
        QStringList types;
        QString fromAnswers;
    };
    QString wardenResponse;
    if (const QString resp = r.value(u"warden_response");
        !resp.isEmpty() && resp != u"none"_s && resp != u"unknown"_s) {
        const QString on = r.value(u"warden_response_date");
        wardenResponse = on.isEmpty() ? tr("Per the questionnaire: %1; get a copy")
                                            .arg(FieldCatalog::valueLabel(u"warden_response", resp))
                                      : tr("Per the questionnaire: %1 on %2; get a copy")
                                            .arg(FieldCatalog::valueLabel(u"warden_response", resp), on);
    }
    const QList<Doc> docs = {
        {tr("Judgment and commitment order"), {u"judgment"_s}, {}},
        {tr("Presentence report (PSR)"), {u"psr"_s}, {}},
        {tr("Medical records and physician letters"), {u"medical_records"_s, u"physician_letter"_s}, {}},
        {tr("BOP medical records"), {u"bop_medical_records"_s}, {}},
        {tr("BOP records (progress report, disciplinary history)"), {u"bop_records"_s}, {}},
        {tr("Request to the warden"),
         {u"warden_request"_s},
         r.value(u"warden_request_date").isEmpty()
             ? QString()
             : tr("Per the questionnaire, the warden received it on %1; get a copy")
                   .arg(r.value(u"warden_request_date"))},
        {tr("Warden's response"), {u"warden_response"_s}, wardenResponse},
    };
    QString out = H::heading(tr("Documents to obtain"));
    H::Grid grid({QString(), tr("Document"), tr("Status")}, {5, 45, 50});
    for (const Doc &doc : docs) {
        bool done = false;
        QStringList parts = statusOf(doc.types, done);
        if (!doc.fromAnswers.isEmpty())
            parts << doc.fromAnswers;
        grid.addRow({H::checkbox(done), H::esc(doc.label),
                     parts.isEmpty() ? H::muted(tr("To obtain")) : H::esc(parts.join(u"; "_s))});
    }
    return out + grid.html();
}

QString PacketBuilder::answerHtml(const QString &key, const QString &value) const
{
    if (m_profile.hidesField(key))
        return H::muted(tr("Withheld under the %1 profile").arg(m_profile.label()));
    if (value.trimmed().isEmpty())
        return H::muted(tr("Not answered"));
    const FieldInfo *f = FieldCatalog::find(key);
    if (!f)
        return H::escLines(value);
    switch (f->kind) {
    case FieldKind::Months:
        return H::esc(monthsText(value));
    case FieldKind::Choice:
    case FieldKind::ReasonList:
        return H::esc(FieldCatalog::valueLabel(key, value));
    case FieldKind::District:
        if (const District *district = DistrictCatalog::byCode(value))
            return H::esc(tr("%1 (%2)").arg(district->name, district->code.toUpper()));
        return H::esc(value);
    case FieldKind::LongText:
        return H::escLines(value);
    default:
        return H::esc(value);
    }
}

QString PacketBuilder::answers(const PacketData &d) const
{
    QString out = H::heading(tr("Questionnaire answers"), true);
    for (FieldGroup group : FieldCatalog::groups()) {
        out += H::subheading(FieldCatalog::groupTitle(group));
        H::Facts facts;
        for (const FieldInfo *f : FieldCatalog::fieldsInGroup(group))
            facts.add(FieldCatalog::label(f->key), answerHtml(f->key, d.record.value(f->key)));
        out += facts.html();
    }
    if (!d.record.extraAnswers.isEmpty()) {
        out += H::subheading(tr("Other answers on the form"));
        H::Facts facts;
        for (auto it = d.record.extraAnswers.begin(); it != d.record.extraAnswers.end(); ++it) {
            const QString v =
                it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            // Column names from the imported file: "sentencing_judge" reads "Sentencing judge".
            QString label = it.key();
            label.replace(u'_', u' ');
            if (!label.isEmpty())
                label[0] = label.at(0).toUpper();
            facts.add(label, v.isEmpty() ? H::muted(tr("Not answered")) : H::escLines(v));
        }
        out += facts.html();
    }
    return out;
}

QString PacketBuilder::contacts(const PacketData &d) const
{
    QString out = H::heading(tr("Contacts"));
    const QList<Submitter> submitters = d.record.allSubmitters();
    int n = 0;
    for (const Submitter &s : submitters) {
        if (s.isEmpty())
            continue;
        ++n;
        out += H::subheading(s.name.isEmpty() ? tr("Submitter %1").arg(n) : s.name);
        H::Facts facts;
        facts.addText(tr("Relationship"), s.relationship);
        facts.add(tr("Language"), s.language.isEmpty() ? H::muted(tr("Not given")) : H::esc(s.language));
        if (m_profile.showsContacts()) {
            facts.addText(tr("Phone"), s.phone);
            facts.addText(tr("Email"), s.email);
            facts.add(tr("Address"), H::escLines(s.address));
        } else {
            facts.add(tr("Contact details"),
                      H::muted(tr("Withheld under the %1 profile").arg(m_profile.label())));
        }
        if (n == 1)
            facts.addText(
                tr("Consent to contact"),
                FieldCatalog::valueLabel(u"consent_to_contact", d.record.value(u"consent_to_contact")));
        out += facts.html();
    }
    if (n == 0)
        out += H::paragraph(H::muted(tr("No submitter is on file.")));
    const QString lang = d.record.value(u"person_language");
    out += H::subheading(tr("Person in custody"));
    H::Facts person;
    person.addText(tr("Name"), d.record.value(u"person_name"));
    person.add(tr("Language"), lang.isEmpty() ? H::muted(tr("Not given")) : H::esc(lang));
    person.addText(tr("Facility"), d.record.value(u"facility"));
    person.addText(tr("Register number"), d.record.value(u"register_number"));
    out += person.html();
    return out;
}

QString PacketBuilder::history(const PacketData &d) const
{
    QString out = H::heading(tr("Status history"));
    if (d.history.isEmpty())
        return out + H::paragraph(H::muted(tr("No status changes are recorded yet.")));
    H::Grid grid({tr("When"), tr("Change"), tr("By"), tr("Comment")}, {23, 30, 15, 32});
    for (const StatusChange &c : d.history) {
        const QString change = c.from.isEmpty()
                                   ? CaseStatus::label(c.to)
                                   : tr("%1 → %2").arg(CaseStatus::label(c.from), CaseStatus::label(c.to));
        grid.addRow({H::esc(when(c.changedAt)), H::esc(change), H::esc(c.changedBy), H::escLines(c.comment)});
    }
    return out + grid.html();
}

QString PacketBuilder::staffNotes(const PacketData &d) const
{
    if (!m_profile.showsStaffNotes())
        return {};
    QString out = H::heading(tr("Staff notes"));
    if (d.notes.isEmpty())
        return out + H::paragraph(H::muted(tr("No staff notes yet.")));
    for (const CaseNote &n : d.notes) {
        out += H::paragraph(
            u"<span class=\"label\">%1</span> %2"_s.arg(H::esc(when(n.createdAt)), H::muted(n.author)));
        out += H::paragraph(H::escLines(n.body));
    }
    return out;
}

QString PacketBuilder::notesPages() const
{
    QString lines;
    // Qt's tables ignore a cell height; a large font in an empty cell sets the line spacing instead.
    for (int i = 0; i < 28; ++i)
        lines += u"<tr><td style=\"border-bottom: 1px solid #b8c4d4; font-size: 17pt;\">&nbsp;</td></tr>"_s;
    const QString ruled = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                          "style=\"border-collapse: collapse;\">"_s +
                          lines + u"</table>"_s;
    return H::heading(tr("Notes"), true) + ruled + H::heading(tr("Notes (continued)"), true) + ruled;
}

} // namespace ch
