#pragma once

// Helpers for the packet and letter tests: a fully documented case (answers, assignment, volunteer,
// assessments, evidence, a status change, a note) and the text of a PDF as poppler's pdftotext reads it.

#include "TestDatabase.h"
#include "storage/AssignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ReasonRepository.h"
#include "storage/VolunteerRepository.h"

#include <QProcess>
#include <QRegularExpression>

namespace ch::test {

// pdftotext's text of the whole file (or of one page), with runs of white space made one space so that
// words wrapped onto the next line still match.
inline QString pdfText(const QString &path, int page = 0)
{
    QProcess p;
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    p.start(u"pdftotext"_s, args << path << u"-"_s);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<pdftotext failed: %1>"_s.arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// True when only the owner may read and write the file (0600).
inline bool isOwnerOnly(const QString &path)
{
    return QFile::permissions(path) ==
           (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

// Keeps a copy of a PDF a test wrote in $CH_PACKET_DUMP, so that people can look at it.
inline void keepForLooking(const QString &path, const QString &name)
{
    const QString dir = qEnvironmentVariable("CH_PACKET_DUMP");
    if (dir.isEmpty())
        return;
    QFile::remove(dir + u'/' + name);
    QFile::copy(path, dir + u'/' + name);
}

// The images in a PDF as poppler's pdfimages lists them (two header lines, then one line per image).
inline int pdfImageCount(const QString &path)
{
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    return static_cast<int>(QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n').size()) - 2;
}

inline int pdfPages(const QString &path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    if (!p.waitForFinished(60000))
        return -1;
    const auto m =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline qint64 addVolunteer(Database &db, const QString &name,
                           const QString &organization = u"Hill & Dale LLP"_s)
{
    Volunteer v;
    v.name = name;
    v.organization = organization;
    v.kind = u"large_firm"_s;
    v.capacity = 5;
    auto id = VolunteerRepository(db).create(v);
    return id ? *id : 0;
}

// The valid case of TestDatabase.h with everything a packet shows. Returns the case id (0 on failure).
inline qint64 fullyDocumentedCase(Database &db, qint64 volunteerId, CaseRecord c = validCase())
{
    c.extraAnswers.insert(u"sentencing_judge"_s, u"Hon. Kimba M. Wood"_s);
    Submitter second;
    second.name = u"Luis García"_s;
    second.relationship = u"Son"_s;
    second.phone = u"(718) 555-0199"_s;
    second.email = u"luis.g@example.net"_s;
    second.language = u"English"_s;
    c.moreSubmitters << second;
    CaseRepository cases(db);
    auto id = cases.create(c);
    if (!id)
        return 0;
    ReasonRepository reasons(db);
    (void)reasons.setAssessment(*id, u"terminal_illness"_s, u"likely"_s,
                                u"Oncologist confirms end-stage disease."_s);
    (void)reasons.setAssessment(*id, u"age"_s, u"possible"_s, u"Turns 65 in April; 75 % served."_s);
    EvidenceItem medical;
    medical.caseId = *id;
    medical.reasonCode = u"terminal_illness"_s;
    medical.type = u"medical_records"_s;
    medical.description = u"Duke oncology chart, 2023–2024"_s;
    medical.requestedOn = QDate(2024, 2, 1);
    medical.receivedOn = QDate(2024, 2, 20);
    (void)reasons.addEvidence(medical);
    EvidenceItem judgment;
    judgment.caseId = *id;
    judgment.reasonCode = u"age"_s;
    judgment.type = u"judgment"_s;
    judgment.description = u"Judgment from PACER"_s;
    judgment.requestedOn = QDate(2024, 2, 3);
    (void)reasons.addEvidence(judgment);
    (void)cases.changeStatus(*id, u"screening"_s, u"Questionnaire complete"_s);
    (void)cases.addNote(*id, u"Sister prefers calls after 6 pm."_s);
    if (volunteerId > 0)
        (void)AssignmentRepository(db).assign(*id, volunteerId);
    return *id;
}

} // namespace ch::test
