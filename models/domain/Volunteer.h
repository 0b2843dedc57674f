#pragma once

// Volunteer: one person on the roster (domain primer §5, issue 5): who they are, what they are trained and
// admitted for, how many cases they can take, when they are away. Plain data; VolunteerRepository stores it,
// VolunteerValidator checks it, MatchPlanner reads it.

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ch {

struct Training
{
    QDate completedOn;
    QString course;
    friend bool operator==(const Training &, const Training &) = default;
};

struct LeavePeriod
{
    QDate from;
    QDate until; // inclusive
    QString note;
    bool contains(QDate d) const { return d >= from && d <= until; }
    friend bool operator==(const LeavePeriod &, const LeavePeriod &) = default;
};

struct Volunteer
{
    static constexpr int kDefaultTrainingValidityMonths = 24;

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
    QDate onLeaveUntil;         // the import's single "back on" date (inclusive)
    QList<LeavePeriod> leaves;  // planned absences
    bool active = true;
    QString notes;
    QList<Training> trainings;
    int rowVersion = 0;

    QJsonObject toJson() const;
    static QStringList kinds();
    static QString kindLabel(const QString &kind);

    bool isStudent() const { return kind == QLatin1String("law_clinic_student"); }
    bool isOnLeave(QDate day) const;
    QDate latestTraining() const; // invalid when none recorded
    // The first day the latest training no longer counts; invalid when there is no training.
    QDate trainingExpiresOn(int validityMonths) const;
    bool hasValidTraining(QDate day, int validityMonths) const;
};

} // namespace ch
