#pragma once

// SpanishNames: the names every in-memory name sort is tested with, and the order a Spanish speaker
// expects: accents and case do not separate "abad" from "Ábrego", and "ñ" is its own letter after "n".

#include <QLocale>
#include <QStringList>

namespace ch::test {

inline QStringList spanishNamesUnsorted()
{
    return {QStringLiteral("Zúñiga"), QStringLiteral("Nunez"), QStringLiteral("Öztürk"),
            QStringLiteral("abad"), QStringLiteral("Núñez"), QStringLiteral("Ábrego")};
}

inline QStringList spanishNamesSorted()
{
    return {QStringLiteral("abad"), QStringLiteral("Ábrego"), QStringLiteral("Nunez"),
            QStringLiteral("Núñez"), QStringLiteral("Öztürk"), QStringLiteral("Zúñiga")};
}

// Makes Spanish the program's locale (as Preferences does with QLocale::setDefault) for one scope.
class SpanishLocale final
{
public:
    SpanishLocale() : m_before(QLocale()) { QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain)); }
    ~SpanishLocale() { QLocale::setDefault(m_before); }
    SpanishLocale(const SpanishLocale &) = delete;
    SpanishLocale &operator=(const SpanishLocale &) = delete;

private:
    QLocale m_before;
};

} // namespace ch::test
