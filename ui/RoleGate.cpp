#include "RoleGate.h"

#include <QAction>
#include <QHash>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ch::RoleGate {

std::optional<Permission> permissionFor(const QString &objectName)
{
    static const QHash<QString, Permission> table = [] {
        QHash<QString, Permission> t;
        for (const QString &n : {u"actionNewCase"_s, u"actionImport"_s, u"actionQuarantine"_s,
                                 u"actionRescreenAll"_s, u"actionChangeStatus"_s, u"actionAddNote"_s,
                                 u"editCaseButton"_s, u"changeStatusButton"_s, u"addNoteHeaderButton"_s,
                                 u"addNoteButton"_s, u"noteEdit"_s, u"rescreenCaseButton"_s,
                                 u"saveAssessmentButton"_s, u"addEvidenceButton"_s, u"editEvidenceButton"_s,
                                 u"removeEvidenceButton"_s, u"addFollowUp"_s, u"completeFollowUp"_s,
                                 u"followUpTitle"_s, u"reasonAssessment"_s, u"reasonNarrative"_s,
                                 u"rescreenAllButton"_s})
            t.insert(n, Permission::EditCases);
        // The evidence list names medical records and family documents.
        for (const QString &n : {u"showSensitiveToggle"_s, u"showSensitiveReasons"_s, u"evidenceList"_s})
            t.insert(n, Permission::ViewSensitive);
        for (const QString &n : {u"actionPacketBatch"_s, u"actionLetterTemplates"_s, u"actionPrintPacket"_s,
                                 u"actionSavePacket"_s, u"actionLetters"_s, u"casePacketPanel"_s})
            t.insert(n, Permission::PrintPackets);
        for (const QString &n : {u"actionAddVolunteer"_s, u"addVolunteerButton"_s, u"editVolunteerButton"_s,
                                 u"deactivateVolunteerButton"_s, u"trainingValiditySpin"_s})
            t.insert(n, Permission::ManageRoster);
        for (const QString &n : {u"actionMatchCase"_s, u"actionBatchMatch"_s, u"assignButton"_s,
                                 u"unassignButton"_s, u"declineButton"_s, u"declineReasonEdit"_s})
            t.insert(n, Permission::MatchCases);
        for (const QString &n : {u"actionExport"_s, u"actionBackupNow"_s, u"actionRestoreBackup"_s,
                                 u"exportReportCsv"_s, u"exportReportPdf"_s})
            t.insert(n, Permission::ExportData);
        t.insert(u"actionUsers"_s, Permission::ManageUsers);
        return t;
    }();
    const auto it = table.constFind(objectName);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

bool refused(const QWidget *w)
{
    return w && w->property("chRefusedByRole").toBool();
}

void apply(QWidget *root, const Session &session)
{
    if (!root)
        return;
    auto refused = [&session](const QObject *o) {
        const auto p = permissionFor(o->objectName());
        return p && !session.allows(*p);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (refused(w)) {
            w->setEnabled(false);
            w->setVisible(false);
            w->setProperty("chRefusedByRole", true);
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (refused(a)) {
            a->setEnabled(false);
            a->setVisible(false);
        }
    }
}

} // namespace ch::RoleGate
