#pragma once

// RosterSettings: coordinator choices kept in the database (so that the GUI, the CLI and every workstation
// agree): for now how many months a volunteer's training counts (domain primer §5, default 24).

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ch {

class RosterSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ch::RosterSettings)
public:
    explicit RosterSettings(QSqlDatabase connection) : m_db(std::move(connection)) {}

    Result<int> trainingValidityMonths() const;
    Status setTrainingValidityMonths(int months); // 1..120, audited

private:
    QSqlDatabase m_db;
};

} // namespace ch
