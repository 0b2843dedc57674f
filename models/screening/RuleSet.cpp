#include "RuleSet.h"

#include "domain/DistrictCatalog.h"
#include "domain/FieldCatalog.h"
#include "domain/ReasonCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

const QString &LocalizedText::text(QStringView language) const
{
    if (language == u"es" && !es.isEmpty())
        return es;
    return en;
}

const ContestedRule::Circuit *ContestedRule::forCircuit(QStringView circuit) const
{
    for (const Circuit &c : circuits) {
        if (c.circuit == circuit)
            return &c;
    }
    return nullptr;
}

const ContestedRule *RuleSet::contestedRule(QStringView reason) const
{
    for (const ContestedRule &r : m_contested) {
        if (r.reason == reason)
            return &r;
    }
    return nullptr;
}

const LocalizedText *RuleSet::referral(QStringView key) const
{
    for (const auto &[k, text] : m_referrals) {
        if (k == key)
            return &text;
    }
    return nullptr;
}

QStringList RuleSet::referralKeys() const
{
    QStringList out;
    for (const auto &entry : m_referrals)
        out << entry.first;
    return out;
}

// Reads the JSON of a rule file into a RuleSet. Stops at the first problem and describes it with the
// path inside the file ("gates[1].fail"), so that whoever edits a rule file can find the mistake.
class RuleSetParser
{
    Q_DECLARE_TR_FUNCTIONS(ch::RuleSet)
public:
    explicit RuleSetParser(RuleSet &out) : m_out(out) {}

    bool parse(const QJsonObject &root);
    const QString &problem() const { return m_problem; }

private:
    bool fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        return false;
    }
    bool requireString(const QJsonObject &o, QLatin1StringView key, const QString &where, QString &out);
    bool readDate(const QJsonObject &o, QLatin1StringView key, const QString &where, QDate &out);
    bool readInt(const QJsonObject &o, QLatin1StringView key, const QString &where, int min, int max,
                 int &out, bool required);
    bool readStringList(const QJsonObject &o, QLatin1StringView key, const QString &where, QStringList &out);
    bool readObject(const QJsonObject &o, QLatin1StringView key, const QString &where, QJsonObject &out);
    bool readThreshold(const QJsonObject &o, const QString &where, ThresholdRule &out, bool needsSomething);
    bool readGate(const QJsonObject &o, const QString &where, GateRule &out);
    bool readFailure(const QJsonObject &o, const QString &where, GateRule::Failure &out);
    bool readKeyDates(const QJsonObject &o);
    bool readBop(const QJsonObject &o);
    bool readContested(const QJsonArray &a);
    bool readReferrals(const QJsonObject &o);
    bool checkReferralKeys();

    RuleSet &m_out;
    QString m_problem;
};

bool RuleSetParser::requireString(const QJsonObject &o, QLatin1StringView key, const QString &where,
                                  QString &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fail(tr("“%1” is missing").arg(where + key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(tr("“%1” must be a non-empty text").arg(where + key));
    out = v.toString().trimmed();
    return true;
}

bool RuleSetParser::readDate(const QJsonObject &o, QLatin1StringView key, const QString &where, QDate &out)
{
    QString text;
    if (!requireString(o, key, where, text))
        return false;
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid() || text.size() != 10)
        return fail(tr("“%1” must be a date in the form YYYY-MM-DD, not “%2”").arg(where + key, text));
    return true;
}

bool RuleSetParser::readInt(const QJsonObject &o, QLatin1StringView key, const QString &where, int min,
                            int max, int &out, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return fail(tr("“%1” is missing").arg(where + key));
        return true;
    }
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d)) || d < min || d > max)
        return fail(tr("“%1” must be a whole number from %2 to %3").arg(where + key).arg(min).arg(max));
    out = static_cast<int>(d);
    return true;
}

bool RuleSetParser::readStringList(const QJsonObject &o, QLatin1StringView key, const QString &where,
                                   QStringList &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(tr("“%1” must be a list of texts").arg(where + key));
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return fail(tr("“%1” must be a list of texts").arg(where + key));
        out << item.toString().trimmed();
    }
    return true;
}

bool RuleSetParser::readObject(const QJsonObject &o, QLatin1StringView key, const QString &where,
                               QJsonObject &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fail(tr("“%1” is missing").arg(where + key));
    if (!v.isObject())
        return fail(tr("“%1” must be an object").arg(where + key));
    out = v.toObject();
    return true;
}

bool RuleSetParser::readThreshold(const QJsonObject &o, const QString &where, ThresholdRule &out,
                                  bool needsSomething)
{
    if (!readInt(o, "age_years"_L1, where, 1, 120, out.ageYears, false) ||
        !readInt(o, "served_years"_L1, where, 1, 100, out.servedYears, false) ||
        !readInt(o, "served_percent"_L1, where, 1, 100, out.servedPercent, false))
        return false;
    if (needsSomething && out.ageYears == 0 && out.servedYears == 0 && out.servedPercent == 0)
        return fail(tr("“%1” needs at least one of age_years, served_years, served_percent").arg(where));
    const QString combine = o.value("combine"_L1).toString();
    if (out.servedYears > 0 && out.servedPercent > 0) {
        if (combine == "lesser"_L1)
            out.combine = ThresholdRule::Combine::Lesser;
        else if (combine == "greater"_L1)
            out.combine = ThresholdRule::Combine::Greater;
        else
            return fail(tr("“%1combine” must be “lesser” or “greater” when both served_years and "
                           "served_percent are given")
                            .arg(where));
    }
    if (o.contains("only_when"_L1)) {
        QJsonObject cond;
        if (!readObject(o, "only_when"_L1, where, cond) ||
            !requireString(cond, "field"_L1, where + "only_when."_L1, out.onlyWhenField) ||
            !requireString(cond, "equals"_L1, where + "only_when."_L1, out.onlyWhenValue))
            return false;
        if (!FieldCatalog::find(out.onlyWhenField))
            return fail(tr("“%1only_when.field” names “%2”, which is not a questionnaire field")
                            .arg(where, out.onlyWhenField));
    }
    return true;
}

bool RuleSetParser::readFailure(const QJsonObject &o, const QString &where, GateRule::Failure &out)
{
    return requireString(o, "code"_L1, where, out.code) &&
           requireString(o, "referral"_L1, where, out.referralKey);
}

bool RuleSetParser::readGate(const QJsonObject &o, const QString &where, GateRule &out)
{
    if (!requireString(o, "field"_L1, where, out.field))
        return false;
    if (!FieldCatalog::find(out.field))
        return fail(tr("“%1field” names “%2”, which is not a questionnaire field").arg(where, out.field));
    if (!readStringList(o, "pass"_L1, where, out.passValues) ||
        !readStringList(o, "missing"_L1, where, out.missingValues))
        return false;
    if (out.passValues.isEmpty())
        return fail(tr("“%1pass” must list at least one answer that passes the gate").arg(where));
    QJsonObject failures;
    if (!readObject(o, "fail"_L1, where, failures))
        return false;
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const QString at = where + "fail."_L1 + it.key() + u'.';
        if (!it.value().isObject())
            return fail(tr("“%1” must be an object with “code” and “referral”").arg(at.chopped(1)));
        GateRule::Failure f;
        f.value = it.key();
        if (!readFailure(it.value().toObject(), at, f))
            return false;
        out.failures << f;
    }
    const QJsonValue otherwise = o.value("otherwise"_L1);
    if (otherwise.isObject()) {
        GateRule::Failure f;
        if (!readFailure(otherwise.toObject(), where + "otherwise."_L1, f))
            return false;
        out.otherwise = f;
    } else if (!otherwise.isUndefined() && otherwise.toString() != "missing"_L1) {
        return fail(tr("“%1otherwise” must be “missing” or an object with “code” and “referral”").arg(where));
    }
    return true;
}

bool RuleSetParser::readKeyDates(const QJsonObject &o)
{
    const QString where = u"key_dates."_s;
    QJsonObject age, ten, statutory, exhaustion;
    if (!readObject(o, "age_prong"_L1, where, age) ||
        !readThreshold(age, where + "age_prong."_L1, m_out.m_ageProng, true) ||
        !readObject(o, "ten_years_served"_L1, where, ten) ||
        !readThreshold(ten, where + "ten_years_served."_L1, m_out.m_tenYears, true) ||
        !readObject(o, "statutory_70_30"_L1, where, statutory) ||
        !readThreshold(statutory, where + "statutory_70_30."_L1, m_out.m_statutory, true) ||
        !readObject(o, "exhaustion_ripe"_L1, where, exhaustion) ||
        !readInt(exhaustion, "days_after_warden_receipt"_L1, where + "exhaustion_ripe."_L1, 0, 3650,
                 m_out.m_exhaustionDays, true))
        return false;
    return true;
}

bool RuleSetParser::readBop(const QJsonObject &o)
{
    const QString where = u"bop_5050_50."_s;
    if (!requireString(o, "source"_L1, where, m_out.m_bopSource))
        return false;
    const QJsonValue criteria = o.value("criteria"_L1);
    if (!criteria.isArray())
        return fail(tr("“%1criteria” must be a list").arg(where));
    const QJsonArray list = criteria.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = where + u"criteria[%1]."_s.arg(i);
        if (!list.at(i).isObject())
            return fail(tr("“%1” must be an object").arg(at.chopped(1)));
        const QJsonObject c = list.at(i).toObject();
        BopCriterion b;
        if (!requireString(c, "code"_L1, at, b.code) || !requireString(c, "title"_L1, at, b.title) ||
            !readInt(c, "life_expectancy_months"_L1, at, 1, 600, b.lifeExpectancyMonths, false) ||
            !readThreshold(c, at, b.threshold, b.lifeExpectancyMonths == 0))
            return false;
        m_out.m_bop << b;
    }
    return true;
}

bool RuleSetParser::readContested(const QJsonArray &a)
{
    QStringList knownCircuits;
    for (const District &d : DistrictCatalog::all())
        knownCircuits << d.circuit;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = u"contested_reasons[%1]."_s.arg(i);
        if (!a.at(i).isObject())
            return fail(tr("“%1” must be an object").arg(at.chopped(1)));
        const QJsonObject o = a.at(i).toObject();
        ContestedRule r;
        if (!requireString(o, "reason"_L1, at, r.reason) || !requireString(o, "note"_L1, at, r.note))
            return false;
        r.noteEs = o.value("note_es"_L1).toString();
        if (!ReasonCatalog::isValid(r.reason))
            return fail(tr("“%1reason” names “%2”, which is not a reason code").arg(at, r.reason));
        const QJsonArray circuits = o.value("circuits"_L1).toArray();
        for (qsizetype j = 0; j < circuits.size(); ++j) {
            const QString cat = at + u"circuits[%1]."_s.arg(j);
            const QJsonObject c = circuits.at(j).toObject();
            ContestedRule::Circuit circuit;
            if (!requireString(c, "circuit"_L1, cat, circuit.circuit) ||
                !requireString(c, "status"_L1, cat, circuit.status) ||
                !requireString(c, "note"_L1, cat, circuit.note))
                return false;
            circuit.noteEs = c.value("note_es"_L1).toString();
            if (!knownCircuits.contains(circuit.circuit))
                return fail(tr("“%1circuit” is “%2”, which is not a federal circuit (1 to 11 or DC)")
                                .arg(cat, circuit.circuit));
            if (circuit.status != "rejected"_L1 && circuit.status != "contested"_L1)
                return fail(tr("“%1status” must be “rejected” or “contested”").arg(cat));
            r.circuits << circuit;
        }
        m_out.m_contested << r;
    }
    return true;
}

bool RuleSetParser::readReferrals(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = "referrals."_L1 + it.key() + u'.';
        if (!it.value().isObject())
            return fail(tr("“%1” must be an object with “en” and “es” texts").arg(at.chopped(1)));
        LocalizedText text;
        // Families get these texts: a referral without its Spanish version is an error, not a fallback.
        if (!requireString(it.value().toObject(), "en"_L1, at, text.en) ||
            !requireString(it.value().toObject(), "es"_L1, at, text.es))
            return false;
        m_out.m_referrals.append({it.key(), text});
    }
    return true;
}

bool RuleSetParser::checkReferralKeys()
{
    for (const GateRule &g : m_out.m_gates) {
        QList<const GateRule::Failure *> all;
        for (const GateRule::Failure &f : g.failures)
            all << &f;
        if (g.otherwise)
            all << &*g.otherwise;
        for (const GateRule::Failure *f : all) {
            if (!m_out.referral(f->referralKey))
                return fail(
                    tr("the gate on “%1” refers to the referral “%2”, which “referrals” does not define")
                        .arg(g.field, f->referralKey));
        }
    }
    return true;
}

bool RuleSetParser::parse(const QJsonObject &root)
{
    int format = 0;
    if (!readInt(root, "format_version"_L1, QString(), 1, 1000, format, true))
        return false;
    if (format != RuleSet::kFormatVersion)
        return fail(tr("it uses format version %1, but this program reads version %2; update the program")
                        .arg(format)
                        .arg(RuleSet::kFormatVersion));
    if (!requireString(root, "version"_L1, QString(), m_out.m_version) ||
        !readDate(root, "effective_date"_L1, QString(), m_out.m_effectiveDate) ||
        !requireString(root, "title"_L1, QString(), m_out.m_title) ||
        !requireString(root, "source"_L1, QString(), m_out.m_source))
        return false;

    const QString missingDay = root.value("calendar"_L1).toObject().value("missing_day"_L1).toString();
    if (missingDay == "next_month_first"_L1)
        m_out.m_missingDay = MissingDayPolicy::NextMonthFirst;
    else if (missingDay == "month_end"_L1)
        m_out.m_missingDay = MissingDayPolicy::MonthEnd;
    else
        return fail(tr("“calendar.missing_day” must be “next_month_first” or “month_end”"));

    const QJsonValue gates = root.value("gates"_L1);
    if (!gates.isArray() || gates.toArray().isEmpty())
        return fail(tr("“gates” must be a non-empty list"));
    const QJsonArray gateList = gates.toArray();
    for (qsizetype i = 0; i < gateList.size(); ++i) {
        const QString at = u"gates[%1]."_s.arg(i);
        if (!gateList.at(i).isObject())
            return fail(tr("“%1” must be an object").arg(at.chopped(1)));
        GateRule g;
        if (!readGate(gateList.at(i).toObject(), at, g))
            return false;
        m_out.m_gates << g;
    }

    QJsonObject keyDates, bop, referrals;
    if (!readObject(root, "key_dates"_L1, QString(), keyDates) || !readKeyDates(keyDates) ||
        !readObject(root, "bop_5050_50"_L1, QString(), bop) || !readBop(bop))
        return false;
    const QJsonValue contested = root.value("contested_reasons"_L1);
    if (!contested.isUndefined() && !contested.isArray())
        return fail(tr("“contested_reasons” must be a list"));
    if (!readContested(contested.toArray()))
        return false;
    if (!readObject(root, "referrals"_L1, QString(), referrals) || !readReferrals(referrals))
        return false;
    return checkReferralKeys();
}

Result<RuleSet> RuleSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io,
                           tr("The rule file %1 cannot be opened: %2. Check that it exists and can be read.")
                               .arg(QFileInfo(path).fileName(), file.errorString()),
                           path);
    }
    return fromJson(file.readAll(), path);
}

Result<RuleSet> RuleSet::fromJson(const QByteArray &json, const QString &fileNameForErrors)
{
    const QString name = QFileInfo(fileNameForErrors).fileName();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(
            Error::Kind::Corrupt,
            tr("The rule file %1 is not valid JSON (%2 at character %3). Fix the file or restore "
               "it from the release.")
                .arg(name, parseError.errorString())
                .arg(parseError.offset),
            fileNameForErrors);
    }
    if (!doc.isObject()) {
        return Error::make(Error::Kind::Corrupt,
                           tr("The rule file %1 is not a rule file: it must hold one JSON object.").arg(name),
                           fileNameForErrors);
    }
    RuleSet rules;
    rules.m_fileName = fileNameForErrors;
    RuleSetParser parser(rules);
    if (!parser.parse(doc.object())) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The rule file %1 cannot be used: %2.").arg(name, parser.problem()),
                           fileNameForErrors);
    }
    return rules;
}

} // namespace ch
