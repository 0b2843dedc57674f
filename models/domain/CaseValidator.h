#pragma once

// CaseValidator: what is wrong with a case's answers, field by field, in sentences the intake form shows
// beside the field and the importer reports with the row. Errors block saving; warnings do not.

#include "CaseRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ch {

struct FieldIssue
{
    enum class Severity { Warning, Error };
    QString field;
    Severity severity = Severity::Error;
    QString message;
};

class CaseValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ch::CaseValidator)
public:
    // today is a parameter so that the rules can be tested on fixed dates.
    static QList<FieldIssue> validate(const CaseRecord &record, QDate today);
    static bool hasErrors(const QList<FieldIssue> &issues);

    // Writes values in their canonical form: register number NNNNN-NNN, district codes, trimmed text,
    // lower-case choice values, "life". Leaves values it cannot understand as they are (validate reports them).
    static void normalize(CaseRecord &record);

    static QString phoneKey(const QString &phone); // digits only, the last 10
    static QString emailKey(const QString &email); // trimmed, lower case
    static QString nameKey(const QString &name);   // case and accents folded, spaces collapsed
};

} // namespace ch
