#include "RosterSettings.h"

#include "AuditLog.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "domain/Volunteer.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
const QString kValidityKey = u"training_validity_months"_s;
}

Result<int> RosterSettings::trainingValidityMonths() const
{
    auto v = Sql::scalar(m_db, u"SELECT value FROM settings WHERE key = :k"_s, {{":k", kValidityKey}});
    if (!v)
        return v.error();
    bool ok = false;
    const int months = v->toString().toInt(&ok);
    return ok && months > 0 ? months : Volunteer::kDefaultTrainingValidityMonths;
}

Status RosterSettings::setTrainingValidityMonths(int months)
{
    if (months < 1 || months > 120)
        return Error::make(Error::Kind::InvalidInput,
                           tr("A training must count for between 1 and 120 months; %1 is outside that.").arg(months));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = trainingValidityMonths();
    if (!before)
        return before.error();
    auto q = Sql::run(m_db,
                      u"INSERT INTO settings(key, value, updated_at) VALUES (:k, :v, :now)"
                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                      {{":k", kValidityKey},
                       {":v", QString::number(months)},
                       {":now", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    if (Status s = AuditLog::record(m_db, u"setting"_s, 0, u"update"_s, QJsonObject{{kValidityKey, *before}},
                                    QJsonObject{{kValidityKey, months}});
        !s)
        return s;
    return tx.commit();
}

} // namespace ch
