#include "ConflictMergeDialog.h"
#include "core/PlainToolTip.h"

#include "domain/FieldCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

enum Column { FieldColumn, BaseColumn, TheirsColumn, MineColumn, KeepColumn, ColumnCount };

QString fieldLabel(const QString &key)
{
    if (key == "extra_answers"_L1)
        return ConflictMergeDialog::tr("Other answers (from the import)");
    if (key == "additional_submitters"_L1)
        return ConflictMergeDialog::tr("Additional submitters");
    const QString label = FieldCatalog::label(key);
    return label.isEmpty() ? key : label;
}

// A value as a table cell: plain text (never rich text), empty values said in words, the whole value in
// the tooltip (escaped: tooltips are rich text when they look like HTML).
QTableWidgetItem *valueItem(const QString &value)
{
    auto *item = new QTableWidgetItem(value.isEmpty() ? ConflictMergeDialog::tr("(empty)") : value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(PlainToolTip::from(value));
    return item;
}

} // namespace

ConflictMergeDialog::ConflictMergeDialog(const CaseRecord &base, const CaseRecord &mine, const CaseRecord &theirs,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictMergeDialog"_s);
    setWindowTitle(tr("Case changed by someone else"));
    auto *layout = new QVBoxLayout(this);

    const QList<FieldDifference> diffs = CaseMerge::differences(base, mine, theirs);
    int conflicts = 0;
    for (const FieldDifference &d : diffs)
        conflicts += d.isConflict() ? 1 : 0;

    auto *intro = new QLabel(this);
    intro->setObjectName(u"mergeIntro"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(
        tr("Case %1 was saved by someone else while you were editing it. Nothing has been overwritten.").arg(base.id)
        + u"\n\n"_s
        + tr("Fields only you changed keep your value; fields only the other person changed keep theirs.") + u' '
        + (conflicts > 0 ? tr("%n field(s) were changed by both of you: choose which value to keep.", nullptr, conflicts)
                         : tr("No field was changed by both of you.")));
    layout->addWidget(intro);

    m_table = new QTableWidget(static_cast<int>(diffs.size()), ColumnCount, this);
    m_table->setObjectName(u"mergeTable"_s);
    m_table->setAccessibleName(tr("Fields that differ"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When you opened it"), tr("Saved by the other person"), tr("Your value"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < diffs.size(); ++row) {
        const FieldDifference &d = diffs.at(row);
        auto *field = new QTableWidgetItem(fieldLabel(d.key));
        field->setData(Qt::UserRole, d.key);
        field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (d.isConflict()) { // said in words and in bold, not by colour alone
            QFont bold = field->font();
            bold.setBold(true);
            field->setFont(bold);
            field->setText(tr("%1 (changed by both)").arg(fieldLabel(d.key)));
        }
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, BaseColumn, valueItem(d.base));
        m_table->setItem(row, TheirsColumn, valueItem(d.theirs));
        m_table->setItem(row, MineColumn, valueItem(d.mine));
        if (d.isConflict()) {
            auto *keep = new QComboBox(m_table);
            keep->setObjectName(u"keep_"_s + d.key);
            keep->addItem(tr("Their value"), static_cast<int>(CaseMerge::Side::Theirs));
            keep->addItem(tr("Your value"), static_cast<int>(CaseMerge::Side::Mine));
            keep->setCurrentIndex(1); // what the person has just entered, until they choose otherwise
            keep->setAccessibleName(tr("Value to keep for %1").arg(fieldLabel(d.key)));
            m_table->setCellWidget(row, KeepColumn, keep);
            m_choosers.insert(d.key, keep);
        } else {
            auto *keep = new QTableWidgetItem(d.mineChanged && !d.theirsChanged ? tr("Your value")
                                              : d.mineChanged                   ? tr("Same on both sides")
                                                                                : tr("Their value"));
            keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, KeepColumn, keep);
        }
    }
    // The three values share the width and wrap, so that a long answer is read whole, not guessed from "…".
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    for (int c = BaseColumn; c <= MineColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    header->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save merged case"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"mergeSaveButton"_s);
    save->setDefault(true);
    auto *reload = buttons->addButton(tr("&Discard my changes and reload"), QDialogButtonBox::DestructiveRole);
    reload->setObjectName(u"mergeReloadButton"_s);
    auto *cancel = buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"mergeCancelButton"_s);
    connect(save, &QPushButton::clicked, this, &QDialog::accept);
    connect(reload, &QPushButton::clicked, this, [this] { done(ReloadTheirs); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 520);
}

QHash<QString, CaseMerge::Side> ConflictMergeDialog::choices() const
{
    QHash<QString, CaseMerge::Side> out;
    for (auto it = m_choosers.cbegin(); it != m_choosers.cend(); ++it)
        out.insert(it.key(), static_cast<CaseMerge::Side>(it.value()->currentData().toInt()));
    return out;
}

} // namespace ch
