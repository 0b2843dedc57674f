#include "JsonRowReader.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'g', 3);
}

} // namespace

Result<QJsonArray> JsonRowReader::load(QIODevice *device, qint64 maxBytes)
{
    if (!device->isSequential() && device->size() > maxBytes) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The JSON file is %1 MiB; files over %2 MiB are not imported. Split it into smaller "
                              "files and import them one by one.")
                               .arg(mebibytes(device->size()), mebibytes(maxBytes)));
    }
    const QByteArray data = device->read(maxBytes + 1);
    if (data.size() > maxBytes) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The JSON file is larger than %1 MiB and was not imported. Split it into smaller files "
                              "and import them one by one.")
                               .arg(mebibytes(maxBytes)));
    }
    if (data.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("The file is empty."));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        const bool encoding = err.error == QJsonParseError::IllegalUTF8String;
        return Error::make(Error::Kind::InvalidInput,
                           encoding ? tr("The JSON file is not valid UTF-8 text (at byte %1). Save it again as "
                                         "UTF-8 and import it again.")
                                          .arg(err.offset)
                                    : tr("The file is not valid JSON (%1 at byte %2).")
                                          .arg(err.errorString())
                                          .arg(err.offset));
    }
    if (!doc.isArray()) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("The JSON file does not hold a list of submissions: it must be an array of objects."));
    }
    return doc.array();
}

QStringList JsonRowReader::columns(const QJsonArray &items)
{
    QStringList out;
    QSet<QString> seen;
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                out << it.key();
            }
        }
    }
    return out;
}

ImportRow JsonRowReader::row(const QJsonArray &items, qsizetype index)
{
    ImportRow r;
    r.number = index + 1;
    const QJsonValue item = items.at(index);
    if (!item.isObject()) {
        r.problems.append({QString(), tr("Item %1 of the JSON array is not an object with answers.").arg(r.number)});
        return r;
    }
    const QJsonObject o = item.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        switch (v.type()) {
        case QJsonValue::String:
            text = v.toString();
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
                text = QString::number(static_cast<qint64>(d));
            else
                text = QString::number(d, 'g', 17);
            break;
        }
        case QJsonValue::Bool:
            text = v.toBool() ? u"yes"_s : u"no"_s;
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            r.problems.append({it.key(), tr("Item %1 of the JSON array: “%2” holds a list or an object where one "
                                            "value was expected.")
                                             .arg(r.number)
                                             .arg(it.key())});
            text = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            break;
        }
        r.cells.append({it.key(), text});
    }
    return r;
}

} // namespace ch
