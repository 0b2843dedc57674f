#include "ReportTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ch {

QString ReportTable::text(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 1);
    return value.toString();
}

QJsonObject ReportTable::toJson() const
{
    QJsonArray columns;
    for (int i = 0; i < columnCount(); ++i)
        columns.append(QJsonObject{{u"key"_s, columnKeys.at(i)}, {u"title"_s, columnTitles.value(i)}});
    QJsonArray jsonRows;
    for (const QVariantList &row : rows) {
        QJsonObject o;
        for (int i = 0; i < columnCount(); ++i) {
            const QVariant v = row.value(i);
            if (!v.isValid() || v.isNull())
                o.insert(columnKeys.at(i), QJsonValue::Null);
            else if (v.typeId() == QMetaType::Double)
                o.insert(columnKeys.at(i), QString::number(v.toDouble(), 'f', 1).toDouble());
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                o.insert(columnKeys.at(i), v.toLongLong());
            else
                o.insert(columnKeys.at(i), v.toString());
        }
        jsonRows.append(o);
    }
    return QJsonObject{{u"report"_s, id},
                       {u"title"_s, title},
                       {u"explanation"_s, explanation},
                       {u"from"_s, period.from.isValid() ? QJsonValue(period.from.toString(Qt::ISODate)) : QJsonValue()},
                       {u"to"_s, period.to.isValid() ? QJsonValue(period.to.toString(Qt::ISODate)) : QJsonValue()},
                       {u"columns"_s, columns},
                       {u"rows"_s, jsonRows}};
}

} // namespace ch
