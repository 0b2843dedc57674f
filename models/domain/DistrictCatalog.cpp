#include "DistrictCatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QList<District> load()
{
    QList<District> out;
    QFile f(u":/clearinghouse/data/districts.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("districts.json is missing from the resources");
    const QJsonArray arr = QJsonDocument::fromJson(f.readAll()).object().value("districts"_L1).toArray();
    out.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        out.append(District{o.value("code"_L1).toString(), o.value("name"_L1).toString(),
                            o.value("circuit"_L1).toString(), o.value("state"_L1).toString()});
    }
    return out;
}

QString lettersOnly(QStringView s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

// How court documents abbreviate the states (Bluebook style): "N.D. Cal.", "D. Mass.", "W.D. Va.".
const QHash<QString, QString> &bluebookStates()
{
    static const QHash<QString, QString> map = {
        {u"AL"_s, u"ala"_s}, {u"AK"_s, u"alaska"_s}, {u"AZ"_s, u"ariz"_s}, {u"AR"_s, u"ark"_s},
        {u"CA"_s, u"cal"_s}, {u"CO"_s, u"colo"_s}, {u"CT"_s, u"conn"_s}, {u"DE"_s, u"del"_s},
        {u"DC"_s, u"dc"_s}, {u"FL"_s, u"fla"_s}, {u"GA"_s, u"ga"_s}, {u"HI"_s, u"haw"_s},
        {u"ID"_s, u"idaho"_s}, {u"IL"_s, u"ill"_s}, {u"IN"_s, u"ind"_s}, {u"IA"_s, u"iowa"_s},
        {u"KS"_s, u"kan"_s}, {u"KY"_s, u"ky"_s}, {u"LA"_s, u"la"_s}, {u"ME"_s, u"me"_s},
        {u"MD"_s, u"md"_s}, {u"MA"_s, u"mass"_s}, {u"MI"_s, u"mich"_s}, {u"MN"_s, u"minn"_s},
        {u"MS"_s, u"miss"_s}, {u"MO"_s, u"mo"_s}, {u"MT"_s, u"mont"_s}, {u"NE"_s, u"neb"_s},
        {u"NV"_s, u"nev"_s}, {u"NH"_s, u"nh"_s}, {u"NJ"_s, u"nj"_s}, {u"NM"_s, u"nm"_s},
        {u"NY"_s, u"ny"_s}, {u"NC"_s, u"nc"_s}, {u"ND"_s, u"nd"_s}, {u"OH"_s, u"ohio"_s},
        {u"OK"_s, u"okla"_s}, {u"OR"_s, u"or"_s}, {u"PA"_s, u"pa"_s}, {u"RI"_s, u"ri"_s},
        {u"SC"_s, u"sc"_s}, {u"SD"_s, u"sd"_s}, {u"TN"_s, u"tenn"_s}, {u"TX"_s, u"tex"_s},
        {u"UT"_s, u"utah"_s}, {u"VT"_s, u"vt"_s}, {u"VA"_s, u"va"_s}, {u"WA"_s, u"wash"_s},
        {u"WV"_s, u"wva"_s}, {u"WI"_s, u"wis"_s}, {u"WY"_s, u"wyo"_s}, {u"PR"_s, u"pr"_s},
        {u"VI"_s, u"vi"_s}, {u"GU"_s, u"guam"_s}, {u"MP"_s, u"nmari"_s},
    };
    return map;
}

} // namespace

const QList<District> &DistrictCatalog::all()
{
    static const QList<District> districts = load();
    return districts;
}

const District *DistrictCatalog::byCode(QStringView code)
{
    for (const District &d : all()) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

QString DistrictCatalog::normalize(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QString letters = lettersOnly(trimmed);
    for (const District &d : all()) {
        if (d.code == letters || d.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return d.code;
        // "S.D.N.Y." -> "sdny" is the code with the state moved to the end.
        const QString abbreviation = d.code.mid(2) + d.code.left(2);
        if (abbreviation == letters)
            return d.code;
        // "N.D. Cal." -> "ndcal": the district part of the code, then the Bluebook state.
        const QString bluebook = bluebookStates().value(d.state);
        const QString districtPart = d.code.startsWith(d.state.toLower()) ? d.code.mid(2) : u"d"_s;
        if (!bluebook.isEmpty() && districtPart + bluebook == letters)
            return d.code;
    }
    return {};
}

} // namespace ch
