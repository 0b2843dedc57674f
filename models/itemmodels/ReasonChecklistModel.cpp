#include "ReasonChecklistModel.h"

#include "core/LanguageWatcher.h"

#include "core/Actor.h"
#include "domain/ReasonCatalog.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ch {

ReasonChecklistModel::ReasonChecklistModel(QSqlDatabase db, qint64 caseId, QObject *parent)
    : QAbstractTableModel(parent), m_repo(std::move(db)), m_caseId(caseId)
{
    LanguageWatcher::watch(this);
    (void)reload();
}

Status ReasonChecklistModel::reload()
{
    auto loaded = m_repo.forCase(m_caseId);
    beginResetModel();
    m_rows = loaded ? *loaded : QList<ReasonAssessment>();
    endResetModel();
    if (!loaded)
        return loaded.error();
    return Status();
}

int ReasonChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReasonChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ReasonAssessment *ReasonChecklistModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReasonChecklistModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code == code)
            return i;
    }
    return -1;
}

bool ReasonChecklistModel::firstOfCategory(int row) const
{
    const ReasonInfo *info = ReasonCatalog::find(m_rows.at(row).code);
    const ReasonInfo *previous = row > 0 ? ReasonCatalog::find(m_rows.at(row - 1).code) : nullptr;
    return !previous || !info || previous->category != info->category;
}

QString ReasonChecklistModel::evidenceSummary(const ReasonAssessment &a) const
{
    if (a.evidence.isEmpty())
        return tr("None");
    int received = 0;
    for (const EvidenceItem &e : a.evidence)
        received += e.isReceived() ? 1 : 0;
    const int total = static_cast<int>(a.evidence.size());
    if (received == total)
        return tr("%n received", nullptr, total);
    return tr("%1 of %n received", nullptr, total).arg(received);
}

QVariant ReasonChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReasonAssessment &a = m_rows.at(index.row());
    const ReasonInfo *info = ReasonCatalog::find(a.code);
    const QString category = info ? ReasonCatalog::categoryTitle(info->category) : QString();
    if (role == CodeRole)
        return a.code;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn:
            return firstOfCategory(index.row()) ? category : QString(); // a heading, not repeated
        case ReasonColumn:
            return info ? tr("%1 %2").arg(info->section, ReasonCatalog::label(a.code)) : a.code;
        case ClaimedColumn:
            return a.claimed ? tr("Claimed") : QString();
        case AssessmentColumn:
            return ReasonRepository::assessmentLabel(a.assessment);
        case EvidenceColumn:
            return evidenceSummary(a);
        default:
            return {};
        }
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case CategoryColumn:
            return info ? info->category : QString();
        case ReasonColumn:
            return a.code;
        case ClaimedColumn:
            return a.claimed;
        case AssessmentColumn:
            return a.assessment;
        case EvidenceColumn:
            return static_cast<int>(a.evidence.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == CategoryColumn)
            return ReasonCatalog::description(a.code);
        if (index.column() == ClaimedColumn)
            return a.claimed ? tr("The family named this reason in the questionnaire.")
                             : tr("The family did not name this reason.");
        return {};
    case Qt::FontRole:
        if (index.column() == CategoryColumn || (index.column() == ClaimedColumn && a.claimed)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReasonChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case ReasonColumn:
        return tr("Reason");
    case ClaimedColumn:
        return tr("Family");
    case AssessmentColumn:
        return tr("Staff assessment");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ReasonChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AssessmentColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReasonChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != AssessmentColumn)
        return false;
    const ReasonAssessment &a = m_rows.at(index.row());
    return setAssessment(index.row(), value.toString(), a.narrative).ok();
}

Status ReasonChecklistModel::setAssessment(int row, const QString &assessment, const QString &narrative)
{
    if (!entryAt(row))
        return Error::make(Error::Kind::InvalidInput, tr("There is no reason in row %1.").arg(row));
    ReasonAssessment &a = m_rows[row];
    if (Status s = m_repo.setAssessment(m_caseId, a.code, assessment, narrative); !s) {
        Q_EMIT saveFailed(s.error().message);
        return s;
    }
    a.assessment = assessment;
    a.narrative = narrative;
    a.updatedBy = Actor::current(); // as the repository stored it
    a.updatedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return Status();
}

Result<qint64> ReasonChecklistModel::addEvidence(const EvidenceItem &item)
{
    EvidenceItem copy = item;
    copy.caseId = m_caseId;
    auto id = m_repo.addEvidence(copy);
    if (!id) {
        Q_EMIT saveFailed(id.error().message);
        return id;
    }
    if (Status s = reload(); !s)
        return s.error();
    return id;
}

Status ReasonChecklistModel::updateEvidence(const EvidenceItem &item)
{
    EvidenceItem copy = item;
    copy.caseId = m_caseId;
    if (Status s = m_repo.updateEvidence(copy); !s) {
        Q_EMIT saveFailed(s.error().message);
        return s;
    }
    return reload();
}

Status ReasonChecklistModel::removeEvidence(qint64 evidenceId)
{
    if (Status s = m_repo.removeEvidence(evidenceId); !s) {
        Q_EMIT saveFailed(s.error().message);
        return s;
    }
    return reload();
}

bool ReasonChecklistModel::rehabilitationStandsAlone() const
{
    auto counts = [](const ReasonAssessment &a) {
        return a.assessment == u"likely" || a.assessment == u"possible";
    };
    bool rehabilitation = false;
    for (const ReasonAssessment &a : m_rows) {
        const ReasonInfo *info = ReasonCatalog::find(a.code);
        if (!counts(a))
            continue;
        if (info && !info->countsAlone)
            rehabilitation = true;
        else
            return false;
    }
    return rehabilitation;
}

} // namespace ch
