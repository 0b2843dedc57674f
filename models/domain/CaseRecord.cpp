#include "CaseRecord.h"

#include "FieldCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ch {

bool Submitter::isEmpty() const
{
    return name.isEmpty() && relationship.isEmpty() && phone.isEmpty() && email.isEmpty() && address.isEmpty()
        && language.isEmpty();
}

QString CaseRecord::value(QStringView key) const
{
    // No copy of the key: this runs a few dozen times per imported row.
    return m_values.value(QString::fromRawData(key.data(), key.size()));
}

void CaseRecord::setValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(key);
    else
        m_values.insert(key, value);
}

QDate CaseRecord::date(QStringView key) const
{
    const QString v = value(key);
    if (v.isEmpty())
        return {};
    return QDate::fromString(v.left(10), Qt::ISODate);
}

QStringList CaseRecord::list(QStringView key) const
{
    QStringList out;
    for (const QString &part : value(key).split(u';', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

bool CaseRecord::isLifeSentence() const
{
    return value(u"sentence_months").compare("life"_L1, Qt::CaseInsensitive) == 0;
}

std::optional<int> CaseRecord::sentenceMonths() const
{
    bool ok = false;
    const int m = value(u"sentence_months").toInt(&ok);
    if (!ok || m <= 0)
        return std::nullopt;
    return m;
}

Submitter CaseRecord::primarySubmitter() const
{
    Submitter s;
    s.name = value(u"submitter_name");
    s.relationship = value(u"submitter_relationship");
    s.phone = value(u"submitter_phone");
    s.email = value(u"submitter_email");
    s.address = value(u"submitter_address");
    s.language = value(u"submitter_language");
    return s;
}

void CaseRecord::setPrimarySubmitter(const Submitter &s)
{
    setValue(u"submitter_name"_s, s.name);
    setValue(u"submitter_relationship"_s, s.relationship);
    setValue(u"submitter_phone"_s, s.phone);
    setValue(u"submitter_email"_s, s.email);
    setValue(u"submitter_address"_s, s.address);
    setValue(u"submitter_language"_s, s.language);
}

QList<Submitter> CaseRecord::allSubmitters() const
{
    QList<Submitter> out;
    const Submitter first = primarySubmitter();
    if (!first.isEmpty())
        out << first;
    out << moreSubmitters;
    return out;
}

QJsonObject CaseRecord::toJson() const
{
    QJsonObject o;
    o.insert("case_id"_L1, id);
    o.insert("person_id"_L1, personId);
    o.insert("status"_L1, status);
    o.insert("row_version"_L1, rowVersion);
    o.insert("returning_person"_L1, returningPerson);
    for (const FieldInfo &f : FieldCatalog::fields()) {
        const QString v = value(f.key);
        o.insert(f.key, v.isEmpty() ? QJsonValue() : QJsonValue(v));
    }
    QJsonArray more;
    for (const Submitter &s : moreSubmitters) {
        more.append(QJsonObject{{"name"_L1, s.name},
                                {"relationship"_L1, s.relationship},
                                {"phone"_L1, s.phone},
                                {"email"_L1, s.email},
                                {"address"_L1, s.address},
                                {"language"_L1, s.language}});
    }
    o.insert("additional_submitters"_L1, more);
    o.insert("extra_answers"_L1, extraAnswers);
    o.insert("created_at"_L1, createdAt.toString(Qt::ISODate));
    o.insert("updated_at"_L1, updatedAt.toString(Qt::ISODate));
    return o;
}

bool operator==(const CaseRecord &a, const CaseRecord &b)
{
    return a.id == b.id && a.personId == b.personId && a.status == b.status && a.m_values == b.m_values
        && a.moreSubmitters == b.moreSubmitters && a.extraAnswers == b.extraAnswers;
}

} // namespace ch
