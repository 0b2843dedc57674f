#pragma once

// CaseRepository: persons, cases (requests), submitters, notes and status history. Every write runs in
// one BEGIN IMMEDIATE transaction together with its audit-log entry and its search-index update, so a
// failure leaves nothing half-written. Updates use the row version: a case changed by someone else since
// it was loaded is not overwritten (Error::Kind::Conflict).

#include "core/Result.h"
#include "domain/CaseRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace ch {

class Database;

struct DuplicateCandidate
{
    qint64 caseId = 0;
    QString personName;
    QString registerNumber;
    QString dateOfBirth;
    QString status;
    QString submittedAt;
    QStringList matchedOn; // "register_number", "name_and_birth_date", "submitter_phone", "submitter_email"
};

struct StatusChange
{
    QString from;
    QString to;
    QString changedBy;
    QDateTime changedAt;
    QString comment;
};

struct CaseNote
{
    qint64 id = 0;
    QString author;
    QDateTime createdAt;
    QString body;
};

class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ch::CaseRepository)
public:
    explicit CaseRepository(const Database &database);
    explicit CaseRepository(QSqlDatabase connection);

    // Saves a new case. Links it to the person with the same register number when there is one (and then
    // flags it as a returning person). Validates first; invalid answers are refused with the reasons.
    // On success record.id, personId and rowVersion are set.
    Result<qint64> create(CaseRecord &record);
    // Saves changes to an existing case and its person. Fails with Kind::Conflict when the case changed
    // since record was loaded; on success record.rowVersion is the new version.
    Status update(CaseRecord &record);
    Result<CaseRecord> load(qint64 caseId) const;
    Result<std::optional<qint64>> findBySubmissionId(const QString &submissionId) const;

    Status changeStatus(qint64 caseId, const QString &toStatus, const QString &comment = {});
    Result<QList<StatusChange>> statusHistory(qint64 caseId) const;

    Result<qint64> addNote(qint64 caseId, const QString &body);
    Result<QList<CaseNote>> notes(qint64 caseId) const;

    // Cases that may be the same request: same register number, same name and date of birth, or the same
    // submitter phone or email. excludeCaseId leaves out the case being edited.
    Result<QList<DuplicateCandidate>> findDuplicates(const CaseRecord &record, qint64 excludeCaseId = 0) const;

    Result<int> count() const;
    Result<QList<qint64>> allIds() const;

    // Autosaved intake drafts, so that a crash loses at most a few seconds of typing.
    Result<qint64> saveDraft(qint64 draftId, qint64 caseId, const QByteArray &payload);
    Status deleteDraft(qint64 draftId);
    struct Draft
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QDateTime savedAt;
        QByteArray payload;
    };
    Result<QList<Draft>> drafts() const;

    // Bulk creation (the import): instead of rebuilding the search index entries of each new case's person
    // on every create(), the person ids are collected in *pending, and the caller refreshes them all with
    // refreshSearch(pending) inside the same transaction, before it commits. nullptr turns this off.
    void deferSearchRefresh(QSet<qint64> *pending) { m_pendingSearch = pending; }
    Status refreshSearch(const QSet<qint64> &personIds);

private:
    Result<qint64> createFrom(CaseRecord &record);
    Status updateFrom(CaseRecord &record);
    Status writePerson(CaseRecord &record, bool isNew);
    // A new case writes every column; an update only `changed` (plus the sentence, extra answers, row
    // version and time of the change).
    Status writeCaseColumns(CaseRecord &record, bool isNew, const QStringList &changed = {});
    Status writeSubmitters(const CaseRecord &record);
    Status refreshSearch(qint64 personId);
    Status recordStatus(qint64 caseId, const QString &from, const QString &to, const QString &comment);
    Result<CaseRecord> loadIn(const QSqlDatabase &db, qint64 caseId) const;

    QSqlDatabase m_db;
    QSet<qint64> *m_pendingSearch = nullptr;
};

} // namespace ch
