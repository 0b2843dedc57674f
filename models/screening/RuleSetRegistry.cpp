#include "RuleSetRegistry.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ch {

QString RuleSetRegistry::builtInDirectory()
{
    return u":/clearinghouse/rules"_s;
}

QStringList RuleSetRegistry::builtInFiles()
{
    const QDir dir(builtInDirectory());
    QStringList out;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

const Result<RuleSetRegistry> &RuleSetRegistry::builtIn()
{
    static const Result<RuleSetRegistry> registry = fromFiles(builtInFiles());
    return registry;
}

Result<RuleSetRegistry> RuleSetRegistry::fromFiles(const QStringList &paths)
{
    RuleSetRegistry registry;
    for (const QString &path : paths) {
        Result<RuleSet> rules = RuleSet::load(path);
        if (!rules)
            return rules.error();
        for (const RuleSet &other : std::as_const(registry.m_ruleSets)) {
            if (other.effectiveDate() == rules->effectiveDate()) {
                return Error::make(
                    Error::Kind::Conflict,
                    tr("The rule files %1 and %2 both take effect on %3; only one rule set can "
                       "apply on a date. Remove or re-date one of them.")
                        .arg(QFileInfo(other.fileName()).fileName(), QFileInfo(path).fileName(),
                             rules->effectiveDate().toString(Qt::ISODate)),
                    path);
            }
        }
        registry.m_ruleSets << std::move(rules).value();
    }
    if (registry.m_ruleSets.isEmpty()) {
        return Error::make(Error::Kind::NotFound,
                           tr("No screening rule file was found. Reinstall the program."));
    }
    std::sort(registry.m_ruleSets.begin(), registry.m_ruleSets.end(),
              [](const RuleSet &a, const RuleSet &b) { return a.effectiveDate() < b.effectiveDate(); });
    return registry;
}

const RuleSet *RuleSetRegistry::inEffectOn(QDate asOf) const
{
    const RuleSet *best = nullptr;
    for (const RuleSet &rules : m_ruleSets) {
        if (rules.effectiveDate() <= asOf)
            best = &rules;
    }
    return best;
}

Result<RuleSet> RuleSetRegistry::ruleSetFor(QDate asOf) const
{
    if (!asOf.isValid())
        return Error::make(Error::Kind::InvalidInput, tr("The as-of date is not a valid date."));
    if (const RuleSet *rules = inEffectOn(asOf))
        return *rules;
    return Error::make(
        Error::Kind::NotFound,
        tr("No screening rules were in effect on %1: the earliest rule set takes effect on %2. "
           "Choose a later as-of date.")
            .arg(asOf.toString(Qt::ISODate), m_ruleSets.isEmpty()
                                                 ? QString()
                                                 : m_ruleSets.first().effectiveDate().toString(Qt::ISODate)));
}

} // namespace ch
