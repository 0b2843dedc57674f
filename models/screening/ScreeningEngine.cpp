#include "ScreeningEngine.h"

#include "CalendarMath.h"
#include "RuleSet.h"
#include "RuleSetRegistry.h"

#include "domain/CaseRecord.h"
#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// Keys and codes as static QStrings: looking them up costs no allocation per case.
const QString kSubmissionId = u"submission_id"_s;
const QString kDateOfBirth = u"date_of_birth"_s;
const QString kCustodyStart = u"custody_start_date"_s;
const QString kProjectedRelease = u"projected_release_date"_s;
const QString kSentenceMonths = u"sentence_months"_s;
const QString kWardenRequest = u"warden_request_date"_s;
const QString kReasons = u"reasons"_s;
const QString kDistrict = u"sentencing_district"_s;
const QString kAgeProng = u"age_prong"_s;
const QString kTenYears = u"ten_years_served"_s;
const QString kStatutory = u"statutory_70_30"_s;
const QString kExhaustion = u"exhaustion_ripe"_s;
const QString kUnknown = u"unknown"_s;

using Answers = QMap<QString, QString>;

QStringView answer(const Answers &answers, const QString &key)
{
    const auto it = answers.constFind(key);
    return it == answers.cend() ? QStringView() : QStringView(*it).trimmed();
}

bool matchesAny(QStringView value, const QStringList &candidates)
{
    return std::any_of(candidates.cbegin(), candidates.cend(), [value](const QString &candidate) {
        return value.compare(candidate, Qt::CaseInsensitive) == 0;
    });
}

// The answers the dates are computed from, parsed once per case.
struct Facts
{
    QDate asOf;
    QDate birth;
    QDate custodyStart;
    QDate projectedRelease;
    QDate wardenRequest;
    bool life = false;
    int termMonths = 0; // 0: unknown (and not life)
};

QDate parseDate(const Answers &answers, const QString &key, ScreeningResult &result)
{
    const QStringView text = answer(answers, key);
    if (text.isEmpty())
        return {};
    const QDate d = CalendarMath::parseIsoDate(text);
    if (!d.isValid()) {
        result.warnings << ScreeningEngine::tr("The answer “%1” for %2 is not a date in the form YYYY-MM-DD; "
                                               "it was treated as missing.")
                               .arg(text.toString(), key);
    }
    return d;
}

Facts readFacts(const Answers &answers, QDate asOf, ScreeningResult &result)
{
    Facts f;
    f.asOf = asOf;
    f.birth = parseDate(answers, kDateOfBirth, result);
    f.custodyStart = parseDate(answers, kCustodyStart, result);
    f.projectedRelease = parseDate(answers, kProjectedRelease, result);
    f.wardenRequest = parseDate(answers, kWardenRequest, result);
    const QStringView term = answer(answers, kSentenceMonths);
    if (term.compare("life"_L1, Qt::CaseInsensitive) == 0) {
        f.life = true;
    } else if (!term.isEmpty()) {
        bool ok = false;
        const int months = term.toInt(&ok);
        if (ok && months > 0)
            f.termMonths = months;
        else
            result.warnings << ScreeningEngine::tr(
                                   "The sentence length “%1” is neither a number of months nor "
                                   "“life”; it was treated as missing.")
                                   .arg(term.toString());
    }
    return f;
}

void markAfterRelease(KeyDate &k, const Facts &f)
{
    k.afterRelease = k.date.isValid() && f.projectedRelease.isValid() && k.date > f.projectedRelease;
}

// Spec S2 for one threshold: the later of (birthday + age) and (custody start + the served threshold).
KeyDate thresholdDate(const QString &code, const ThresholdRule &r, const Facts &f, const Answers &answers,
                      MissingDayPolicy policy)
{
    KeyDate k;
    k.code = code;
    k.asOf = f.asOf;
    k.projectedRelease = f.projectedRelease;
    k.ageYears = r.ageYears;
    k.servedYears = r.servedYears;
    k.servedPercent = r.servedPercent;
    k.combineGreater = r.combine == ThresholdRule::Combine::Greater;
    k.lifeSentence = f.life;
    k.termMonths = f.termMonths;

    if (!r.onlyWhenField.isEmpty()) {
        k.conditionField = r.onlyWhenField;
        k.conditionValue = r.onlyWhenValue;
        const QStringView condition = answer(answers, r.onlyWhenField);
        if (condition.isEmpty() || condition.compare(kUnknown, Qt::CaseInsensitive) == 0) {
            k.missing |= KeyDate::Input::Condition;
        } else if (condition.compare(r.onlyWhenValue, Qt::CaseInsensitive) != 0) {
            k.notApplicable = KeyDate::NotApplicable::ConditionNotMet;
            return k;
        }
    }
    if (r.ageYears > 0 && !f.birth.isValid())
        k.missing |= KeyDate::Input::DateOfBirth;

    int servedMonths = 0;
    const bool needsServed = r.servedYears > 0 || r.servedPercent > 0;
    if (needsServed) {
        if (!f.custodyStart.isValid())
            k.missing |= KeyDate::Input::CustodyStart;
        const int yearsMonths = r.servedYears * 12;
        if (r.servedPercent == 0) {
            servedMonths = yearsMonths;
            k.servedBasis = KeyDate::ServedBasis::Years;
        } else if (f.life) {
            // A share of a life term does not exist: with "the lesser of" only the years remain.
            if (r.servedYears > 0 && !k.combineGreater) {
                servedMonths = yearsMonths;
                k.servedBasis = KeyDate::ServedBasis::Years;
            } else {
                k.notApplicable = KeyDate::NotApplicable::LifeSentence;
                return k;
            }
        } else if (f.termMonths == 0) {
            k.missing |= KeyDate::Input::SentenceLength;
        } else {
            const int share = CalendarMath::shareMonths(r.servedPercent, f.termMonths);
            const bool percentDecides =
                r.servedYears == 0 || (k.combineGreater ? share > yearsMonths : share < yearsMonths);
            servedMonths = percentDecides ? share : yearsMonths;
            k.servedBasis = percentDecides ? KeyDate::ServedBasis::Percent : KeyDate::ServedBasis::Years;
        }
    }
    if (k.missing)
        return k;

    if (r.ageYears > 0) {
        k.ageDate = CalendarMath::addYears(f.birth, r.ageYears, policy);
        k.date = k.ageDate;
    }
    if (needsServed) {
        k.servedDate = CalendarMath::addMonths(f.custodyStart, servedMonths, policy);
        if (!k.date.isValid() || k.servedDate > k.date)
            k.date = k.servedDate;
    }
    markAfterRelease(k, f);
    return k;
}

KeyDate exhaustionDate(int days, const Facts &f)
{
    KeyDate k;
    k.code = kExhaustion;
    k.exhaustion = true;
    k.asOf = f.asOf;
    k.projectedRelease = f.projectedRelease;
    k.days = days;
    k.requestDate = f.wardenRequest;
    if (!f.wardenRequest.isValid()) {
        k.missing |= KeyDate::Input::WardenRequest;
        return k;
    }
    k.date = f.wardenRequest.addDays(days);
    markAfterRelease(k, f);
    return k;
}

void evaluateGates(const Answers &answers, const RuleSet &rules, ScreeningResult &result)
{
    for (const GateRule &gate : rules.gates()) {
        const QStringView value = answer(answers, gate.field);
        if (value.isEmpty() || matchesAny(value, gate.missingValues)) {
            result.missing << gate.field;
            continue;
        }
        if (matchesAny(value, gate.passValues))
            continue;
        const GateRule::Failure *failure = nullptr;
        for (const GateRule::Failure &f : gate.failures) {
            if (value.compare(f.value, Qt::CaseInsensitive) == 0) {
                failure = &f;
                break;
            }
        }
        if (!failure && gate.otherwise)
            failure = &*gate.otherwise;
        if (!failure) {
            result.missing << gate.field; // an answer nobody anticipated: ask, do not screen out
            continue;
        }
        if (!result.reasons.contains(failure->code))
            result.reasons << failure->code;
        const bool known =
            std::any_of(result.referrals.cbegin(), result.referrals.cend(),
                        [failure](const Referral &r) { return r.key == failure->referralKey; });
        if (!known) {
            if (const LocalizedText *text = rules.referral(failure->referralKey))
                result.referrals.append(Referral{failure->referralKey, failure->code, *text});
        }
    }
}

void readClaimedReasons(const Answers &answers, const RuleSet &rules, ScreeningResult &result)
{
    const QStringView list = answer(answers, kReasons);
    if (list.isEmpty())
        return;
    for (QStringView token : list.tokenize(u';')) {
        token = token.trimmed();
        if (token.isEmpty())
            continue;
        const ReasonInfo *info = ReasonCatalog::find(token);
        if (!info) {
            result.unknownReasons << token.toString();
            result.warnings << ScreeningEngine::tr("“%1” is not a known reason code; it was ignored.")
                                   .arg(token.toString());
            continue;
        }
        if (!result.claimedReasons.contains(info->code))
            result.claimedReasons << info->code;
    }
    if (result.claimedReasons.size() == 1 &&
        !ReasonCatalog::find(result.claimedReasons.first())->countsAlone) {
        result.warnings << ScreeningEngine::tr(
            "The only reason claimed is rehabilitation, which never counts "
            "on its own; ask about other reasons.");
    }

    QString circuit;
    bool circuitLooked = false;
    for (const QString &code : std::as_const(result.claimedReasons)) {
        const ContestedRule *rule = rules.contestedRule(code);
        if (!rule)
            continue;
        if (!circuitLooked) {
            circuitLooked = true;
            const QStringView district = answer(answers, kDistrict);
            const District *d = DistrictCatalog::byCode(district);
            if (!d && !district.isEmpty())
                d = DistrictCatalog::byCode(DistrictCatalog::normalize(district));
            if (d)
                circuit = d->circuit;
        }
        ContestedReason mark{code, circuit, {}, rule->note, {}};
        if (const ContestedRule::Circuit *c = rule->forCircuit(circuit); c && !circuit.isEmpty()) {
            mark.circuitStatus = c->status;
            mark.circuitNote = c->note;
        }
        result.contested << mark;
    }
}

} // namespace

ScreeningResult ScreeningEngine::screen(const CaseRecord &c, QDate asOf, const RuleSet &rules)
{
    return screen(c, asOf, rules, ScreeningOptions{});
}

ScreeningResult ScreeningEngine::screen(const CaseRecord &c, QDate asOf, const RuleSet &rules,
                                        const ScreeningOptions &options)
{
    const Answers &answers = c.values();
    ScreeningResult result;
    result.caseId = c.id;
    result.submissionId = answers.value(kSubmissionId);
    result.asOf = asOf;
    result.ruleSetVersion = rules.version();
    result.ruleSetEffectiveDate = rules.effectiveDate();

    // Spec S1.
    evaluateGates(answers, rules, result);
    if (!result.reasons.isEmpty()) {
        result.outcome = ScreeningResult::Outcome::ScreenedOut;
        result.missing.clear(); // `missing` lists what to ask for; a screened-out case needs no more answers
    } else if (!result.missing.isEmpty()) {
        result.outcome = ScreeningResult::Outcome::NeedsInfo;
    } else {
        result.outcome = ScreeningResult::Outcome::ScreenedIn;
    }
    result.referralLanguage = options.language == u"es" ? u"es"_s : u"en"_s;
    if (!result.referrals.isEmpty())
        result.referral = result.referralText(result.referralLanguage);

    readClaimedReasons(answers, rules, result);

    // Spec S2.
    const Facts facts = readFacts(answers, asOf, result);
    const MissingDayPolicy policy = rules.missingDayPolicy();
    result.ageProng = thresholdDate(kAgeProng, rules.ageProng(), facts, answers, policy);
    result.tenYearsServed = thresholdDate(kTenYears, rules.tenYearsServed(), facts, answers, policy);
    result.statutory7030 = thresholdDate(kStatutory, rules.statutory7030(), facts, answers, policy);
    result.exhaustionRipe = exhaustionDate(rules.exhaustionDays(), facts);

    if (options.bopView) {
        QList<KeyDate> bop;
        bop.reserve(rules.bopCriteria().size());
        for (const BopCriterion &criterion : rules.bopCriteria()) {
            if (criterion.lifeExpectancyMonths > 0) {
                KeyDate k;
                k.code = criterion.code;
                k.asOf = asOf;
                k.projectedRelease = facts.projectedRelease;
                k.notApplicable = KeyDate::NotApplicable::MedicalFinding;
                k.lifeExpectancyMonths = criterion.lifeExpectancyMonths;
                bop << k;
            } else {
                bop << thresholdDate(criterion.code, criterion.threshold, facts, answers, policy);
            }
        }
        result.bop = std::move(bop);
    }
    return result;
}

Result<ScreeningResult> ScreeningEngine::screenWithBuiltInRules(const CaseRecord &c, QDate asOf,
                                                                const ScreeningOptions &options)
{
    const Result<RuleSetRegistry> &registry = RuleSetRegistry::builtIn();
    if (!registry)
        return registry.error();
    const RuleSet *rules = registry->inEffectOn(asOf);
    if (!rules)
        return registry->ruleSetFor(asOf).error();
    return screen(c, asOf, *rules, options);
}

} // namespace ch
