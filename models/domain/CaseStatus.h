#pragma once

// CaseStatus: the pipeline a request moves through, and which moves are allowed.
// received -> screening -> needs_info | screened_out | screened_in -> matched -> motion_filed
//   -> granted | denied | withdrawn -> closed

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ch {

class CaseStatus final
{
    Q_DECLARE_TR_FUNCTIONS(ch::CaseStatus)
public:
    static const QStringList &codes();
    static bool isValid(QStringView code);
    static QString label(QStringView code);
    static QStringList allowedNext(QStringView from);
    static bool canMove(QStringView from, QStringView to);
};

} // namespace ch
