#include "ReasonCatalog.h"

using namespace Qt::StringLiterals;

namespace ch {

const QList<ReasonInfo> &ReasonCatalog::reasons()
{
    static const QList<ReasonInfo> all = {
        {u"terminal_illness"_s, u"(b)(1)(A)"_s, u"medical"_s, true},
        {u"self_care"_s, u"(b)(1)(B)"_s, u"medical"_s, true},
        {u"specialized_care"_s, u"(b)(1)(C)"_s, u"medical"_s, true},
        {u"outbreak"_s, u"(b)(1)(D)"_s, u"medical"_s, true},
        {u"age"_s, u"(b)(2)"_s, u"age"_s, true},
        {u"family_child_caregiver"_s, u"(b)(3)(A)"_s, u"family"_s, true},
        {u"family_spouse"_s, u"(b)(3)(B)"_s, u"family"_s, true},
        {u"family_parent"_s, u"(b)(3)(C)"_s, u"family"_s, true},
        {u"family_other"_s, u"(b)(3)(D)"_s, u"family"_s, true},
        {u"abuse"_s, u"(b)(4)"_s, u"abuse"_s, true},
        {u"other"_s, u"(b)(5)"_s, u"other"_s, true},
        {u"unusually_long_sentence"_s, u"(b)(6)"_s, u"sentence"_s, true},
        {u"rehabilitation"_s, u"(d)"_s, u"combined"_s, false},
    };
    return all;
}

const ReasonInfo *ReasonCatalog::find(QStringView code)
{
    for (const ReasonInfo &r : reasons()) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QStringList ReasonCatalog::codes()
{
    QStringList out;
    for (const ReasonInfo &r : reasons())
        out << r.code;
    return out;
}

bool ReasonCatalog::isValid(QStringView code)
{
    return find(code) != nullptr;
}

QString ReasonCatalog::label(QStringView code)
{
    if (code == u"terminal_illness") return tr("Terminal illness");
    if (code == u"self_care") return tr("Cannot care for self in prison");
    if (code == u"specialized_care") return tr("Specialized care not provided");
    if (code == u"outbreak") return tr("Outbreak or public-health emergency");
    if (code == u"age") return tr("Age (65 or older)");
    if (code == u"family_child_caregiver") return tr("Caregiver of a child died or incapacitated");
    if (code == u"family_spouse") return tr("Spouse or partner incapacitated");
    if (code == u"family_parent") return tr("Parent incapacitated");
    if (code == u"family_other") return tr("Other family member needs care");
    if (code == u"abuse") return tr("Abuse by prison staff");
    if (code == u"other") return tr("Other circumstances of similar gravity");
    if (code == u"unusually_long_sentence") return tr("Unusually long sentence");
    if (code == u"rehabilitation") return tr("Rehabilitation (only in combination)");
    return code.toString();
}

QString ReasonCatalog::description(QStringView code)
{
    if (code == u"terminal_illness")
        return tr("A serious and advanced illness with an end-of-life trajectory; no prognosis is required.");
    if (code == u"self_care")
        return tr("A condition, impairment or aging that substantially diminishes the ability to provide self-care "
                  "in prison, from which the person is not expected to recover.");
    if (code == u"specialized_care")
        return tr("Needs long-term or specialized medical care that is not being provided, with a risk of serious "
                  "deterioration or death.");
    if (code == u"outbreak")
        return tr("The facility is affected by an outbreak or public-health emergency, the person is at increased "
                  "risk, and the risk cannot be mitigated in time.");
    if (code == u"age")
        return tr("At least 65, serious deterioration because of aging, and has served at least 10 years or 75% of "
                  "the term, whichever is less.");
    if (code == u"family_child_caregiver")
        return tr("The caregiver of a minor child (or an adult child unable to care for themselves) has died or is "
                  "incapacitated.");
    if (code == u"family_spouse")
        return tr("The spouse or registered partner is incapacitated and the person would be the only available "
                  "caregiver.");
    if (code == u"family_parent")
        return tr("A parent is incapacitated and the person would be the only available caregiver.");
    if (code == u"family_other")
        return tr("A similar situation for another immediate family member or a person in a similar relationship.");
    if (code == u"abuse")
        return tr("Sexual abuse, or physical abuse causing serious bodily injury, by BOP staff or a contractor while "
                  "in custody, established by a conviction or a civil or administrative finding.");
    if (code == u"other")
        return tr("Other circumstances similar in gravity to those above.");
    if (code == u"unusually_long_sentence")
        return tr("An unusually long sentence, at least 10 years served, and a change in the law that produces a "
                  "gross disparity. Contested in some circuits.");
    if (code == u"rehabilitation")
        return tr("Rehabilitation is not a reason on its own but may be considered together with other reasons.");
    return {};
}

QString ReasonCatalog::categoryTitle(QStringView category)
{
    if (category == u"medical") return tr("Medical circumstances");
    if (category == u"age") return tr("Age");
    if (category == u"family") return tr("Family circumstances");
    if (category == u"abuse") return tr("Victim of abuse");
    if (category == u"other") return tr("Other reasons");
    if (category == u"sentence") return tr("Unusually long sentence");
    if (category == u"combined") return tr("Considered in combination");
    return category.toString();
}

} // namespace ch
