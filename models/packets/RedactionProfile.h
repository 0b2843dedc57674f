#pragma once

// RedactionProfile: what a packet may show. "volunteer" is the whole case for the lawyer who takes it;
// "external" is for people outside the program (co-counsel, a reentry partner): no medical details (the
// medical summary, the narratives and evidence details of the medical reasons) and no submitter contact
// details, and no staff notes, whose free text may hold either. The profile's name is printed on the cover.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ch {

class RedactionProfile final
{
    Q_DECLARE_TR_FUNCTIONS(ch::RedactionProfile)
public:
    static QStringList names(); // "volunteer", "external"
    static std::optional<RedactionProfile> byName(QStringView name);
    static RedactionProfile volunteer();
    static RedactionProfile external();

    QString name() const { return m_name; }
    QString label() const;       // "Volunteer"
    QString description() const; // one sentence for the cover

    bool showsMedical() const { return m_medical; }
    bool showsContacts() const { return m_contacts; }
    bool showsStaffNotes() const { return m_notes; }
    // Questionnaire fields the profile withholds.
    bool hidesField(QStringView key) const;
    // Evidence types that are medical details.
    static bool isMedicalEvidence(QStringView type);

private:
    RedactionProfile(QString name, bool medical, bool contacts, bool notes)
        : m_name(std::move(name)), m_medical(medical), m_contacts(contacts), m_notes(notes)
    {}

    QString m_name;
    bool m_medical = true;
    bool m_contacts = true;
    bool m_notes = true;
};

} // namespace ch
