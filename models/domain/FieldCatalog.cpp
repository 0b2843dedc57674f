#include "FieldCatalog.h"

#include "ReasonCatalog.h"

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QStringList kYesNo = {u"yes"_s, u"no"_s, u"unknown"_s};

QList<FieldInfo> buildFields()
{
    using K = FieldKind;
    using G = FieldGroup;
    using H = FieldHome;
    constexpr int kLine = 200;
    constexpr int kLong = 20000;
    return {
        {u"submission_id"_s, K::Text, G::Submitter, H::Case, {}, 100, false},
        {u"submitted_at"_s, K::DateTime, G::Submitter, H::Case, {}, 40, false},
        {u"submitter_name"_s, K::Text, G::Submitter, H::Submitter, {}, kLine, false},
        {u"submitter_relationship"_s, K::Text, G::Submitter, H::Submitter, {}, kLine, false},
        {u"submitter_phone"_s, K::Phone, G::Submitter, H::Submitter, {}, 40, false},
        {u"submitter_email"_s, K::Email, G::Submitter, H::Submitter, {}, 254, false},
        {u"submitter_address"_s, K::LongText, G::Submitter, H::Submitter, {}, 1000, false},
        {u"submitter_language"_s, K::Text, G::Submitter, H::Submitter, {}, 60, false},
        {u"consent_to_contact"_s, K::Choice, G::Submitter, H::Case, kYesNo, 10, false},
        {u"person_name"_s, K::Text, G::Person, H::Person, {}, kLine, false},
        {u"aliases"_s, K::List, G::Person, H::Person, {}, 1000, false},
        {u"register_number"_s, K::Register, G::Person, H::Person, {}, 20, false},
        {u"date_of_birth"_s, K::Date, G::Person, H::Person, {}, 10, false},
        {u"person_language"_s, K::Text, G::Person, H::Person, {}, 60, false},
        {u"facility"_s, K::Text, G::Person, H::Case, {}, kLine, false},
        {u"court_type"_s, K::Choice, G::FederalCase, H::Case,
         {u"federal"_s, u"state"_s, u"dc_superior"_s, u"military"_s, u"unknown"_s}, 20, false},
        {u"sentencing_district"_s, K::District, G::FederalCase, H::Case, {}, 80, false},
        {u"case_number"_s, K::Text, G::FederalCase, H::Case, {}, 100, false},
        {u"co_defendants"_s, K::List, G::FederalCase, H::Case, {}, 2000, false},
        {u"offense"_s, K::LongText, G::FederalCase, H::Case, {}, 2000, false},
        {u"relief_sought"_s, K::Choice, G::FederalCase, H::Case,
         {u"compassionate_release"_s, u"clemency"_s, u"commutation"_s, u"pardon"_s, u"expungement"_s, u"other"_s,
          u"unknown"_s},
         40, false},
        {u"sentence_status"_s, K::Choice, G::Sentence, H::Case,
         {u"sentenced"_s, u"awaiting_sentencing"_s, u"released"_s, u"unknown"_s}, 30, false},
        {u"sentence_months"_s, K::Months, G::Sentence, H::Case, {}, 10, false},
        {u"custody_start_date"_s, K::Date, G::Sentence, H::Case, {}, 10, false},
        {u"projected_release_date"_s, K::Date, G::Sentence, H::Case, {}, 10, false},
        {u"sentenced_under_3559c"_s, K::Choice, G::Sentence, H::Case, kYesNo, 10, false},
        {u"reasons"_s, K::ReasonList, G::Reasons, H::Case, {}, 1000, false},
        {u"abuse_summary"_s, K::LongText, G::Reasons, H::Case, {}, kLong, true},
        {u"other_summary"_s, K::LongText, G::Reasons, H::Case, {}, kLong, false},
        {u"medical_summary"_s, K::LongText, G::Medical, H::Case, {}, kLong, true},
        {u"family_summary"_s, K::LongText, G::Family, H::Case, {}, kLong, true},
        {u"warden_request_date"_s, K::Date, G::Exhaustion, H::Case, {}, 10, false},
        {u"warden_response"_s, K::Choice, G::Exhaustion, H::Case,
         {u"none"_s, u"denied"_s, u"approved"_s, u"unknown"_s}, 20, false},
        {u"warden_response_date"_s, K::Date, G::Exhaustion, H::Case, {}, 10, false},
        {u"release_plan"_s, K::LongText, G::ReleasePlan, H::Case, {}, kLong, false},
    };
}

} // namespace

const QList<FieldInfo> &FieldCatalog::fields()
{
    static const QList<FieldInfo> all = buildFields();
    return all;
}

const FieldInfo *FieldCatalog::find(QStringView key)
{
    for (const FieldInfo &f : fields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList FieldCatalog::keys()
{
    QStringList out;
    for (const FieldInfo &f : fields())
        out << f.key;
    return out;
}

QList<FieldGroup> FieldCatalog::groups()
{
    return {FieldGroup::Submitter, FieldGroup::Person,  FieldGroup::FederalCase,
            FieldGroup::Sentence,  FieldGroup::Reasons, FieldGroup::Medical,
            FieldGroup::Family,    FieldGroup::Exhaustion, FieldGroup::ReleasePlan};
}

QList<const FieldInfo *> FieldCatalog::fieldsInGroup(FieldGroup group)
{
    QList<const FieldInfo *> out;
    for (const FieldInfo &f : fields()) {
        if (f.group == group)
            out << &f;
    }
    return out;
}

QString FieldCatalog::groupTitle(FieldGroup group)
{
    switch (group) {
    case FieldGroup::Submitter: return tr("Submission and submitter");
    case FieldGroup::Person: return tr("Person in custody");
    case FieldGroup::FederalCase: return tr("Federal case");
    case FieldGroup::Sentence: return tr("Sentence");
    case FieldGroup::Reasons: return tr("Reasons for release");
    case FieldGroup::Medical: return tr("Medical");
    case FieldGroup::Family: return tr("Family");
    case FieldGroup::Exhaustion: return tr("Request to the warden");
    case FieldGroup::ReleasePlan: return tr("Release plan");
    }
    return {};
}

QString FieldCatalog::label(QStringView key)
{
    if (key == u"submission_id") return tr("Submission ID");
    if (key == u"submitted_at") return tr("Submitted on");
    if (key == u"submitter_name") return tr("Submitter's name");
    if (key == u"submitter_relationship") return tr("Relationship to the person");
    if (key == u"submitter_phone") return tr("Submitter's phone");
    if (key == u"submitter_email") return tr("Submitter's email");
    if (key == u"submitter_address") return tr("Submitter's address");
    if (key == u"submitter_language") return tr("Submitter's language");
    if (key == u"consent_to_contact") return tr("Consent to contact");
    if (key == u"person_name") return tr("Full name");
    if (key == u"aliases") return tr("Other names");
    if (key == u"register_number") return tr("BOP register number");
    if (key == u"date_of_birth") return tr("Date of birth");
    if (key == u"person_language") return tr("Person's language");
    if (key == u"facility") return tr("Facility");
    if (key == u"court_type") return tr("Court");
    if (key == u"sentencing_district") return tr("Sentencing district");
    if (key == u"case_number") return tr("Case number");
    if (key == u"co_defendants") return tr("Co-defendants");
    if (key == u"offense") return tr("Offense");
    if (key == u"relief_sought") return tr("Relief sought");
    if (key == u"sentence_status") return tr("Sentence status");
    if (key == u"sentence_months") return tr("Sentence (months)");
    if (key == u"custody_start_date") return tr("In custody since");
    if (key == u"projected_release_date") return tr("Projected release date");
    if (key == u"sentenced_under_3559c") return tr("Sentenced under 18 U.S.C. §3559(c)");
    if (key == u"reasons") return tr("Reasons claimed");
    if (key == u"abuse_summary") return tr("Abuse in custody");
    if (key == u"other_summary") return tr("Other circumstances");
    if (key == u"medical_summary") return tr("Medical situation");
    if (key == u"family_summary") return tr("Family situation");
    if (key == u"warden_request_date") return tr("Warden received the request on");
    if (key == u"warden_response") return tr("Warden's response");
    if (key == u"warden_response_date") return tr("Warden responded on");
    if (key == u"release_plan") return tr("Release plan");
    return key.toString();
}

QString FieldCatalog::help(QStringView key)
{
    if (key == u"register_number") return tr("Eight digits, written NNNNN-NNN (for example 12345-067).");
    if (key == u"sentence_months") return tr("Whole months of the prison term, or tick “Life”.");
    if (key == u"aliases" || key == u"co_defendants") return tr("Separate several names with a semicolon (;).");
    if (key == u"sentencing_district") return tr("One of the 94 U.S. district courts.");
    if (key == u"warden_request_date")
        return tr("The date the warden received the request (the date it was sent when receipt is unknown).");
    if (key == u"court_type") return tr("The Clearinghouse takes federal cases only.");
    if (key == u"relief_sought") return tr("The Clearinghouse helps with compassionate-release motions only.");
    return {};
}

QString FieldCatalog::valueLabel(QStringView key, QStringView value)
{
    if (value.isEmpty()) return {};
    if (value == u"unknown") return tr("Unknown");
    if (value == u"yes") return tr("Yes");
    if (value == u"no") return tr("No");
    if (key == u"court_type") {
        if (value == u"federal") return tr("Federal (U.S. District Court)");
        if (value == u"state") return tr("State court");
        if (value == u"dc_superior") return tr("D.C. Superior Court");
        if (value == u"military") return tr("Military court");
    } else if (key == u"relief_sought") {
        if (value == u"compassionate_release") return tr("Compassionate release");
        if (value == u"clemency") return tr("Clemency");
        if (value == u"commutation") return tr("Commutation");
        if (value == u"pardon") return tr("Pardon");
        if (value == u"expungement") return tr("Expungement");
        if (value == u"other") return tr("Other");
    } else if (key == u"sentence_status") {
        if (value == u"sentenced") return tr("Sentenced (in prison or home confinement)");
        if (value == u"awaiting_sentencing") return tr("Awaiting sentencing");
        if (value == u"released") return tr("Released");
    } else if (key == u"warden_response") {
        if (value == u"none") return tr("No response yet");
        if (value == u"denied") return tr("Denied");
        if (value == u"approved") return tr("Approved");
    } else if (key == u"sentence_months") {
        if (value == u"life") return tr("Life");
        return tr("%n month(s)", nullptr, value.toInt());
    } else if (key == u"reasons") {
        QStringList labels;
        for (const QString &code : value.toString().split(u';', Qt::SkipEmptyParts))
            labels << ReasonCatalog::label(code.trimmed());
        return labels.join(u"; "_s);
    }
    return value.toString();
}

} // namespace ch
