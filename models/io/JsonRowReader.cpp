#include "JsonRowReader.h"

#include "domain/FieldCatalog.h"

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

// The keys our own JsonExporter adds for bookkeeping. The database assigns them afresh on import, so in a
// file that is recognisably our export they are not answers.
bool isExportBookkeeping(const QString &key)
{
    static const QStringList keys = {u"case_id"_s,    u"person_id"_s,  u"row_version"_s,
                                     u"returning_person"_s, u"created_at"_s, u"updated_at"_s};
    return keys.contains(key);
}

// A JSON scalar as the text a CSV cell would hold; false for a list or an object.
bool scalarText(const QJsonValue &v, QString &text)
{
    switch (v.type()) {
    case QJsonValue::String:
        text = v.toString();
        return true;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            text = QString::number(static_cast<qint64>(d));
        else
            text = QString::number(d, 'g', 17);
        return true;
    }
    case QJsonValue::Bool:
        text = v.toBool() ? u"yes"_s : u"no"_s;
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        text.clear();
        return true;
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return false;
}

bool isListField(const QString &key)
{
    const FieldInfo *f = FieldCatalog::find(key.trimmed().toCaseFolded());
    return f && (f->kind == FieldKind::List || f->kind == FieldKind::ReasonList);
}

QString compactText(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

bool JsonRowReader::readSubmitters(const QJsonValue &value, QList<Submitter> &out)
{
    if (!value.isArray())
        return value.isNull();
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return false;
        const QJsonObject o = item.toObject();
        Submitter s;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString text;
            if (!scalarText(it.value(), text))
                return false;
            if (it.key() == "name"_L1) s.name = text;
            else if (it.key() == "relationship"_L1) s.relationship = text;
            else if (it.key() == "phone"_L1) s.phone = text;
            else if (it.key() == "email"_L1) s.email = text;
            else if (it.key() == "address"_L1) s.address = text;
            else if (it.key() == "language"_L1) s.language = text;
            else return false; // an unknown key would be lost
        }
        if (!s.isEmpty())
            out << s;
    }
    return true;
}

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
    const bool ownExport = o.value("case_id"_L1).isDouble() && o.value("extra_answers"_L1).isObject()
        && o.value("additional_submitters"_L1).isArray();
    auto problem = [&r](const QString &key) {
        r.problems.append({key, tr("Item %1 of the JSON array: “%2” holds a list or an object where one "
                                   "value was expected.")
                                    .arg(r.number)
                                    .arg(key)});
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (ownExport) {
            if (isExportBookkeeping(key))
                continue;
            if (key == "status"_L1 && v.isString()) {
                r.status = v.toString();
                continue;
            }
            if (key == "additional_submitters"_L1) {
                if (!readSubmitters(v, r.moreSubmitters)) {
                    r.problems.append({key, tr("Item %1 of the JSON array: “additional_submitters” must be a list "
                                               "of objects with name, relationship, phone, email, address and "
                                               "language.")
                                                .arg(r.number)});
                    r.cells.append({key, compactText(v)});
                }
                continue;
            }
            if (key == "extra_answers"_L1) {
                const QJsonObject extra = v.toObject();
                for (auto e = extra.begin(); e != extra.end(); ++e) {
                    QString text;
                    if (!scalarText(e.value(), text)) {
                        problem(key);
                        r.cells.append({key, compactText(v)});
                        break;
                    }
                    if (!text.isEmpty())
                        r.extraAnswers.insert(e.key(), text);
                }
                continue;
            }
        }
        QString text;
        if (scalarText(v, text)) {
            r.cells.append({key, text});
            continue;
        }
        // A list of plain values for a list question (reasons, aliases, co-defendants) is that list.
        bool joined = false;
        if (v.isArray() && isListField(key)) {
            QStringList parts;
            joined = true;
            for (const QJsonValue &part : v.toArray()) {
                QString t;
                if (!scalarText(part, t) || t.contains(u';')) {
                    joined = false;
                    break;
                }
                if (!t.trimmed().isEmpty())
                    parts << t.trimmed();
            }
            if (joined)
                text = parts.join(u"; "_s);
        }
        if (!joined) {
            problem(key);
            text = compactText(v);
        }
        r.cells.append({key, text});
    }
    return r;
}

} // namespace ch
