#include "FacilityCatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QList<Facility> load()
{
    QList<Facility> out;
    QFile f(u":/clearinghouse/data/facilities.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("facilities.json is missing from the resources");
    const QJsonArray arr = QJsonDocument::fromJson(f.readAll()).object().value("facilities"_L1).toArray();
    out.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        out.append(Facility{o.value("name"_L1).toString(), o.value("location"_L1).toString(),
                            o.value("state"_L1).toString(), o.value("medical"_L1).toBool()});
    }
    return out;
}

// Words of a name, case-folded, accents and punctuation dropped: "Fort-Worth" and "fort worth" agree.
QStringList words(QStringView text)
{
    QStringList out;
    QString word;
    for (const QChar c : text.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

struct LocationIndex
{
    QHash<QString, QString> stateByKey; // words of a town ("fort worth") → state
    int longestWords = 1;
};

const LocationIndex &locations()
{
    static const LocationIndex index = [] {
        LocationIndex idx;
        for (const Facility &f : FacilityCatalog::all()) {
            const QStringList w = words(f.location);
            idx.stateByKey.insert(w.join(u' '), f.state);
            idx.longestWords = std::max(idx.longestWords, int(w.size()));
        }
        return idx;
    }();
    return index;
}

} // namespace

const QList<Facility> &FacilityCatalog::all()
{
    static const QList<Facility> facilities = load();
    return facilities;
}

QString FacilityCatalog::stateOf(QStringView facilityText)
{
    const LocationIndex &idx = locations();
    const QStringList text = words(facilityText);
    // Longest run of words first, so "Fort Worth" is not read as some shorter town name inside it.
    for (int len = std::min(idx.longestWords, int(text.size())); len >= 1; --len) {
        for (int i = 0; i + len <= text.size(); ++i) {
            const auto it = idx.stateByKey.constFind(text.mid(i, len).join(u' '));
            if (it != idx.stateByKey.constEnd())
                return *it;
        }
    }
    return {};
}

} // namespace ch
