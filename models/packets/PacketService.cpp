#include "PacketService.h"

#include "LetterBuilder.h"
#include "PacketBuilder.h"
#include "PacketData.h"
#include "PacketWriter.h"
#include "PdfFile.h"
#include "storage/AuditLog.h"
#include "storage/LetterTemplateRepository.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

PacketService::PacketService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::unique_ptr<SafeTextDocument>>
PacketService::packet(qint64 caseId, const RedactionProfile &profile, QDate asOf) const
{
    auto data = PacketData::load(m_db, caseId, asOf);
    if (!data)
        return data.error();
    return PacketBuilder(profile).build(*data);
}

Result<QString> PacketService::letterLanguage(qint64 caseId) const
{
    auto data = PacketData::load(m_db, caseId);
    if (!data)
        return data.error();
    return LetterBuilder::familyLanguage(data->record);
}

Result<std::unique_ptr<SafeTextDocument>> PacketService::letter(qint64 caseId, const QString &kind,
                                                                QString language, QDate date) const
{
    auto data = PacketData::load(m_db, caseId, date);
    if (!data)
        return data.error();
    if (language.isEmpty())
        language = LetterBuilder::familyLanguage(data->record);
    auto tmpl = LetterTemplateRepository(m_db).load(kind, language);
    if (!tmpl)
        return tmpl.error();
    return LetterBuilder::build(tmpl->body, *data, language, date);
}

Status PacketService::writePdf(QTextDocument &doc, qint64 caseId, bool withHeader, const QString &path)
{
    PdfFile file(path, doc.metaInformation(QTextDocument::DocumentTitle));
    if (Status s = file.open(); !s)
        return s;
    PacketWriter writer(file.writer());
    PageDecoration decoration;
    if (withHeader) {
        decoration.headerLeft = PacketBuilder::headerText(caseId);
        decoration.headerRight = tr("Confidential");
    } else {
        decoration.pageNumbers = false;
    }
    if (Status s = writer.write(doc, decoration); !s)
        return s;
    if (Status s = writer.finish(); !s)
        return s;
    return file.commit();
}

Status PacketService::savePacket(qint64 caseId, const RedactionProfile &profile, const QString &path)
{
    auto doc = packet(caseId, profile);
    if (!doc)
        return doc.error();
    if (Status s = writePdf(**doc, caseId, true, path); !s)
        return s;
    return recordPacket(caseId, profile, u"pdf"_s);
}

Status PacketService::saveLetter(qint64 caseId, const QString &kind, const QString &language,
                                 const QString &path)
{
    auto doc = letter(caseId, kind, language);
    if (!doc)
        return doc.error();
    if (Status s = writePdf(**doc, caseId, false, path); !s)
        return s;
    QString lang = language;
    if (lang.isEmpty()) {
        auto l = letterLanguage(caseId);
        lang = l ? *l : QString();
    }
    return recordLetter(caseId, kind, lang, u"pdf"_s);
}

Status PacketService::recordPacket(qint64 caseId, const RedactionProfile &profile, const QString &output)
{
    return recordPackets({caseId}, profile, output);
}

Status PacketService::recordPackets(const QList<qint64> &caseIds, const RedactionProfile &profile,
                                    const QString &output)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const QJsonObject detail{{u"profile"_s, profile.name()}, {u"output"_s, output}};
    for (const qint64 caseId : caseIds) {
        if (Status s = AuditLog::record(m_db, u"case"_s, caseId, u"packet_printed"_s, {}, detail); !s)
            return s;
    }
    return tx.commit();
}

Status PacketService::recordLetter(qint64 caseId, const QString &kind, const QString &language,
                                   const QString &output)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = AuditLog::record(
            m_db, u"case"_s, caseId, u"letter_printed"_s, {},
            QJsonObject{{u"kind"_s, kind}, {u"language"_s, language}, {u"output"_s, output}});
        !s)
        return s;
    return tx.commit();
}

} // namespace ch
