#include "LocaleFormat.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ch::LocaleFormat {

QString date(const QDate &date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(date, format);
}

QString isoText(const QString &text)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? date(d) : text;
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : text;
}

} // namespace ch::LocaleFormat
