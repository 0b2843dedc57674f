#pragma once

// Shared helpers for the screening tests: the rule files and a base case that screens in, so each test
// row states only the answers it changes.

#include "domain/CaseRecord.h"
#include "screening/RuleSet.h"

#include <QString>
#include <QTest>

#include <initializer_list>
#include <utility>

namespace chtest {

inline QString builtInRulesPath()
{
    return QStringLiteral(":/clearinghouse/rules/ussg-1b1.13-2023-11-01.json");
}

inline QString ruleFixture(const QString &name)
{
    return QStringLiteral(CH_RULE_FIXTURES_DIR "/") + name;
}

inline ch::RuleSet loadRules(const QString &path)
{
    ch::Result<ch::RuleSet> rules = ch::RuleSet::load(path);
    if (!rules)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(rules.error().fullText()));
    return std::move(rules).value();
}

inline const ch::RuleSet &builtInRules()
{
    static const ch::RuleSet rules = loadRules(builtInRulesPath());
    return rules;
}

// A federal, sentenced compassionate-release case with every date answer present:
// born 1962-03-02 (65 on 2027-03-02), in custody since 2020-01-15 on 96 months (75 % = 72 months ->
// 2026-01-15; 10 years -> 2030-01-15), projected release 2026-11-01, warden received a request 2025-02-10.
inline ch::CaseRecord baseCase(std::initializer_list<std::pair<const char *, const char *>> changes = {})
{
    ch::CaseRecord c;
    c.id = 42;
    const std::pair<const char *, const char *> answers[] = {
        {"submission_id", "SUB-0042"},
        {"court_type", "federal"},
        {"relief_sought", "compassionate_release"},
        {"sentence_status", "sentenced"},
        {"sentencing_district", "nysd"},
        {"date_of_birth", "1962-03-02"},
        {"custody_start_date", "2020-01-15"},
        {"sentence_months", "96"},
        {"projected_release_date", "2026-11-01"},
        {"sentenced_under_3559c", "no"},
        {"warden_request_date", "2025-02-10"},
        {"reasons", "age;terminal_illness"},
    };
    for (const auto &[key, value] : answers)
        c.setValue(QString::fromUtf8(key), QString::fromUtf8(value));
    for (const auto &[key, value] : changes)
        c.setValue(QString::fromUtf8(key), QString::fromUtf8(value));
    return c;
}

inline QDate d(const char *iso)
{
    return QDate::fromString(QString::fromUtf8(iso), Qt::ISODate);
}

} // namespace chtest
