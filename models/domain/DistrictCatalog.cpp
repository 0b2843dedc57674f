#include "DistrictCatalog.h"

#include <QFile>
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
    }
    return {};
}

} // namespace ch
