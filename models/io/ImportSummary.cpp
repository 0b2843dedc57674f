#include "ImportSummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ch {

void ImportSummary::add(const ImportSummary &batch)
{
    imported += batch.imported;
    duplicates += batch.duplicates;
    rejected += batch.rejected;
    returningPersons += batch.returningPersons;
    rejects << batch.rejects;
    for (const ImportWarning &w : batch.warnings) {
        if (!warnings.contains(w)) // every batch of one file reads the same header
            warnings << w;
    }
    createdCaseIds << batch.createdCaseIds;
    returning << batch.returning;
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray list;
    for (const ImportReject &r : rejects)
        list.append(QJsonObject{{"row"_L1, r.row}, {"field"_L1, r.field}, {"reason"_L1, r.reason}});
    QJsonArray warningList;
    for (const ImportWarning &w : warnings)
        warningList.append(QJsonObject{{"column"_L1, w.column}, {"field"_L1, w.field}, {"reason"_L1, w.reason}});
    QJsonArray flags;
    for (const ReturningFlag &f : returning)
        flags.append(QJsonObject{{"row"_L1, f.row}, {"case_id"_L1, f.caseId}, {"person_name"_L1, f.personName}});
    QJsonObject o{{"imported"_L1, imported},
                  {"duplicates"_L1, duplicates},
                  {"rejected"_L1, rejected},
                  {"rejects"_L1, list},
                  {"warnings"_L1, warningList},
                  {"returning_persons"_L1, returningPersons},
                  {"returning"_L1, flags},
                  {"cancelled"_L1, cancelled}};
    if (!rowNumbering.isEmpty())
        o.insert("row_numbers"_L1, rowNumbering);
    return o;
}

} // namespace ch
