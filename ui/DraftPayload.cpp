#include "DraftPayload.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

QByteArray DraftPayload::toJson() const
{
    QJsonObject answers;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty())
            answers.insert(it.key(), it.value());
    }
    const QJsonObject o{{"format"_L1, 1}, {"case_id"_L1, caseId}, {"row_version"_L1, rowVersion},
                        {"answers"_L1, answers}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<DraftPayload> DraftPayload::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    DraftPayload p;
    p.caseId = o.value("case_id"_L1).toInteger();
    p.rowVersion = o.value("row_version"_L1).toInt();
    const QJsonObject answers = o.value("answers"_L1).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        p.values.insert(it.key(), it.value().toString());
    return p;
}

} // namespace ch
