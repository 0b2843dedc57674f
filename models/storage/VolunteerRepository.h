#pragma once

// VolunteerRepository: the roster of trained volunteers (domain primer §5): who they are, what they are
// trained and admitted for, how many cases they can take. Writes are audited like cases.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ch {

class Database;

struct Training
{
    QDate completedOn;
    QString course;
    friend bool operator==(const Training &, const Training &) = default;
};

struct Volunteer
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString organization;
    QString kind; // large_firm | small_firm_defense | law_clinic_student | solo | other
    qint64 supervisorId = 0;
    QStringList barStates;
    QStringList districts;
    int capacity = 1;
    QStringList languages;
    QStringList expertise; // reason codes
    QStringList conflicts;
    QDate onLeaveUntil;
    bool active = true;
    QString notes;
    QList<Training> trainings;
    int rowVersion = 0;

    QJsonObject toJson() const;
    static QStringList kinds();
};

class VolunteerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::VolunteerRepository)
public:
    explicit VolunteerRepository(const Database &database);
    explicit VolunteerRepository(QSqlDatabase connection);

    Result<qint64> create(Volunteer &v);
    Result<Volunteer> load(qint64 id) const;
    Result<QList<Volunteer>> all() const;
    Result<int> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace ch
