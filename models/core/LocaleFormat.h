#pragma once

// LocaleFormat: dates as the reader's language writes them (QLocale()), with the year in full: a birth
// date "14/3/55" could be any century.

#include <QDate>
#include <QString>

namespace ch::LocaleFormat {

QString date(const QDate &date);
// An ISO date or date-time as stored ("1955-03-14", "2026-11-29T10:00:00Z"); other text unchanged.
QString isoText(const QString &text);

} // namespace ch::LocaleFormat
