#pragma once

// ReasonRepository: the reasons tracker of a case (domain primer §4, Spec S3). For every §1B1.13(b)
// reason: whether the family claimed it (from the questionnaire's reasons), the staff assessment, a
// narrative, and the evidence asked for and received. Rehabilitation is tracked as a combined factor only.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ch {

class Database;

struct EvidenceItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString reasonCode;
    QString type;        // e.g. medical_records, bop_records, death_certificate (see evidenceTypes())
    QString description;
    QDate requestedOn;
    QDate receivedOn;
    QString fileReference;

    bool isReceived() const { return receivedOn.isValid(); }
};

struct ReasonAssessment
{
    QString code;
    bool claimed = false;
    QString assessment = QStringLiteral("not_assessed"); // likely | possible | unlikely | not_assessed
    QString narrative;
    QString updatedBy;
    QDateTime updatedAt;
    QList<EvidenceItem> evidence;
};

class ReasonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ReasonRepository)
public:
    explicit ReasonRepository(const Database &database);
    explicit ReasonRepository(QSqlDatabase connection);

    static QStringList assessments();
    static QString assessmentLabel(QStringView code);
    static QStringList evidenceTypes();
    static QString evidenceTypeLabel(QStringView type);

    // One entry for every reason of the catalogue, in catalogue order.
    Result<QList<ReasonAssessment>> forCase(qint64 caseId) const;
    Status setAssessment(qint64 caseId, const QString &code, const QString &assessment, const QString &narrative);
    Result<qint64> addEvidence(EvidenceItem item);
    Status updateEvidence(const EvidenceItem &item);
    Status removeEvidence(qint64 evidenceId);

private:
    Status validate(const EvidenceItem &item) const;
    QSqlDatabase m_db;
};

} // namespace ch
