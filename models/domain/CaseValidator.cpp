#include "CaseValidator.h"

#include "DistrictCatalog.h"
#include "FieldCatalog.h"
#include "ReasonCatalog.h"
#include "RegisterNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

void add(QList<FieldIssue> &issues, const QString &field, FieldIssue::Severity sev, const QString &message)
{
    issues.append(FieldIssue{field, sev, message});
}

constexpr auto Error = FieldIssue::Severity::Error;
constexpr auto Warning = FieldIssue::Severity::Warning;

} // namespace

QString CaseValidator::phoneKey(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.size() > 10 ? digits.right(10) : digits;
}

QString CaseValidator::emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString CaseValidator::nameKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        out.append(c.toCaseFolded());
    }
    return out.simplified();
}

void CaseValidator::normalize(CaseRecord &record)
{
    for (const FieldInfo &f : FieldCatalog::fields()) {
        QString v = record.value(f.key);
        if (v.isEmpty())
            continue;
        if (f.kind != FieldKind::LongText)
            v = v.trimmed();
        switch (f.kind) {
        case FieldKind::Register: {
            const QString n = RegisterNumber::normalize(v);
            if (!n.isEmpty())
                v = n;
            break;
        }
        case FieldKind::District: {
            const QString code = DistrictCatalog::normalize(v);
            if (!code.isEmpty())
                v = code;
            break;
        }
        case FieldKind::Choice:
        case FieldKind::ReasonList:
            v = v.toLower();
            break;
        case FieldKind::Months:
            if (v.compare("life"_L1, Qt::CaseInsensitive) == 0)
                v = u"life"_s;
            break;
        case FieldKind::List:
        case FieldKind::Text:
        case FieldKind::LongText:
        case FieldKind::Date:
        case FieldKind::DateTime:
        case FieldKind::Phone:
        case FieldKind::Email:
            break;
        }
        if (f.kind == FieldKind::List || f.kind == FieldKind::ReasonList) {
            QStringList parts;
            for (const QString &p : v.split(u';', Qt::SkipEmptyParts)) {
                if (!p.trimmed().isEmpty())
                    parts << p.trimmed();
            }
            v = parts.join(u"; "_s);
            if (f.kind == FieldKind::ReasonList)
                v = parts.join(u';');
        }
        record.setValue(f.key, v);
    }
}

QList<FieldIssue> CaseValidator::validate(const CaseRecord &record, QDate today)
{
    QList<FieldIssue> issues;

    if (record.value(u"person_name").trimmed().isEmpty() && record.value(u"register_number").trimmed().isEmpty())
        add(issues, u"person_name"_s, Error, tr("Enter the person's name or BOP register number."));

    for (const FieldInfo &f : FieldCatalog::fields()) {
        const QString v = record.value(f.key);
        if (v.isEmpty())
            continue;
        const QString label = FieldCatalog::label(f.key);
        if (v.size() > f.maxLength) {
            add(issues, f.key, Error,
                tr("%1 is too long (%2 characters; at most %3).").arg(label).arg(v.size()).arg(f.maxLength));
            continue;
        }
        switch (f.kind) {
        case FieldKind::Date: {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid())
                add(issues, f.key, Error, tr("%1 is not a date: write it as YYYY-MM-DD.").arg(label));
            break;
        }
        case FieldKind::DateTime: {
            const bool ok = QDate::fromString(v, Qt::ISODate).isValid()
                || QDateTime::fromString(v, Qt::ISODate).isValid();
            if (!ok)
                add(issues, f.key, Error, tr("%1 is not a date: write it as YYYY-MM-DD.").arg(label));
            break;
        }
        case FieldKind::Register:
            if (!RegisterNumber::isValid(v))
                add(issues, f.key, Error,
                    tr("“%1” is not a BOP register number: it has eight digits, written NNNNN-NNN.").arg(v));
            break;
        case FieldKind::District:
            if (DistrictCatalog::normalize(v).isEmpty())
                add(issues, f.key, Error, tr("“%1” is not one of the 94 U.S. district courts.").arg(v));
            break;
        case FieldKind::Choice:
            if (!f.allowedValues.contains(v.toLower()))
                add(issues, f.key, Error,
                    tr("%1 must be one of: %2.").arg(label, f.allowedValues.join(u", "_s)));
            break;
        case FieldKind::Months: {
            bool ok = false;
            const int months = v.toInt(&ok);
            if (v.compare("life"_L1, Qt::CaseInsensitive) != 0 && (!ok || months <= 0 || months > 2400))
                add(issues, f.key, Error,
                    tr("The sentence must be a whole number of months (1 to 2400) or “life”."));
            break;
        }
        case FieldKind::ReasonList:
            for (const QString &code : record.list(f.key)) {
                if (!ReasonCatalog::isValid(code.toLower()))
                    add(issues, f.key, Error, tr("“%1” is not a known reason.").arg(code));
            }
            break;
        case FieldKind::Email:
            static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
            if (!emailPattern.match(v.trimmed()).hasMatch())
                add(issues, f.key, Error, tr("“%1” is not an email address.").arg(v));
            break;
        case FieldKind::Phone: {
            const int digits = static_cast<int>(std::count_if(v.begin(), v.end(), [](QChar c) { return c.isDigit(); }));
            if (digits < 7 || digits > 15)
                add(issues, f.key, Warning, tr("The phone number “%1” looks incomplete.").arg(v));
            break;
        }
        case FieldKind::Text:
        case FieldKind::LongText:
        case FieldKind::List:
            break;
        }
    }

    const QDate dob = record.date(u"date_of_birth");
    const QDate custody = record.date(u"custody_start_date");
    const QDate release = record.date(u"projected_release_date");
    const QDate request = record.date(u"warden_request_date");
    const QDate response = record.date(u"warden_response_date");
    if (dob.isValid()) {
        if (dob > today)
            add(issues, u"date_of_birth"_s, Error, tr("The date of birth is in the future."));
        else if (dob.addYears(120) < today)
            add(issues, u"date_of_birth"_s, Error, tr("The date of birth makes the person older than 120."));
        if (custody.isValid() && dob >= custody)
            add(issues, u"date_of_birth"_s, Error, tr("The date of birth is after the start of custody."));
        else if (custody.isValid() && dob.addYears(14) > custody)
            add(issues, u"custody_start_date"_s, Warning,
                tr("Custody started before the person turned 14: check both dates."));
    }
    if (custody.isValid() && custody > today)
        add(issues, u"custody_start_date"_s, Error, tr("The start of custody is in the future."));
    if (custody.isValid() && release.isValid() && release < custody)
        add(issues, u"projected_release_date"_s, Error, tr("The projected release date is before custody started."));
    if (request.isValid() && request > today)
        add(issues, u"warden_request_date"_s, Error, tr("The warden cannot have received the request in the future."));
    if (request.isValid() && response.isValid() && response < request)
        add(issues, u"warden_response_date"_s, Error, tr("The warden's response is dated before the request."));
    if (response.isValid() && response > today)
        add(issues, u"warden_response_date"_s, Error, tr("The warden's response is dated in the future."));
    if (!record.date(u"submitted_at").isValid() && !record.value(u"submitted_at").isEmpty()) {
        // Reported above as not a date.
    } else if (record.date(u"submitted_at") > today) {
        add(issues, u"submitted_at"_s, Error, tr("The submission date is in the future."));
    }
    return issues;
}

bool CaseValidator::hasErrors(const QList<FieldIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const FieldIssue &i) { return i.severity == FieldIssue::Severity::Error; });
}

} // namespace ch
