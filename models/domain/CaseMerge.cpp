#include "CaseMerge.h"

#include "FieldCatalog.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QString kExtra = u"extra_answers"_s;
const QString kMoreSubmitters = u"additional_submitters"_s;

QString submittersText(const QList<Submitter> &subs)
{
    QStringList lines;
    for (const Submitter &s : subs) {
        QStringList parts;
        for (const QString &p : {s.name, s.relationship, s.phone, s.email, s.address, s.language}) {
            if (!p.isEmpty())
                parts << p;
        }
        lines << parts.join(u", "_s);
    }
    return lines.join(u'\n');
}

QString extraText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

// The value of one compared field: a questionnaire answer, or one of the two composite parts.
QString valueOf(const CaseRecord &r, const QString &key)
{
    if (key == kExtra)
        return extraText(r.extraAnswers);
    if (key == kMoreSubmitters)
        return submittersText(r.moreSubmitters);
    return r.value(key);
}

QStringList comparedKeys(const CaseRecord &base, const CaseRecord &mine, const CaseRecord &theirs)
{
    QStringList keys;
    QSet<QString> seen;
    for (const FieldInfo &f : FieldCatalog::fields()) {
        keys << f.key;
        seen.insert(f.key);
    }
    // Keys the catalog does not know (none today; kept so that nothing can be lost silently).
    for (const CaseRecord *r : {&base, &mine, &theirs}) {
        for (auto it = r->values().cbegin(); it != r->values().cend(); ++it) {
            if (!seen.contains(it.key())) {
                keys << it.key();
                seen.insert(it.key());
            }
        }
    }
    keys << kMoreSubmitters << kExtra;
    return keys;
}

} // namespace

QList<FieldDifference> CaseMerge::differences(const CaseRecord &base, const CaseRecord &mine,
                                              const CaseRecord &theirs)
{
    QList<FieldDifference> out;
    for (const QString &key : comparedKeys(base, mine, theirs)) {
        FieldDifference d;
        d.key = key;
        d.base = valueOf(base, key);
        d.mine = valueOf(mine, key);
        d.theirs = valueOf(theirs, key);
        d.mineChanged = d.mine != d.base;
        d.theirsChanged = d.theirs != d.base;
        if (d.mineChanged || d.theirsChanged)
            out << d;
    }
    return out;
}

CaseRecord CaseMerge::merge(const CaseRecord &base, const CaseRecord &mine, const CaseRecord &theirs,
                            const QHash<QString, Side> &choices)
{
    CaseRecord merged = theirs;
    for (const FieldDifference &d : differences(base, mine, theirs)) {
        const bool takeMine = d.isConflict() ? choices.value(d.key, Side::Theirs) == Side::Mine
                                             : d.mineChanged && !d.theirsChanged;
        if (!takeMine)
            continue;
        if (d.key == kExtra)
            merged.extraAnswers = mine.extraAnswers;
        else if (d.key == kMoreSubmitters)
            merged.moreSubmitters = mine.moreSubmitters;
        else
            merged.setValue(d.key, d.mine);
    }
    return merged;
}

} // namespace ch
