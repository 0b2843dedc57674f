#pragma once

// GuiFixture: helpers the GUI tests share: a fresh database in a temporary directory and cases put in
// through the repository (not through SQL), so that each test starts from a known state.

#include "domain/CaseRecord.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace ch::test {

inline CaseRecord makeCase(const QString &name, const QString &registerNumber, const QString &dob = {})
{
    CaseRecord r;
    r.setValue(QStringLiteral("person_name"), name);
    r.setValue(QStringLiteral("register_number"), registerNumber);
    if (!dob.isEmpty())
        r.setValue(QStringLiteral("date_of_birth"), dob);
    r.setValue(QStringLiteral("court_type"), QStringLiteral("federal"));
    r.setValue(QStringLiteral("relief_sought"), QStringLiteral("compassionate_release"));
    r.setValue(QStringLiteral("sentencing_district"), QStringLiteral("nysd"));
    r.setValue(QStringLiteral("reasons"), QStringLiteral("terminal_illness;age"));
    r.setValue(QStringLiteral("facility"), QStringLiteral("FMC Butner"));
    return r;
}

inline qint64 seed(Database &db, CaseRecord record)
{
    auto id = CaseRepository(db).create(record);
    return id ? *id : 0;
}

} // namespace ch::test
