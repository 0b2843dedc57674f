#pragma once

// CaseMerge: when two people edit the same case, the second save is refused (row version). This compares
// the case as the second person loaded it (base), as they edited it (mine) and as it is now stored
// (theirs), field by field, and builds the merged record the person chooses: changes on one side only are
// taken as they are; a field both changed differently is a conflict the person decides.

#include "domain/CaseRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ch {

struct FieldDifference
{
    QString key; // a FieldCatalog key, or "extra_answers" / "additional_submitters"
    QString base;
    QString mine;
    QString theirs;
    bool mineChanged = false;
    bool theirsChanged = false;
    // Both sides changed the field, to different values: the person must choose.
    bool isConflict() const { return mineChanged && theirsChanged && mine != theirs; }
};

class CaseMerge final
{
public:
    enum class Side { Mine, Theirs };

    // Every field that differs between any two of the three records, in FieldCatalog order.
    static QList<FieldDifference> differences(const CaseRecord &base, const CaseRecord &mine,
                                              const CaseRecord &theirs);
    // theirs (with its row version, so that saving it succeeds unless a third change came in between),
    // plus my changes to fields they did not change, plus, for each conflict, the side chosen in choices
    // (a conflict without a choice keeps theirs).
    static CaseRecord merge(const CaseRecord &base, const CaseRecord &mine, const CaseRecord &theirs,
                            const QHash<QString, Side> &choices);
};

} // namespace ch
