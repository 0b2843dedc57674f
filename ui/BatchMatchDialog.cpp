#include "BatchMatchDialog.h"
#include "core/PlainToolTip.h"

#include "MessageBox.h"
#include "matching/MatchSession.h"
#include "storage/Database.h"
#include "storage/MatchCaseRepository.h"

#include <QEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;  // a proposal's volunteer, to write its item again
constexpr int kScoreRole = Qt::UserRole + 2;
} // namespace

BatchMatchDialog::BatchMatchDialog(Database &database, QWidget *parent) : QDialog(parent), m_db(database)
{
    setObjectName(u"batchMatchDialog"_s);
    auto *outer = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"batchSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"proposalTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(AcceptColumn, 60);
    m_table->setColumnWidth(CaseColumn, 60);
    m_table->setColumnWidth(PersonColumn, 200);
    m_table->setColumnWidth(VolunteerColumn, 300);
    m_table->horizontalHeader()->setStretchLastSection(true);
    outer->addWidget(m_table, 1);
    auto *box = new QDialogButtonBox(this);
    m_acceptSelected = box->addButton(QString(), QDialogButtonBox::ActionRole);
    m_acceptSelected->setObjectName(u"acceptTickedButton"_s);
    m_acceptAll = box->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_acceptAll->setObjectName(u"acceptAllButton"_s);
    box->addButton(QDialogButtonBox::Cancel);
    outer->addWidget(box);
    connect(m_acceptSelected, &QPushButton::clicked, this, [this] { (void)acceptSelected(); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { (void)acceptAll(); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == AcceptColumn)
            updateSummary();
    });
    resize(860, 560);
    plan();
    retranslateUi();
}

void BatchMatchDialog::retranslateUi()
{
    setWindowTitle(tr("Batch matching"));
    m_table->setHorizontalHeaderLabels({tr("Accept"), tr("Case"), tr("Person"), tr("Volunteer"), tr("Score")});
    m_acceptSelected->setText(tr("Accept &ticked"));
    m_acceptAll->setText(tr("Accept &all"));
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount() && row < m_cases.size(); ++row) {
        const MatchCase &c = m_cases.at(row);
        m_table->item(row, CaseColumn)->setText(locale.toString(c.id));
        m_table->item(row, PersonColumn)->setText(c.isUrgent() ? tr("%1 (urgent)").arg(c.personName) : c.personName);
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, VolunteerColumn))) {
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, tr("%1 — %2").arg(combo->itemData(i, kNameRole).toString(),
                                                         locale.toString(combo->itemData(i, kScoreRole).toDouble(), 'f', 1)));
        }
        updateScore(row);
    }
    updateSummary();
}

void BatchMatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the ticks and the volunteers chosen stay
    QDialog::changeEvent(event);
}

BatchMatchDialog::~BatchMatchDialog() = default;

void BatchMatchDialog::plan()
{
    auto planner = MatchSession::planner(m_db.connection());
    auto queue = planner ? MatchCaseRepository(m_db.connection()).queue() : Result<QList<MatchCase>>(planner.error());
    if (!queue) {
        m_planError = queue.error().message;
        updateSummary();
        return;
    }
    m_planner = *planner;
    const BatchPlan batch = m_planner->planBatch(*queue);
    m_unassigned = batch.unassigned;
    QHash<qint64, const MatchCase *> byId;
    for (const MatchCase &c : *queue)
        byId.insert(c.id, &c);
    m_cases.clear();
    m_table->blockSignals(true);
    m_table->setRowCount(static_cast<int>(batch.assignments.size()));
    for (int row = 0; row < batch.assignments.size(); ++row) {
        const ProposedAssignment &p = batch.assignments.at(row);
        const MatchCase &c = *byId.value(p.caseId);
        m_cases << c;
        auto *accept = new QTableWidgetItem;
        accept->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        accept->setCheckState(Qt::Checked);
        m_table->setItem(row, AcceptColumn, accept);
        auto *caseItem = new QTableWidgetItem;
        caseItem->setData(Qt::UserRole, c.id);
        m_table->setItem(row, CaseColumn, caseItem);
        m_table->setItem(row, PersonColumn, new QTableWidgetItem); // texts: retranslateUi()
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"proposalVolunteer%1"_s.arg(row));
        for (const MatchCandidate &m : m_planner->rank(c).candidates) {
            combo->addItem(QString(), m.volunteerId);
            combo->setItemData(combo->count() - 1, m.name, kNameRole);
            combo->setItemData(combo->count() - 1, m.score, kScoreRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(p.volunteerId)));
        m_table->setCellWidget(row, VolunteerColumn, combo);
        m_table->setItem(row, ScoreColumn, new QTableWidgetItem);
        updateScore(row);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            for (int r = 0; r < m_table->rowCount(); ++r) {
                if (m_table->cellWidget(r, VolunteerColumn) == combo)
                    updateScore(r);
            }
        });
    }
    m_table->blockSignals(false);
    updateSummary();
}

int BatchMatchDialog::proposalCount() const
{
    return m_table->rowCount();
}

void BatchMatchDialog::updateScore(int row)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, VolunteerColumn));
    const qint64 id = combo ? combo->currentData().toLongLong() : 0;
    for (const Volunteer &v : m_planner->roster()) {
        if (v.id != id)
            continue;
        const MatchCandidate m = m_planner->explain(m_cases.at(row), v);
        QStringList why;
        for (const ScoreTerm &t : m.terms)
            why << tr("%1 of %2: %3").arg(QLocale().toString(t.points, 'f', 1), QLocale().toString(t.maxPoints, 'f', 0), t.explanation);
        QTableWidgetItem *item = m_table->item(row, ScoreColumn);
        item->setText(QLocale().toString(m.score, 'f', 1));
        item->setToolTip(PlainToolTip::from(why.join(u'\n'))); // names and languages as typed
        item->setData(Qt::UserRole, m.score);
    }
}

void BatchMatchDialog::updateSummary()
{
    if (!m_planError.isEmpty()) {
        m_summary->setText(tr("No plan could be made: %1").arg(m_planError));
        m_acceptAll->setEnabled(false);
        m_acceptSelected->setEnabled(false);
        return;
    }
    int ticked = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        ticked += m_table->item(r, AcceptColumn)->checkState() == Qt::Checked ? 1 : 0;
    const int total = m_table->rowCount() + static_cast<int>(m_unassigned.size());
    m_summary->setText(total == 0 ? tr("No screened-in case is waiting for a volunteer.")
                                  : tr("%1 of %n waiting case(s) can be placed now; %2 ticked. %3 stay in the queue "
                                       "(no eligible volunteer with room).", nullptr, total)
                                        .arg(m_table->rowCount())
                                        .arg(ticked)
                                        .arg(m_unassigned.size()));
    m_acceptAll->setEnabled(m_table->rowCount() > 0);
    m_acceptSelected->setEnabled(ticked > 0);
}

bool BatchMatchDialog::setVolunteer(int row, qint64 volunteerId)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, VolunteerColumn));
    const int index = combo ? combo->findData(volunteerId) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

bool BatchMatchDialog::acceptAll()
{
    return apply(false);
}

bool BatchMatchDialog::acceptSelected()
{
    return apply(true);
}

bool BatchMatchDialog::apply(bool onlyTicked)
{
    QList<ProposedAssignment> chosen;
    QHash<qint64, int> load;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (onlyTicked && m_table->item(r, AcceptColumn)->checkState() != Qt::Checked)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, VolunteerColumn));
        const qint64 id = combo->currentData().toLongLong();
        for (const Volunteer &v : m_planner->roster()) {
            if (v.id == id) {
                const MatchCandidate m = m_planner->explain(m_cases.at(r), v);
                chosen << ProposedAssignment{m_cases.at(r).id, id, m.score, m_cases.at(r).isUrgent(), m.terms};
                ++load[id];
            }
        }
    }
    // An edit may give one volunteer more cases than they have room for.
    QStringList over;
    for (auto it = load.cbegin(); it != load.cend(); ++it) {
        for (const Volunteer &v : m_planner->roster()) {
            if (v.id != it.key())
                continue;
            const int free = m_planner->freeCapacity(v);
            if (it.value() > free)
                over << tr("%1 (%2 proposed, room for %3)").arg(v.name).arg(it.value()).arg(free);
        }
    }
    if (!over.isEmpty()) {
        MessageBox::warning(this, tr("Too many cases for a volunteer"),
                            tr("Nothing was saved. These volunteers would get more cases than they have room for: %1. "
                               "Choose someone else for some of their cases, or untick them.")
                                .arg(over.join(u"; "_s)));
        return false;
    }
    if (chosen.isEmpty())
        return false;
    if (Status s = MatchSession::apply(m_db.connection(), chosen); !s) {
        MessageBox::critical(this, tr("Assignments not saved"), s.error().message);
        return false;
    }
    Q_EMIT applied(static_cast<int>(chosen.size()));
    accept();
    return true;
}

} // namespace ch
