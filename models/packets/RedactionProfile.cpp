#include "RedactionProfile.h"

using namespace Qt::StringLiterals;

namespace ch {

QStringList RedactionProfile::names()
{
    return {u"volunteer"_s, u"external"_s};
}

RedactionProfile RedactionProfile::volunteer()
{
    return RedactionProfile(u"volunteer"_s, true, true, true);
}

RedactionProfile RedactionProfile::external()
{
    return RedactionProfile(u"external"_s, false, false, false);
}

std::optional<RedactionProfile> RedactionProfile::byName(QStringView name)
{
    if (name == u"volunteer")
        return volunteer();
    if (name == u"external")
        return external();
    return std::nullopt;
}

QString RedactionProfile::label() const
{
    return m_name == u"external"_s ? tr("External") : tr("Volunteer");
}

QString RedactionProfile::description() const
{
    return m_name == u"external"_s
               ? tr("Medical details, submitter contact details and staff notes are withheld.")
               : tr("Complete: every answer, medical details and contact details are included.");
}

bool RedactionProfile::hidesField(QStringView key) const
{
    if (!m_medical && key == u"medical_summary")
        return true;
    if (!m_contacts &&
        (key == u"submitter_phone" || key == u"submitter_email" || key == u"submitter_address"))
        return true;
    return false;
}

bool RedactionProfile::isMedicalEvidence(QStringView type)
{
    return type == u"medical_records" || type == u"bop_medical_records" || type == u"physician_letter";
}

} // namespace ch
