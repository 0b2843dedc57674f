#include "ImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QLabel *countLabel(qint64 n, const QString &name, QWidget *parent)
{
    auto *l = new QLabel(QString::number(n), parent);
    l->setObjectName(name);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
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
    : QDialog(parent)
{
    setObjectName(u"importSummaryDialog"_s);
    setWindowTitle(tr("Import finished — %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(this);
    headline->setObjectName(u"summaryHeadline"_s);
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    headline->setText(summary.rejected == 0
                          ? tr("%1 was imported in full.").arg(fileName)
                          : tr("%1 was imported; %n row(s) need attention and wait in the import quarantine.",
                               nullptr, static_cast<int>(summary.rejected))
                                .arg(fileName));
    layout->addWidget(headline);

    auto *counts = new QFormLayout;
    counts->addRow(tr("New cases:"), countLabel(summary.imported, u"importedCount"_s, this));
    counts->addRow(tr("Already in the database (skipped):"),
                   countLabel(summary.duplicates, u"duplicatesCount"_s, this));
    counts->addRow(tr("Rejected (kept in quarantine):"),
                   countLabel(summary.rejected, u"rejectedCount"_s, this));
    counts->addRow(tr("Later submission for a person already known:"),
                   countLabel(summary.returningPersons, u"returningCount"_s, this));
    layout->addLayout(counts);

    if (!summary.rejects.isEmpty()) {
        auto *box = new QGroupBox(tr("Rejected rows — “Row” is the %1").arg(summary.rowNumbering), this);
        auto *boxLayout = new QVBoxLayout(box);
        auto *table = makeTable(u"rejectsTable"_s, {tr("Row"), tr("Field"), tr("Reason")}, box);
        table->setRowCount(static_cast<int>(summary.rejects.size()));
        for (int i = 0; i < summary.rejects.size(); ++i) {
            const ImportReject &r = summary.rejects.at(i);
            table->setItem(i, 0, new QTableWidgetItem(QString::number(r.row)));
            table->setItem(i, 1, new QTableWidgetItem(r.field.isEmpty() ? tr("(whole row)") : r.field));
            auto *reason = new QTableWidgetItem(r.reason);
            reason->setToolTip(r.reason);
            table->setItem(i, 2, reason);
        }
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
        boxLayout->addWidget(table);
        layout->addWidget(box, 2);
    }

    if (!summary.returning.isEmpty()) {
        auto *box =
            new QGroupBox(tr("New requests from people already known — check them against the earlier "
                             "request (double-click to open)"),
                          this);
        auto *boxLayout = new QVBoxLayout(box);
        auto *table = makeTable(u"returningTable"_s, {tr("Row"), tr("Case"), tr("Person")}, box);
        table->setRowCount(static_cast<int>(summary.returning.size()));
        for (int i = 0; i < summary.returning.size(); ++i) {
            const ReturningFlag &f = summary.returning.at(i);
            table->setItem(i, 0, new QTableWidgetItem(QString::number(f.row)));
            auto *caseItem = new QTableWidgetItem(QString::number(f.caseId));
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
        QPushButton *quarantine =
            buttons->addButton(tr("Open the &quarantine"), QDialogButtonBox::ActionRole);
        quarantine->setObjectName(u"openQuarantineButton"_s);
        connect(quarantine, &QPushButton::clicked, this, [this] {
            Q_EMIT openQuarantineRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    if (summary.rejects.isEmpty() && summary.returning.isEmpty())
        resize(560, sizeHint().height());
    else
        resize(820, 560);
}

} // namespace ch
