#pragma once

// FieldCatalog: the one description of the intake questionnaire (domain primer §3). The intake form,
// the importer, the exporter, the packet and the screening rules all read field names, groups, kinds
// and allowed values from here, so a field is added in one place.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ch {

enum class FieldKind {
    Text,      // one line
    LongText,  // paragraphs
    Date,      // ISO YYYY-MM-DD
    DateTime,  // ISO date or date-time (submitted_at)
    Choice,    // one of allowedValues
    List,      // ';'-separated free values
    ReasonList,// ';'-separated reason codes
    Months,    // whole months or "life"
    District,  // one of the 94 district codes
    Register,  // BOP register number
    Phone,
    Email,
};

enum class FieldGroup { Submitter, Person, FederalCase, Sentence, Reasons, Medical, Family, Exhaustion, ReleasePlan };

enum class FieldHome { Case, Person, Submitter };

struct FieldInfo
{
    QString key;          // canonical column name of the import template
    FieldKind kind;
    FieldGroup group;
    FieldHome home;
    QStringList allowedValues; // for Choice
    int maxLength;
    bool sensitive;       // medical / family details: hidden from roles that may not see them
};

class FieldCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ch::FieldCatalog)
public:
    static const QList<FieldInfo> &fields();
    static const FieldInfo *find(QStringView key);
    static QStringList keys();
    static QList<FieldGroup> groups();
    static QList<const FieldInfo *> fieldsInGroup(FieldGroup group);

    static QString label(QStringView key);
    static QString help(QStringView key);
    static QString groupTitle(FieldGroup group);
    static QString valueLabel(QStringView key, QStringView value); // "federal" -> "Federal (U.S. District Court)"
};

} // namespace ch
