#include "ReasonsChecklist.h"
#include "core/PlainToolTip.h"

#include "EvidenceDialog.h"
#include "MessageBox.h"
#include "domain/ReasonCatalog.h"
#include "itemmodels/ReasonChecklistModel.h"
#include "storage/Database.h"

#include <QEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>

#include <utility>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : ReasonsChecklist::tr("—");
}

} // namespace

ReasonsChecklist::ReasonsChecklist(Database &database, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_model(new ReasonChecklistModel(database.connection(), caseId, this))
{
    setObjectName(u"reasonsChecklist"_s);
    buildUi();
    connect(m_model, &ReasonChecklistModel::saveFailed, this, [this](const QString &message) {
        MessageBox::critical(this, tr("Not saved"),
                             tr("%1 Your entry is still on screen; try again.").arg(message));
    });
    reload();
}

void ReasonsChecklist::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"rehabilitationBanner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        u"QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #e0b95a; padding: 6px; }"_s);
    outer->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setObjectName(u"reasonsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // edited in the pane beside it
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The reason's name gives way first, so that the claim, assessment and evidence columns stay in view.
    m_table->horizontalHeader()->setSectionResizeMode(ReasonChecklistModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &, const QModelIndex &previous) { onCurrentReasonChanged(previous.row()); });

    auto *pane = new QWidget(split);
    auto *side = new QVBoxLayout(pane);
    side->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(pane);
    m_title->setObjectName(u"reasonTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_description = new QLabel(pane);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_claimed = new QLabel(pane);
    m_claimed->setObjectName(u"reasonClaimed"_s);
    m_claimed->setTextFormat(Qt::PlainText);
    m_combinedNote = new QLabel(pane);
    m_combinedNote->setObjectName(u"combinedFactorNote"_s);
    m_combinedNote->setWordWrap(true);
    m_combinedNote->setStyleSheet(u"color: #6b4a00; font-style: italic;"_s);
    side->addWidget(m_title);
    side->addWidget(m_description);
    side->addWidget(m_claimed);
    side->addWidget(m_combinedNote);

    auto *form = new QFormLayout;
    m_assessment = new QComboBox(pane);
    m_assessment->setObjectName(u"reasonAssessment"_s);
    for (const QString &a : ReasonRepository::assessments())
        m_assessment->addItem(QString(), a);
    m_narrative = new QPlainTextEdit(pane);
    m_narrative->setObjectName(u"reasonNarrative"_s);
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMaximumHeight(130);
    m_assessmentLabel = new QLabel(pane);
    m_assessmentLabel->setBuddy(m_assessment);
    m_narrativeLabel = new QLabel(pane);
    m_narrativeLabel->setBuddy(m_narrative);
    form->addRow(m_assessmentLabel, m_assessment);
    form->addRow(m_narrativeLabel, m_narrative);
    side->addLayout(form);
    auto *saveRow = new QHBoxLayout;
    m_updated = new QLabel(pane);
    m_updated->setObjectName(u"reasonUpdated"_s);
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setStyleSheet(u"color: #666;"_s);
    m_save = new QPushButton(pane);
    m_save->setObjectName(u"saveAssessmentButton"_s);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveAssessment(); });
    saveRow->addWidget(m_updated, 1);
    saveRow->addWidget(m_save);
    side->addLayout(saveRow);
    connect(m_assessment, &QComboBox::currentIndexChanged, this, &ReasonsChecklist::updateButtons);
    connect(m_narrative, &QPlainTextEdit::textChanged, this, &ReasonsChecklist::updateButtons);

    auto *evidenceBox = new QGroupBox(pane);
    m_evidenceBox = evidenceBox;
    auto *ev = new QVBoxLayout(evidenceBox);
    m_evidence = new QTreeWidget(evidenceBox);
    m_evidence->setObjectName(u"evidenceList"_s);
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setColumnCount(5); // the headers' texts: retranslateUi()
    // Every column in view: the description takes what is left.
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, &ReasonsChecklist::updateButtons);
    connect(m_evidence, &QTreeWidget::itemActivated, this, &ReasonsChecklist::editEvidence);
    auto *evButtons = new QHBoxLayout;
    m_addEvidence = new QPushButton(evidenceBox);
    m_addEvidence->setObjectName(u"addEvidenceButton"_s);
    connect(m_addEvidence, &QPushButton::clicked, this, &ReasonsChecklist::addEvidence);
    m_editEvidence = new QPushButton(evidenceBox);
    m_editEvidence->setObjectName(u"editEvidenceButton"_s);
    connect(m_editEvidence, &QPushButton::clicked, this, &ReasonsChecklist::editEvidence);
    m_removeEvidence = new QPushButton(evidenceBox);
    m_removeEvidence->setObjectName(u"removeEvidenceButton"_s);
    connect(m_removeEvidence, &QPushButton::clicked, this, [this] { (void)removeEvidence(); });
    evButtons->addWidget(m_addEvidence);
    evButtons->addWidget(m_editEvidence);
    evButtons->addWidget(m_removeEvidence);
    evButtons->addStretch(1);
    ev->addWidget(m_evidence, 1);
    ev->addLayout(evButtons);
    side->addWidget(evidenceBox, 1);

    split->addWidget(m_table);
    split->addWidget(pane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({800, 560});
    outer->addWidget(split, 1);
    retranslateUi();
}

void ReasonsChecklist::retranslateUi()
{
    m_banner->setText(tr("Rehabilitation alone is not an extraordinary and compelling reason (§1B1.13(d)). "
                         "Assess it together with at least one other reason."));
    m_table->setAccessibleName(tr("Extraordinary and compelling reasons"));
    m_combinedNote->setText(tr("Recorded as a combined factor only: it never counts as a reason on its own."));
    for (int i = 0; i < m_assessment->count(); ++i)
        m_assessment->setItemText(i, ReasonRepository::assessmentLabel(m_assessment->itemData(i).toString()));
    m_narrative->setPlaceholderText(tr("Why this assessment: what the records show, what is still missing…"));
    m_assessmentLabel->setText(tr("Staff &assessment:"));
    m_narrativeLabel->setText(tr("&Narrative:"));
    m_save->setText(tr("&Save assessment"));
    m_evidenceBox->setTitle(tr("Evidence"));
    m_evidence->setHeaderLabels({tr("Kind"), tr("Description"), tr("Requested"), tr("Received"), tr("File")});
    m_addEvidence->setText(tr("A&dd evidence…"));
    m_editEvidence->setText(tr("&Edit…"));
    m_removeEvidence->setText(tr("&Remove"));
}

void ReasonsChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Not showCurrent(): a narrative being written and an assessment not yet saved stay as they are.
        const bool loading = std::exchange(m_loading, true);
        retranslateUi();
        showCurrentTexts();
        const QVariant evidence = m_evidence->currentItem() ? m_evidence->currentItem()->data(0, Qt::UserRole) : QVariant();
        showEvidence();
        for (int i = 0; evidence.isValid() && i < m_evidence->topLevelItemCount(); ++i) {
            if (m_evidence->topLevelItem(i)->data(0, Qt::UserRole) == evidence)
                m_evidence->setCurrentItem(m_evidence->topLevelItem(i));
        }
        m_loading = loading;
        updateButtons();
    }
    QWidget::changeEvent(event);
}

void ReasonsChecklist::reload()
{
    if (isDirty()) // a reload must not throw away a narrative being typed
        (void)saveAssessment();
    const QString code = currentReason();
    (void)m_model->reload();
    updateBanner();
    if (code.isEmpty() || !selectReason(code)) {
        // Start where the work is: the first reason the family claimed.
        int first = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->entryAt(row)->claimed) {
                first = row;
                break;
            }
        }
        m_table->setCurrentIndex(m_model->index(first, ReasonChecklistModel::ReasonColumn));
    }
    showCurrent();
}

bool ReasonsChecklist::selectReason(const QString &code)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, ReasonChecklistModel::ReasonColumn));
    return true;
}

QString ReasonsChecklist::currentReason() const
{
    const ReasonAssessment *a = m_model->entryAt(m_row);
    return a ? a->code : QString();
}

bool ReasonsChecklist::isDirty() const
{
    const ReasonAssessment *a = m_model->entryAt(m_row);
    return a && (m_assessment->currentData().toString() != a->assessment ||
                 m_narrative->toPlainText() != a->narrative);
}

void ReasonsChecklist::onCurrentReasonChanged(int previousRow)
{
    if (m_loading)
        return;
    // Keep what was typed for the reason being left.
    if (previousRow == m_row && isDirty())
        (void)saveAssessment();
    showCurrent();
}

void ReasonsChecklist::showCurrent()
{
    m_loading = true;
    m_row = m_table->currentIndex().row();
    const ReasonAssessment *a = m_model->entryAt(m_row);
    showCurrentTexts();
    m_assessment->setCurrentIndex(qMax(0, m_assessment->findData(a ? a->assessment : u"not_assessed"_s)));
    m_narrative->setPlainText(a ? a->narrative : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_assessment), static_cast<QWidget *>(m_narrative),
                       static_cast<QWidget *>(m_addEvidence)})
        w->setEnabled(a != nullptr);
    showEvidence();
    m_loading = false;
    updateButtons();
}

void ReasonsChecklist::showCurrentTexts()
{
    const ReasonAssessment *a = m_model->entryAt(m_row);
    const ReasonInfo *info = a ? ReasonCatalog::find(a->code) : nullptr;
    m_title->setText(a ? tr("%1 %2").arg(info ? info->section : QString(), ReasonCatalog::label(a->code))
                       : QString());
    m_description->setText(a ? ReasonCatalog::description(a->code) : QString());
    m_claimed->setText(!a           ? QString()
                       : a->claimed ? tr("Claimed by the family in the questionnaire.")
                                    : tr("Not claimed by the family."));
    m_combinedNote->setVisible(info && !info->countsAlone);
    m_updated->setText(
        a && a->updatedAt.isValid()
            ? tr("Last changed by %1, %2")
                  .arg(a->updatedBy, QLocale().toString(a->updatedAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void ReasonsChecklist::showEvidence()
{
    m_evidence->clear();
    const ReasonAssessment *a = m_model->entryAt(m_row);
    if (!a)
        return;
    for (const EvidenceItem &e : a->evidence) {
        auto *item = new QTreeWidgetItem({ReasonRepository::evidenceTypeLabel(e.type), e.description,
                                          dateText(e.requestedOn), dateText(e.receivedOn), e.fileReference});
        item->setData(0, Qt::UserRole, e.id);
        item->setToolTip(1, PlainToolTip::from(e.description)); // the column may be too narrow for all of it
        if (!e.isReceived())
            item->setToolTip(3, tr("Not received yet"));
        m_evidence->addTopLevelItem(item);
    }
}

void ReasonsChecklist::updateBanner()
{
    m_banner->setVisible(m_model->rehabilitationStandsAlone());
}

void ReasonsChecklist::updateButtons()
{
    if (m_loading)
        return;
    m_save->setEnabled(isDirty());
    const bool hasEvidence = m_evidence->currentItem() != nullptr;
    m_editEvidence->setEnabled(hasEvidence);
    m_removeEvidence->setEnabled(hasEvidence);
}

bool ReasonsChecklist::saveAssessment()
{
    if (m_row < 0)
        return false;
    if (!m_model->setAssessment(m_row, m_assessment->currentData().toString(), m_narrative->toPlainText()))
        return false;
    updateBanner();
    // Saved on the way to another reason: that one is shown next by the caller.
    if (m_table->currentIndex().row() == m_row)
        showCurrent();
    Q_EMIT changed();
    return true;
}

void ReasonsChecklist::addEvidence()
{
    const ReasonAssessment *a = m_model->entryAt(m_row);
    if (!a)
        return;
    EvidenceItem item;
    item.reasonCode = a->code;
    item.type = a->code == u"terminal_illness" || a->code == u"self_care" || a->code == u"specialized_care"
                    ? u"medical_records"_s
                    : u"other"_s;
    item.requestedOn = QDate::currentDate();
    openEvidenceDialog(item);
}

void ReasonsChecklist::editEvidence()
{
    const ReasonAssessment *a = m_model->entryAt(m_row);
    QTreeWidgetItem *current = m_evidence->currentItem();
    if (!a || !current)
        return;
    const qint64 id = current->data(0, Qt::UserRole).toLongLong();
    for (const EvidenceItem &e : a->evidence) {
        if (e.id == id)
            openEvidenceDialog(e);
    }
}

void ReasonsChecklist::openEvidenceDialog(const EvidenceItem &item)
{
    auto *dialog = new EvidenceDialog(item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const EvidenceItem entered = dialog->item();
        const QString code = currentReason();
        const bool ok =
            entered.id ? m_model->updateEvidence(entered).ok() : m_model->addEvidence(entered).ok();
        m_loading = true;
        selectReason(code);
        m_loading = false;
        showCurrent();
        if (ok)
            Q_EMIT changed();
    });
    dialog->open();
}

bool ReasonsChecklist::removeEvidence()
{
    QTreeWidgetItem *current = m_evidence->currentItem();
    if (!current)
        return false;
    const auto answer = MessageBox::question(
        this, tr("Remove evidence?"),
        tr("Remove “%1” from this reason? The audit trail keeps a record of it.").arg(current->text(0)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
    if (answer != QMessageBox::Yes)
        return false;
    const QString code = currentReason();
    const bool ok = m_model->removeEvidence(current->data(0, Qt::UserRole).toLongLong()).ok();
    m_loading = true;
    selectReason(code);
    m_loading = false;
    showCurrent();
    if (ok)
        Q_EMIT changed();
    return ok;
}

} // namespace ch
