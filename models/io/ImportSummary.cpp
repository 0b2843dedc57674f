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
    createdCaseIds << batch.createdCaseIds;
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray list;
    for (const ImportReject &r : rejects)
        list.append(QJsonObject{{"row"_L1, r.row}, {"field"_L1, r.field}, {"reason"_L1, r.reason}});
    QJsonObject o{{"imported"_L1, imported},
                  {"duplicates"_L1, duplicates},
                  {"rejected"_L1, rejected},
                  {"rejects"_L1, list},
                  {"returning_persons"_L1, returningPersons},
                  {"cancelled"_L1, cancelled}};
    if (!rowNumbering.isEmpty())
        o.insert("row_numbers"_L1, rowNumbering);
    return o;
}

} // namespace ch
