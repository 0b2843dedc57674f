#pragma once

// Translations: installs the program's own translation (built into the program) and Qt's for a locale.
// English is the source language; Spanish ships complete.

#include <QLocale>
#include <QString>

namespace ch::Translations {

// Installs translators on the running application; replaces any installed earlier, so the language can
// change while the program runs. Returns the language actually used ("en" or "es").
QString install(const QLocale &locale);
QStringList availableLanguages();
// The language the program's texts are in now ("en" or "es"): what install() last returned.
QString current();

} // namespace ch::Translations
