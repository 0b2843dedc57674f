#pragma once

// PacketService: what the CLI and the GUI call to get a packet or a letter of a case as a document, to
// save it as a private PDF, and to record in the case's audit history that it was printed or saved.

#include "RedactionProfile.h"
#include "SafeTextDocument.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <memory>

namespace ch {

class PacketService final
{
    Q_DECLARE_TR_FUNCTIONS(ch::PacketService)
public:
    explicit PacketService(QSqlDatabase db);

    Result<std::unique_ptr<SafeTextDocument>> packet(qint64 caseId, const RedactionProfile &profile,
                                                     QDate asOf = QDate::currentDate()) const;
    // language empty: the family's (LetterBuilder::familyLanguage).
    Result<std::unique_ptr<SafeTextDocument>> letter(qint64 caseId, const QString &kind,
                                                     QString language = {},
                                                     QDate date = QDate::currentDate()) const;
    Result<QString> letterLanguage(qint64 caseId) const;

    // Writes the PDF (owner-only) and records it in the case's audit history.
    Status savePacket(qint64 caseId, const RedactionProfile &profile, const QString &path);
    Status saveLetter(qint64 caseId, const QString &kind, const QString &language, const QString &path);

    // "packet_printed" / "letter_printed" in the case's audit history; output is "pdf" or "printer".
    Status recordPacket(qint64 caseId, const RedactionProfile &profile, const QString &output);
    // One "packet_printed" per case, all or none (a one-file batch records them once the file is written).
    Status recordPackets(const QList<qint64> &caseIds, const RedactionProfile &profile, const QString &output);
    Status recordLetter(qint64 caseId, const QString &kind, const QString &language, const QString &output);

    static Status writePdf(QTextDocument &doc, qint64 caseId, bool withHeader, const QString &path);

private:
    QSqlDatabase m_db;
};

} // namespace ch
