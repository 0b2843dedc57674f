#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace ch::Translations {

namespace {
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
QString &currentLanguage()
{
    static QString language = u"en"_s;
    return language;
}
} // namespace

QString current()
{
    return currentLanguage();
}

QStringList availableLanguages()
{
    return {u"en"_s, u"es"_s};
}

QString install(const QLocale &locale)
{
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, u"clearinghouse"_s, u"_"_s, u":/i18n"_s)) {
        // A language we do not ship (or the C locale): English, whose file carries the plural forms
        // ("1 case", "2 cases"); without it the source texts' "case(s)" would show.
        if (app->load(u"clearinghouse_en"_s, u":/i18n"_s)) {
            QCoreApplication::installTranslator(app.get());
            appTranslator() = std::move(app);
        }
        currentLanguage() = u"en"_s;
        return currentLanguage();
    }
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    currentLanguage() = locale.language() == QLocale::Spanish ? u"es"_s : u"en"_s;
    return currentLanguage();
}

} // namespace ch::Translations
