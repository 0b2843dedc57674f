#include "DuplicateBanner.h"

#include "domain/CaseStatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

DuplicateBanner::DuplicateBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"duplicateBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#duplicateBanner { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"_s);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *cont = new QPushButton(this);
    m_continue = cont;
    cont->setObjectName(u"continueAnywayButton"_s);
    connect(cont, &QPushButton::clicked, this, &DuplicateBanner::acknowledgeAll);
    head->addWidget(icon);
    head->addWidget(m_title, 1);
    head->addWidget(cont);
    outer->addLayout(head);
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(32, 0, 0, 0);
    outer->addLayout(m_rows);
    retranslateUi();
    hide();
}

void DuplicateBanner::retranslateUi()
{
    setAccessibleName(tr("Possible duplicates"));
    m_continue->setText(tr("Continue anyway"));
    m_continue->setToolTip(tr("This is a different request: stop warning about these cases."));
}

void DuplicateBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_candidates.isEmpty())
            rebuild(); // the match lines are written from the candidates; only this banner's own rows go
    }
    QFrame::changeEvent(event);
}

QString DuplicateBanner::describeMatch(const QStringList &matchedOn)
{
    QStringList parts;
    for (const QString &m : matchedOn) {
        if (m == u"register_number") parts << tr("same register number");
        else if (m == u"name_and_birth_date") parts << tr("same name and date of birth");
        else if (m == u"submitter_phone") parts << tr("same submitter phone");
        else if (m == u"submitter_email") parts << tr("same submitter email");
        else parts << m;
    }
    return parts.join(tr(", "));
}

void DuplicateBanner::setCandidates(const QList<DuplicateCandidate> &candidates)
{
    m_candidates = candidates;
    rebuild();
}

bool DuplicateBanner::hasUnacknowledged() const
{
    for (const DuplicateCandidate &c : m_candidates) {
        if (!m_acknowledged.contains(c.caseId))
            return true;
    }
    return false;
}

void DuplicateBanner::acknowledgeAll()
{
    for (const DuplicateCandidate &c : m_candidates)
        m_acknowledged.insert(c.caseId);
    rebuild();
}

QStringList DuplicateBanner::lines() const
{
    return m_lines;
}

void DuplicateBanner::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_lines.clear();
    int shown = 0;
    for (const DuplicateCandidate &c : std::as_const(m_candidates)) {
        if (m_acknowledged.contains(c.caseId))
            continue;
        ++shown;
        const QString register_ = c.registerNumber.isEmpty() ? tr("no register no.") : c.registerNumber;
        const QString line = tr("Case %1 · %2 · %3 · %4 — %5")
                                 .arg(QString::number(c.caseId), c.personName, register_,
                                      CaseStatus::label(c.status), describeMatch(c.matchedOn));
        m_lines << line;
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(line, this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        auto *open = new QPushButton(tr("Open"), this);
        open->setObjectName(u"openDuplicateButton_"_s + QString::number(c.caseId));
        open->setAccessibleName(tr("Open case %1").arg(c.caseId));
        const qint64 id = c.caseId;
        connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT openCaseRequested(id); });
        row->addWidget(text, 1);
        row->addWidget(open);
        m_rows->addLayout(row);
    }
    m_title->setText(tr("This may be a request we already have (%n possible match(es)):", nullptr, shown));
    setVisible(shown > 0);
}

} // namespace ch
