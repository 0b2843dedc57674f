#pragma once

// PacketBuilder: the case packet a volunteer receives (issue 6) as a QTextDocument: cover sheet, summary,
// screening and key dates, reasons checklist, documents to obtain, every questionnaire answer grouped as on
// the intake form, contacts, status history, staff notes and blank notes pages. What is shown follows the
// RedactionProfile. Every user value goes through RichText; the document can load nothing. PacketWriter
// adds the running header and page numbers when it paints the pages.

#include "PacketData.h"
#include "RedactionProfile.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <memory>

namespace ch {

class SafeTextDocument;

class PacketBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ch::PacketBuilder)
public:
    explicit PacketBuilder(RedactionProfile profile = RedactionProfile::volunteer());

    QString html(const PacketData &d) const;
    std::unique_ptr<SafeTextDocument> build(const PacketData &d) const;
    // The header line of every page: "Clearinghouse case 12".
    static QString headerText(qint64 caseId);
    // Default font, margins and style sheet shared by packets and letters.
    static void prepare(SafeTextDocument &doc);

    // The packet's text font (DejaVu Sans, no ligatures).
    static QFont textFont(double pointSize);
    static QString keyDateLabel(QStringView code);
    static QString gateLabel(QStringView code);

private:
    QString cover(const PacketData &d) const;
    QString summary(const PacketData &d) const;
    QString screening(const PacketData &d) const;
    QString reasons(const PacketData &d) const;
    QString documents(const PacketData &d) const;
    QString answers(const PacketData &d) const;
    QString contacts(const PacketData &d) const;
    QString history(const PacketData &d) const;
    QString staffNotes(const PacketData &d) const;
    QString notesPages() const;
    QString exhaustionBox(const PacketData &d) const;
    QString answerHtml(const QString &key, const QString &value) const;

    RedactionProfile m_profile;
};

} // namespace ch
