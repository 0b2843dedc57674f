#pragma once

// RuleSetRegistry: the rule sets the program knows (the built-in files under :/clearinghouse/rules, or
// files given by a test) and the choice of the one in effect on an as-of date: the one with the latest
// effective date on or before it. Screening a case "as of" a past date thus uses the rules of that date.

#include "RuleSet.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace ch {

class RuleSetRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ch::RuleSetRegistry)
public:
    static QString builtInDirectory(); // ":/clearinghouse/rules"
    static QStringList builtInFiles(); // every *.json there, sorted by name
    // The built-in rule sets, loaded once. An error here means a broken release: tests load every file.
    static const Result<RuleSetRegistry> &builtIn();

    // Loads every file; fails on the first broken file or when two files take effect on the same date.
    static Result<RuleSetRegistry> fromFiles(const QStringList &paths);

    const QList<RuleSet> &ruleSets() const { return m_ruleSets; } // oldest first
    // The rule set with the latest effective date <= asOf, or nullptr when none is in effect yet.
    const RuleSet *inEffectOn(QDate asOf) const;
    // As inEffectOn(), with an error a person can read when no rule set applies.
    Result<RuleSet> ruleSetFor(QDate asOf) const;

private:
    QList<RuleSet> m_ruleSets;
};

} // namespace ch
