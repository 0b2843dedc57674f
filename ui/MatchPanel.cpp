#include "MatchPanel.h"
#include "core/PlainToolTip.h"

#include "MessageBox.h"
#include "domain/ReasonCatalog.h"
#include "matching/MatchSession.h"
#include "storage/AssignmentRepository.h"
#include "storage/Database.h"
#include "storage/MatchCaseRepository.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {}, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(PlainToolTip::from(tip));
    item->setTextAlignment(align);
    return item;
}

} // namespace

MatchPanel::MatchPanel(Database &database, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_db(database), m_caseId(caseId)
{
    setObjectName(u"matchPanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);
    m_header = new QLabel(this);
    m_header->setObjectName(u"matchHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    outer->addWidget(m_header);

    auto *currentBox = new QGroupBox(this);
    m_currentBox = currentBox;
    auto *currentLayout = new QVBoxLayout(currentBox);
    auto *currentRow = new QHBoxLayout;
    m_current = new QLabel(currentBox);
    m_current->setObjectName(u"currentAssignmentLabel"_s);
    m_current->setTextFormat(Qt::PlainText);
    m_reason = new QLineEdit(currentBox);
    m_reason->setObjectName(u"declineReasonEdit"_s);
    m_unassign = new QPushButton(currentBox);
    m_unassign->setObjectName(u"unassignButton"_s);
    m_decline = new QPushButton(currentBox);
    m_decline->setObjectName(u"declineButton"_s);
    currentRow->addWidget(m_current, 1);
    currentRow->addWidget(m_reason, 1);
    currentRow->addWidget(m_unassign);
    currentRow->addWidget(m_decline);
    currentLayout->addLayout(currentRow);
    m_history = new QListWidget(currentBox);
    m_history->setObjectName(u"assignmentHistory"_s);
    m_history->setMaximumHeight(70);
    currentLayout->addWidget(m_history);
    outer->addWidget(currentBox);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *candidatesBox = new QGroupBox(split);
    m_candidatesBox = candidatesBox;
    auto *candidatesLayout = new QVBoxLayout(candidatesBox);
    m_candidates = makeTable(candidatesBox, u"candidateTable"_s, QStringList(7, QString()));
    m_candidates->horizontalHeader()->setStretchLastSection(false);
    m_candidates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 7; ++c)
        m_candidates->setColumnWidth(c, 95);
    candidatesLayout->addWidget(m_candidates);
    auto *assignRow = new QHBoxLayout;
    auto *hint = new QLabel(candidatesBox);
    m_hint = hint;
    m_assign = new QPushButton(candidatesBox);
    m_assign->setObjectName(u"assignButton"_s);
    assignRow->addWidget(hint, 1);
    assignRow->addWidget(m_assign);
    candidatesLayout->addLayout(assignRow);
    auto *excludedBox = new QGroupBox(split);
    m_excludedBox = excludedBox;
    auto *excludedLayout = new QVBoxLayout(excludedBox);
    m_excluded = makeTable(excludedBox, u"excludedTable"_s, QStringList(2, QString()));
    m_excluded->setColumnWidth(0, 220);
    excludedLayout->addWidget(m_excluded);
    split->addWidget(candidatesBox);
    split->addWidget(excludedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    outer->addWidget(split, 1);

    connect(m_assign, &QPushButton::clicked, this, [this] { (void)assignSelected(); });
    connect(m_unassign, &QPushButton::clicked, this, [this] { (void)unassign(); });
    connect(m_decline, &QPushButton::clicked, this, [this] { (void)decline(); });
    connect(m_reason, &QLineEdit::textChanged, this, &MatchPanel::updateButtons);
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &MatchPanel::updateButtons);
    connect(m_candidates, &QTableWidget::cellDoubleClicked, this, [this] { (void)assignSelected(); });
    retranslateUi();
    reload();
}

void MatchPanel::retranslateUi()
{
    m_currentBox->setTitle(tr("Assignment"));
    m_reason->setPlaceholderText(tr("Reason (needed to decline)"));
    m_reason->setAccessibleName(tr("Reason for unassigning or declining"));
    m_unassign->setText(tr("&Unassign"));
    m_decline->setText(tr("&Decline"));
    m_decline->setToolTip(tr("The volunteer declines the case; it goes back to the queue."));
    m_candidatesBox->setTitle(tr("Eligible volunteers, best first"));
    m_candidates->setHorizontalHeaderLabels(
        {tr("Volunteer"), tr("Score"), tr("Expertise"), tr("District"), tr("Language"), tr("Load"), tr("Urgency")});
    m_hint->setText(tr("Point at a score to see why."));
    m_assign->setText(tr("&Assign to selected volunteer"));
    m_excludedBox->setTitle(tr("Excluded"));
    m_excluded->setHorizontalHeaderLabels({tr("Volunteer"), tr("Why")});
}

void MatchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The explanations are written by the planner in the language of the moment: rank again, keeping
        // the chosen volunteer chosen and the reason typed so far.
        const QList<QTableWidgetItem *> chosen = m_candidates->selectedItems();
        const QVariant volunteer = chosen.isEmpty() ? QVariant() : m_candidates->item(chosen.first()->row(), 0)->data(Qt::UserRole);
        reload();
        for (int row = 0; volunteer.isValid() && row < m_candidates->rowCount(); ++row) {
            if (m_candidates->item(row, 0)->data(Qt::UserRole) == volunteer)
                m_candidates->selectRow(row);
        }
    }
    QWidget::changeEvent(event);
}

QString MatchPanel::title() const
{
    return tr("Match: %1").arg(m_person.isEmpty() ? tr("case %1").arg(m_caseId) : m_person);
}

void MatchPanel::reload()
{
    m_candidates->setRowCount(0);
    m_excluded->setRowCount(0);
    m_history->clear();
    auto c = MatchCaseRepository(m_db.connection()).load(m_caseId);
    auto planner = c ? MatchSession::planner(m_db.connection()) : Result<std::shared_ptr<MatchPlanner>>(c.error());
    AssignmentRepository assignments(m_db);
    auto current = planner ? assignments.current(m_caseId) : Result<std::optional<Assignment>>(planner.error());
    auto history = current ? assignments.history(m_caseId) : Result<QList<Assignment>>(current.error());
    if (!history) {
        m_header->setText(
            tr("<b>Case %1</b>: %2").arg(QString::number(m_caseId), history.error().message.toHtmlEscaped()));
        m_assigned = false;
        updateButtons();
        return;
    }
    m_person = c->personName;
    QStringList reasons;
    for (const QString &r : c->reasons)
        reasons << ReasonCatalog::label(r);
    // One multi-argument arg(): a name containing "%2" must print as typed, not take the next argument.
    m_header->setText(tr("<b>%1</b> — case %2<br>Reasons: %3 · District: %4 · Languages: %5%6")
                          .arg(c->personName.toHtmlEscaped(), QString::number(m_caseId),
                               reasons.isEmpty() ? tr("none given") : reasons.join(u", "_s).toHtmlEscaped(),
                               c->district.isEmpty() ? tr("unknown") : c->district.toUpper().toHtmlEscaped(),
                               c->languages.isEmpty() ? tr("not recorded") : c->languages.join(u", "_s).toHtmlEscaped(),
                               c->isUrgent() ? tr(" · <b>urgent</b>") : QString()));
    m_assigned = current->has_value();
    m_current->setText(m_assigned ? tr("Assigned to %1 on %2 by %3.")
                                        .arg((*current)->volunteerName,
                                             QLocale().toString((*current)->assignedAt.toLocalTime(), QLocale::ShortFormat),
                                             (*current)->assignedBy)
                                  : tr("Not assigned. Choose a volunteer below."));
    for (const Assignment &a : *history) {
        if (a.isOpen())
            continue;
        const QString how = a.endKind == Assignment::EndKind::Declined ? tr("declined")
                            : a.endKind == Assignment::EndKind::Completed ? tr("completed")
                                                                          : tr("unassigned");
        m_history->addItem(tr("%1: assigned %2, %3 %4%5")
                               .arg(a.volunteerName, QLocale().toString(a.assignedAt.toLocalTime().date(), QLocale::ShortFormat), how,
                                    QLocale().toString(a.endedAt.toLocalTime().date(), QLocale::ShortFormat),
                                    a.endReason.isEmpty() ? QString() : tr(" (%1)").arg(a.endReason)));
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("No earlier assignments."));

    const CaseMatch match = (*planner)->rank(*c);
    m_candidates->setRowCount(static_cast<int>(match.candidates.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < match.candidates.size(); ++row) {
        const MatchCandidate &m = match.candidates.at(row);
        QStringList why;
        for (const ScoreTerm &t : m.terms)
            why << tr("%1 of %2: %3").arg(QLocale().toString(t.points, 'f', 1), QLocale().toString(t.maxPoints, 'f', 0), t.explanation);
        auto *name = cell(m.name, why.join(u'\n'));
        name->setData(Qt::UserRole, m.volunteerId);
        m_candidates->setItem(row, 0, name);
        m_candidates->setItem(row, 1, cell(QLocale().toString(m.score, 'f', 1), why.join(u'\n'), right));
        for (int t = 0; t < m.terms.size() && t < 5; ++t)
            m_candidates->setItem(row, 2 + t, cell(QLocale().toString(m.terms.at(t).points, 'f', 1), m.terms.at(t).explanation, right));
    }
    m_excluded->setRowCount(static_cast<int>(match.excluded.size()));
    for (int row = 0; row < match.excluded.size(); ++row) {
        const MatchExclusion &e = match.excluded.at(row);
        auto *name = cell(e.name);
        name->setData(Qt::UserRole, e.volunteerId);
        m_excluded->setItem(row, 0, name);
        m_excluded->setItem(row, 1, cell(e.reason, e.reason));
    }
    if (m_candidates->rowCount() > 0 && !m_assigned)
        m_candidates->selectRow(0);
    updateButtons();
}

void MatchPanel::updateButtons()
{
    m_unassign->setEnabled(m_assigned);
    m_decline->setEnabled(m_assigned && !m_reason->text().trimmed().isEmpty());
    m_reason->setEnabled(m_assigned);
    m_assign->setEnabled(!m_assigned && !m_candidates->selectedItems().isEmpty());
}

bool MatchPanel::assignSelected()
{
    if (m_assigned || m_candidates->selectedItems().isEmpty())
        return false;
    const int row = m_candidates->currentRow();
    const qint64 volunteerId = m_candidates->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto c = MatchCaseRepository(m_db.connection()).load(m_caseId);
    auto planner = c ? MatchSession::planner(m_db.connection()) : Result<std::shared_ptr<MatchPlanner>>(c.error());
    if (!planner) {
        MessageBox::critical(this, tr("Case not assigned"), planner.error().message);
        return false;
    }
    for (const Volunteer &v : (*planner)->roster()) {
        if (v.id != volunteerId)
            continue;
        // The roster may have changed since the list was shown: check again.
        if (auto e = (*planner)->exclusion(*c, v)) {
            MessageBox::warning(this, tr("Case not assigned"), tr("%1 can no longer take this case: %2").arg(v.name, e->reason));
            reload();
            return false;
        }
        const MatchCandidate m = (*planner)->explain(*c, v);
        ProposedAssignment p{m_caseId, v.id, m.score, c->isUrgent(), m.terms};
        if (Status s = MatchSession::apply(m_db.connection(), {p}); !s) {
            MessageBox::critical(this, tr("Case not assigned"), s.error().message);
            reload();
            return false;
        }
        m_reason->clear();
        reload();
        Q_EMIT assignmentsChanged(m_caseId);
        return true;
    }
    return false;
}

bool MatchPanel::unassign()
{
    if (!m_assigned)
        return false;
    if (Status s = MatchSession::release(m_db.connection(), m_caseId, false, m_reason->text().trimmed()); !s) {
        MessageBox::critical(this, tr("Case not unassigned"), s.error().message);
        return false;
    }
    m_reason->clear();
    reload();
    Q_EMIT assignmentsChanged(m_caseId);
    return true;
}

bool MatchPanel::decline()
{
    if (!m_assigned)
        return false;
    if (Status s = MatchSession::release(m_db.connection(), m_caseId, true, m_reason->text().trimmed()); !s) {
        MessageBox::critical(this, tr("Decline not recorded"), s.error().message);
        return false;
    }
    m_reason->clear();
    reload();
    Q_EMIT assignmentsChanged(m_caseId);
    return true;
}

} // namespace ch
