#pragma once

// DraftPayload: what an autosaved intake draft holds (the case it edits, if any, and the answers typed so
// far), and its JSON form in the drafts table.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace ch {

struct DraftPayload
{
    qint64 caseId = 0;
    int rowVersion = 0;
    QMap<QString, QString> values;

    QByteArray toJson() const;
    static std::optional<DraftPayload> fromJson(const QByteArray &json);
};

} // namespace ch
