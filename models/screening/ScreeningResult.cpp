#include "ScreeningResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QJsonValue isoOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QString ScreeningResult::outcomeCode(Outcome o)
{
    switch (o) {
    case Outcome::ScreenedIn:
        return u"screened_in"_s;
    case Outcome::ScreenedOut:
        return u"screened_out"_s;
    case Outcome::NeedsInfo:
        break;
    }
    return u"needs_info"_s;
}

QString ScreeningResult::outcomeLabel(QStringView code)
{
    if (code == u"screened_in")
        return tr("Screened in");
    if (code == u"screened_out")
        return tr("Screened out");
    if (code == u"needs_info")
        return tr("Needs information");
    return code.toString();
}

QString ScreeningResult::gateLabel(QStringView code)
{
    if (code == u"not_federal")
        return tr("Not a federal case");
    if (code == u"not_compassionate_release")
        return tr("Not a request for compassionate release");
    if (code == u"not_sentenced")
        return tr("Not sentenced yet");
    if (code == u"not_in_custody")
        return tr("No longer in custody");
    return code.toString();
}

QString ScreeningResult::referralText(QStringView language) const
{
    QStringList parts;
    for (const Referral &r : referrals)
        parts << r.text.text(language);
    return parts.join(u"\n\n"_s);
}

QList<const KeyDate *> ScreeningResult::keyDates() const
{
    return {&ageProng, &tenYearsServed, &statutory7030, &exhaustionRipe};
}

const KeyDate *ScreeningResult::afterReleaseDate() const
{
    for (const KeyDate *d : keyDates()) {
        if (d->afterRelease)
            return d;
    }
    return nullptr;
}

QJsonObject ScreeningResult::toJson() const
{
    QJsonObject o;
    o.insert("case_id"_L1, caseId);
    o.insert("submission_id"_L1, textOrNull(submissionId));
    o.insert("outcome"_L1, outcomeCode());
    o.insert("reasons"_L1, QJsonArray::fromStringList(reasons));
    o.insert("missing"_L1, QJsonArray::fromStringList(missing));

    QJsonObject dates, timing, explanations;
    QJsonArray afterRelease;
    for (const KeyDate *d : keyDates()) {
        dates.insert(d->code, isoOrNull(d->date));
        timing.insert(d->code, KeyDate::timingCode(d->timing()));
        explanations.insert(d->code, d->explanation());
        if (d->afterRelease)
            afterRelease.append(d->code);
    }
    o.insert("dates"_L1, dates);

    o.insert("rule_set"_L1, QJsonObject{{"version"_L1, ruleSetVersion},
                                        {"effective_date"_L1, isoOrNull(ruleSetEffectiveDate)}});
    o.insert("as_of"_L1, isoOrNull(asOf));
    o.insert("timing"_L1, timing);
    o.insert("after_release"_L1, afterRelease);
    o.insert("explanations"_L1, explanations);
    o.insert("claimed_reasons"_L1, QJsonArray::fromStringList(claimedReasons));
    o.insert("unknown_reasons"_L1, QJsonArray::fromStringList(unknownReasons));
    QJsonArray contestedJson;
    for (const ContestedReason &c : contested) {
        contestedJson.append(QJsonObject{{"reason"_L1, c.reason},
                                         {"circuit"_L1, textOrNull(c.circuit)},
                                         {"circuit_status"_L1, textOrNull(c.circuitStatus)},
                                         {"note"_L1, c.note},
                                         {"circuit_note"_L1, textOrNull(c.circuitNote)}});
    }
    o.insert("contested"_L1, contestedJson);
    o.insert("warnings"_L1, QJsonArray::fromStringList(warnings));
    if (!referrals.isEmpty()) {
        QJsonArray keys;
        for (const Referral &r : referrals)
            keys.append(r.key);
        o.insert(
            "referral"_L1,
            QJsonObject{{"keys"_L1, keys}, {"en"_L1, referralText(u"en")}, {"es"_L1, referralText(u"es")}});
    } else {
        o.insert("referral"_L1, QJsonValue());
    }
    if (bop) {
        QJsonObject view;
        for (const KeyDate &d : *bop) {
            view.insert(d.code, QJsonObject{{"date"_L1, isoOrNull(d.date)},
                                            {"timing"_L1, KeyDate::timingCode(d.timing())},
                                            {"after_release"_L1, d.afterRelease},
                                            {"explanation"_L1, d.explanation()}});
        }
        o.insert("bop_5050_50"_L1, view);
    }
    return o;
}

} // namespace ch
