#pragma once

// ReasonCatalog: the "extraordinary and compelling reasons" of USSG §1B1.13(b) (domain primer §1),
// with their codes, sections and labels. Rehabilitation is listed as a combined factor only.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ch {

struct ReasonInfo
{
    QString code;      // e.g. "terminal_illness"
    QString section;   // e.g. "(b)(1)(A)"
    QString category;  // medical, age, family, abuse, other, sentence, combined
    bool countsAlone;  // false for rehabilitation
};

class ReasonCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReasonCatalog)
public:
    static const QList<ReasonInfo> &reasons();
    static const ReasonInfo *find(QStringView code);
    static QStringList codes();
    static bool isValid(QStringView code);
    static QString label(QStringView code);
    static QString description(QStringView code);
    static QString categoryTitle(QStringView category);
};

} // namespace ch
