#include "ImportSummaryDialog.h"
#include "core/PlainToolTip.h"

#include "FormRows.h"

#include <QEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QLabel *countLabel(qint64 n, const QString &name, QWidget *parent)
{
    auto *l = new QLabel(QLocale().toString(n), parent);
    l->setObjectName(name);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QTableWidget *makeTable(const QString &name, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false); // one line per row; the full text is in the tooltip
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const QString &fileName, const ImportSummary &summary,
                                         QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_summary(summary)
{
    setObjectName(u"importSummaryDialog"_s);
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(this);
    m_headline = headline;
    headline->setObjectName(u"summaryHeadline"_s);
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    layout->addWidget(headline);

    auto *counts = new QFormLayout;
    m_counts = counts;
    m_countLabels = {countLabel(summary.imported, u"importedCount"_s, this),
                     countLabel(summary.duplicates, u"duplicatesCount"_s, this),
                     countLabel(summary.rejected, u"rejectedCount"_s, this),
                     countLabel(summary.returningPersons, u"returningCount"_s, this)};
    for (QLabel *count : std::as_const(m_countLabels))
        FormRows::add(counts, count);
    layout->addLayout(counts);

    if (!summary.rejects.isEmpty()) {
        auto *box = new QGroupBox(this);
        m_rejectsBox = box;
        auto *boxLayout = new QVBoxLayout(box);
        auto *table = makeTable(u"rejectsTable"_s, 3, box);
        m_rejects = table;
        table->setRowCount(static_cast<int>(summary.rejects.size()));
        for (int i = 0; i < summary.rejects.size(); ++i) {
            const ImportReject &r = summary.rejects.at(i);
            table->setItem(i, 0, new QTableWidgetItem(QLocale().toString(r.row)));
            table->setItem(i, 1, new QTableWidgetItem(r.field)); // "(whole row)" when empty: retranslateUi()
            auto *reason = new QTableWidgetItem(r.reason);
            reason->setToolTip(PlainToolTip::from(r.reason)); // may quote the rejected value
            table->setItem(i, 2, reason);
        }
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
        boxLayout->addWidget(table);
        layout->addWidget(box, 2);
    }

    if (!summary.returning.isEmpty()) {
        auto *box = new QGroupBox(this);
        m_returningBox = box;
        auto *boxLayout = new QVBoxLayout(box);
        auto *table = makeTable(u"returningTable"_s, 3, box);
        m_returning = table;
        table->setRowCount(static_cast<int>(summary.returning.size()));
        for (int i = 0; i < summary.returning.size(); ++i) {
            const ReturningFlag &f = summary.returning.at(i);
            table->setItem(i, 0, new QTableWidgetItem(QLocale().toString(f.row)));
            auto *caseItem = new QTableWidgetItem(QLocale().toString(f.caseId));
            caseItem->setData(Qt::UserRole, f.caseId);
            table->setItem(i, 1, caseItem);
            table->setItem(i, 2, new QTableWidgetItem(f.personName));
        }
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
            if (QTableWidgetItem *item = table->item(row, 1))
                Q_EMIT openCaseRequested(item->data(Qt::UserRole).toLongLong());
        });
        boxLayout->addWidget(table);
        layout->addWidget(box, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeSummaryButton"_s);
    if (summary.rejected > 0) {
        QPushButton *quarantine = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_openQuarantine = quarantine;
        quarantine->setObjectName(u"openQuarantineButton"_s);
        connect(quarantine, &QPushButton::clicked, this, [this] {
            Q_EMIT openQuarantineRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    if (summary.rejects.isEmpty() && summary.returning.isEmpty())
        resize(560, sizeHint().height());
    else
        resize(820, 560);
}

void ImportSummaryDialog::retranslateUi()
{
    setWindowTitle(tr("Import finished — %1").arg(m_fileName));
    m_headline->setText(m_summary.rejected == 0
                            ? tr("%1 was imported in full.").arg(m_fileName)
                            : tr("%1 was imported; %n row(s) need attention and wait in the import quarantine.",
                                 nullptr, static_cast<int>(m_summary.rejected))
                                  .arg(m_fileName));
    const QStringList countTexts = {tr("New cases:"), tr("Already in the database (skipped):"),
                                    tr("Rejected (kept in quarantine):"),
                                    tr("Later submission for a person already known:")};
    for (int i = 0; i < m_countLabels.size(); ++i)
        FormRows::setLabel(m_counts, m_countLabels.at(i), countTexts.at(i));
    if (m_rejects) {
        m_rejectsBox->setTitle(tr("Rejected rows — “Row” is the %1").arg(m_summary.rowNumbering));
        m_rejects->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Reason")});
        for (int i = 0; i < m_summary.rejects.size() && i < m_rejects->rowCount(); ++i) {
            if (m_summary.rejects.at(i).field.isEmpty())
                m_rejects->item(i, 1)->setText(tr("(whole row)"));
        }
    }
    if (m_returning) {
        m_returningBox->setTitle(tr("New requests from people already known — check them against the earlier "
                                    "request (double-click to open)"));
        m_returning->setHorizontalHeaderLabels({tr("Row"), tr("Case"), tr("Person")});
    }
    if (m_openQuarantine)
        m_openQuarantine->setText(tr("Open the &quarantine"));
}

void ImportSummaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ch
