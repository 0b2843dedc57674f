#pragma once

// ReasonChecklistModel: the reasons tracker of one case as the checklist a reviewer works through: one row
// per §1B1.13(b) reason in catalogue order (rehabilitation last, as a combined factor only), with the
// family's claim, the staff assessment and the evidence asked for and received. The assessment column is
// editable; edits are saved through ReasonRepository (one transaction, audit logged) before the model
// shows them.

#include "core/Result.h"
#include "storage/ReasonRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace ch {

class ReasonChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CategoryColumn,
        ReasonColumn,
        ClaimedColumn,
        AssessmentColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        RawValueRole
    };

    ReasonChecklistModel(QSqlDatabase db, qint64 caseId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // AssessmentColumn, Qt::EditRole, an assessment code: saved at once (the narrative is kept).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 caseId() const { return m_caseId; }
    Status reload();
    const ReasonAssessment *entryAt(int row) const;
    int rowOfCode(const QString &code) const;

    Status setAssessment(int row, const QString &assessment, const QString &narrative);
    Result<qint64> addEvidence(const EvidenceItem &item);
    Status updateEvidence(const EvidenceItem &item);
    Status removeEvidence(qint64 evidenceId);

    // True when rehabilitation is assessed likely or possible and no other reason is: it cannot carry a
    // motion alone (§1B1.13(d)), so the reviewer is told.
    bool rehabilitationStandsAlone() const;

Q_SIGNALS:
    void saveFailed(const QString &message);

private:
    QString evidenceSummary(const ReasonAssessment &a) const;
    bool firstOfCategory(int row) const;

    ReasonRepository m_repo;
    qint64 m_caseId = 0;
    QList<ReasonAssessment> m_rows;
};

} // namespace ch
