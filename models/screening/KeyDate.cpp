#include "KeyDate.h"

#include "domain/FieldCatalog.h"

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

KeyDate::Timing KeyDate::timing() const
{
    if (!date.isValid())
        return Timing::Unavailable;
    return date <= asOf ? Timing::Reached : Timing::Upcoming;
}

QString KeyDate::timingCode(Timing t)
{
    switch (t) {
    case Timing::Reached:
        return u"reached"_s;
    case Timing::Upcoming:
        return u"upcoming"_s;
    case Timing::Unavailable:
        break;
    }
    return u"unavailable"_s;
}

QString KeyDate::title(QStringView code)
{
    if (code == u"age_prong")
        return tr("Age prong, (b)(2)");
    if (code == u"ten_years_served")
        return tr("Ten years served, (b)(6)");
    if (code == u"statutory_70_30")
        return tr("Statutory 70 and 30 years, §3582(c)(1)(A)(ii)");
    if (code == u"exhaustion_ripe")
        return tr("Exhaustion ripe (30 days after the warden's receipt)");
    return code.toString();
}

QString KeyDate::bopTitle(QStringView code, const QString &ruleFileTitle)
{
    if (code == u"terminal")
        return tr("Terminal medical condition (life expectancy of 18 months or less)");
    if (code == u"elderly_with_medical_conditions")
        return tr("Elderly inmate with medical conditions");
    if (code == u"other_elderly")
        return tr("Other elderly inmate");
    if (code == u"new_law_elderly")
        return tr("\"New law\" elderly inmate (18 U.S.C. §3582(c)(1)(A)(ii))");
    return ruleFileTitle;
}

QStringList KeyDate::missingFields() const
{
    QStringList out;
    if (missing.testFlag(Input::DateOfBirth))
        out << u"date_of_birth"_s;
    if (missing.testFlag(Input::CustodyStart))
        out << u"custody_start_date"_s;
    if (missing.testFlag(Input::SentenceLength))
        out << u"sentence_months"_s;
    if (missing.testFlag(Input::WardenRequest))
        out << u"warden_request_date"_s;
    if (missing.testFlag(Input::Condition))
        out << conditionField;
    return out;
}

QString KeyDate::explanation() const
{
    if (exhaustion) {
        if (!date.isValid()) {
            return tr("No request to the warden is on file: the person should first ask the warden to bring "
                      "a "
                      "motion; %1 days after the warden receives it, the person may file in court.")
                .arg(days);
        }
        QString text = tr("The warden received the request on %1, so the person may file in court from %2 "
                          "without waiting any longer for the BOP's answer")
                           .arg(iso(requestDate), iso(date));
        if (afterRelease)
            text += tr("; this is after the projected release date of %1").arg(iso(projectedRelease));
        return text + u'.';
    }
    if (!date.isValid())
        return unavailableExplanation();
    return thresholdExplanation();
}

QString KeyDate::servedPhrase() const
{
    const bool done = servedDate <= asOf;
    QString phrase;
    if (servedBasis == ServedBasis::Percent) {
        phrase =
            done ? tr("has served %1 % of %2 months on %3") : tr("will have served %1 % of %2 months on %3");
        phrase = phrase.arg(servedPercent).arg(termMonths).arg(iso(servedDate));
    } else {
        phrase = done ? tr("has served %1 years on %2") : tr("will have served %1 years on %2");
        phrase = phrase.arg(servedYears).arg(iso(servedDate));
    }
    // Say which of years and share decided, unless the share decided "the lesser of": then the sentence
    // already names the smaller number and the comparison would only repeat it.
    const bool comparisonHelps = combineGreater || servedBasis == ServedBasis::Years;
    if (servedYears > 0 && servedPercent > 0 && comparisonHelps) {
        if (lifeSentence) {
            phrase += tr(" (life sentence: a share of the term does not exist, so only the years count)");
        } else if (combineGreater) {
            phrase += tr(", the greater of %1 years and %2 % of %3 months")
                          .arg(servedYears)
                          .arg(servedPercent)
                          .arg(termMonths);
        } else {
            phrase += tr(", the lesser of %1 years and %2 % of %3 months")
                          .arg(servedYears)
                          .arg(servedPercent)
                          .arg(termMonths);
        }
    }
    return phrase;
}

QString KeyDate::thresholdExplanation() const
{
    QString text;
    if (ageYears > 0) {
        text = ageDate <= asOf ? tr("Turned %1 on %2") : tr("Turns %1 on %2");
        text = text.arg(ageYears).arg(iso(ageDate));
    }
    if (servedBasis != ServedBasis::None) {
        if (text.isEmpty())
            text = capitalized(servedPhrase());
        else
            text += u"; "_s + servedPhrase() + tr("; the later date applies");
    }
    if (afterRelease)
        text += tr("; this is after the projected release date of %1").arg(iso(projectedRelease));
    return text + u'.';
}

QString KeyDate::unavailableExplanation() const
{
    switch (notApplicable) {
    case NotApplicable::LifeSentence:
        return tr("Does not apply to a life sentence: %1 % of a life term does not exist.")
            .arg(servedPercent);
    case NotApplicable::ConditionNotMet:
        return tr("Does not apply: it is computed only when “%1” is “%2”.")
            .arg(FieldCatalog::label(conditionField), conditionValue);
    case NotApplicable::MedicalFinding:
        return tr("Not a date rule: it needs a physician's estimate of a life expectancy of %1 months or "
                  "less.")
            .arg(lifeExpectancyMonths);
    case NotApplicable::No:
        break;
    }
    QStringList labels;
    for (const QString &field : missingFields())
        labels << FieldCatalog::label(field);
    return tr("Cannot be computed until these answers are known: %1.").arg(labels.join(u", "_s));
}

} // namespace ch
